"""Coordinates: PTV gives ETRS-TM35FIN (EPSG:3067, metres); maps and GeoJSON want WGS84."""
from __future__ import annotations

import functools


@functools.cache
def _to_wgs84():
    from pyproj import Transformer  # imported on first use: most builds convert a handful of points

    return Transformer.from_crs("EPSG:3067", "EPSG:4326", always_xy=True)


def wgs84(coordinates) -> tuple[float, float]:
    """(latitude, longitude) in degrees, rounded to 6 decimals (about 10 cm)."""
    longitude, latitude = _to_wgs84().transform(coordinates.east, coordinates.north)
    return round(latitude, 6), round(longitude, 6)
