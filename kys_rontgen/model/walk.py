"""Walk validated models together with their type annotations.

Generic checks (references between files, the freshness report, known field names for a
typo hint) read what the models declare instead of naming fields, so a model added to
DATA_FILES is covered without code here.
"""
from __future__ import annotations

import types
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

Loc = tuple[str | int, ...]


def _per_annotation(function: Callable) -> Callable:
    """Remember a pure function of a type annotation (by identity: metadata such as pydantic's
    FieldInfo is not hashable). Annotations are the models' code, never data, so what is
    remembered holds for every build; it spares the typing introspection that dominated a walk."""
    known: dict[int, tuple[Any, Any]] = {}

    def remembered(annotation: Any):
        hit = known.get(id(annotation))
        if hit is None or hit[0] is not annotation:
            hit = known[id(annotation)] = (annotation, function(annotation))
        return hit[1]

    return remembered


@_per_annotation
def unwrap(annotation: Any) -> tuple[Any, tuple]:
    """Annotated[T, a, b] -> (T, [a, b]) (nested Annotated flattened)."""
    metadata: list = []
    while get_origin(annotation) is Annotated:
        annotation, *extra = get_args(annotation)
        metadata = [*extra, *metadata]
    return annotation, tuple(metadata)


@_per_annotation
def _arms(annotation: Any) -> tuple[Any, ...]:
    """The alternatives of a Union (each unwrapped), or the type itself."""
    base, _ = unwrap(annotation)
    if get_origin(base) in (Union, types.UnionType):
        return tuple(arm for a in get_args(base) for arm in _arms(a))
    return (annotation,)


def _arm_for(annotation: Any, value: Any) -> Any:
    for arm in _arms(annotation):
        base, _ = unwrap(arm)
        origin = get_origin(base) or base
        if isinstance(origin, type) and isinstance(value, origin):
            return arm
    return annotation


def iter_values(model: BaseModel, loc: Loc = ()) -> Iterator[tuple[Loc, Any, list]]:
    """Every value in a model, depth first: (location, value, annotation metadata)."""
    for name, info in type(model).model_fields.items():
        here = loc if model.__pydantic_root_model__ else loc + (name,)
        yield from _iter(getattr(model, name), info.annotation, list(info.metadata), here)


def _iter(value: Any, annotation: Any, metadata: list, loc: Loc) -> Iterator[tuple[Loc, Any, list]]:
    base, extra = unwrap(_arm_for(annotation, value))
    yield loc, value, [*metadata, *extra]
    if isinstance(value, BaseModel):
        yield from iter_values(value, loc)
    elif isinstance(value, (list, tuple)):
        item = (get_args(base) or (Any,))[0]
        for index, element in enumerate(value):
            yield from _iter(element, item, [], loc + (index,))
    elif isinstance(value, dict):
        item = (get_args(base) or (Any, Any))[-1]
        for key, element in value.items():
            yield from _iter(element, item, [], loc + (key,))


def _step(annotation: Any, part: str | int) -> list[Any]:
    """The annotations of what `part` selects inside a value of `annotation`."""
    found = []
    for arm in _arms(annotation):
        base, _ = unwrap(arm)
        if isinstance(base, type) and issubclass(base, BaseModel):
            if base.__pydantic_root_model__:
                found += _step(base.model_fields["root"].annotation, part)
            elif isinstance(part, str) and part in base.model_fields:
                info = base.model_fields[part]
                # Pydantic moves a field's own Annotated metadata (a Reference) to info.metadata.
                found.append(Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation)
            continue
        origin = get_origin(base)
        if origin in (list, tuple) and isinstance(part, int):
            found.append(get_args(base)[0])
        elif origin is dict and isinstance(part, str):
            found.append(get_args(base)[1])
    return found


def field_names_at(model: type[BaseModel], loc: Loc) -> set[str]:
    """The field names a record at `loc` may have (for 'did you mean …?')."""
    candidates: list[Any] = [model]
    for part in loc:
        candidates = [found for candidate in candidates for found in _step(candidate, part)]
    names: set[str] = set()
    for candidate in candidates:
        for arm in _arms(candidate):
            base, _ = unwrap(arm)
            if isinstance(base, type) and issubclass(base, BaseModel) and not base.__pydantic_root_model__:
                names |= set(base.model_fields)
    return names


def iter_raw(annotation: Any, data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any, list]]:
    """Every value of parsed YAML that failed validation, with the metadata its model gives it
    (so the references of a file with other errors are still checked)."""
    yield loc, data, [m for arm in _arms(annotation) for m in unwrap(arm)[1]]
    parts = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for part, value in parts:
        for child in _step(annotation, part):
            yield from iter_raw(child, value, loc + (part,))
