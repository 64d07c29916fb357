"""MkDocs hook: drop two pieces of invalid markup Material 9.8.2 writes (Nu Html Checker errors).

- Its two hidden checkboxes (menu drawer, search), outside any template block, carry
  autocomplete="off", which HTML allows on text-like inputs only. The attribute only stopped
  Firefox from restoring an open menu after Back.
- Nav section titles get tabindex="" (partials/nav-item.html sets it only for non-sections);
  browsers ignore an empty tabindex, so dropping it changes nothing but validity.
tests/site/test_html.py proves every page is valid.
"""
from __future__ import annotations

_INVALID = {
    f'<input class="md-toggle" data-md-toggle="{name}" type="checkbox" id="__{name}" autocomplete="off">':
    f'<input class="md-toggle" data-md-toggle="{name}" type="checkbox" id="__{name}">'
    for name in ("drawer", "search")
}


def on_post_page(output: str, **kwargs) -> str:
    for invalid, valid in _INVALID.items():
        output = output.replace(invalid, valid)
    return output.replace(' tabindex=""', "")


def on_post_template(output_content: str, template_name: str, **kwargs) -> str:
    # The 404 page is a theme template, not a page.
    return on_post_page(output_content) if template_name.endswith(".html") else output_content
