"""Checks a browser runs on one open page; each returns a list of problems (empty = passes).

The same functions check the real site and the small broken fixtures of test_checkers.py,
which prove that each check fails when it should.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Pinned in package.json; `make test` runs `npm ci` when node_modules/ is missing.
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
MIN_TARGET = 24  # CSS px, WCAG 2.2 2.5.8 (AA)


def axe_violations(page, rules: list[str] | None = None) -> list[str]:
    """axe-core on the page as it is now (open dialogs included): one line per failing element."""
    if not AXE_SCRIPT.exists():
        raise RuntimeError(f"{AXE_SCRIPT} is missing: run `npm ci` (make test does it)")
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": AXE_TAGS}
    violations = page.evaluate(
        """async (runOnly) => (await axe.run(document, {runOnly, resultTypes: ["violations"]}))
            .violations.map(v => ({id: v.id, help: v.help,
                                  nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary)}))""",
        run_only,
    )
    return [f"{page.url}: {v['id']} ({v['help']}) at {node}" for v in violations for node in v["nodes"]]


def stored_data(page) -> list[str]:
    """Cookies and Web Storage entries the page left in the browser."""
    found = [f"cookie {c['name']} from {c['domain']}" for c in page.context.cookies()]
    storage = page.evaluate(
        """() => [["localStorage", localStorage], ["sessionStorage", sessionStorage]]
                .flatMap(([name, store]) => Object.keys(store).map(key => name + " " + key))"""
    )
    return found + [f"{page.url}: {entry}" for entry in storage]


def reflow_problems(page) -> list[str]:
    """Horizontal scrolling of the page, or visible content sticking out of the window (WCAG 1.4.10).

    Content inside its own scrolling box (a wide table, code) may scroll: the criterion allows it.
    """
    return page.evaluate(
        """() => {
            const width = document.documentElement.clientWidth, problems = [];
            const scroll = document.documentElement.scrollWidth;
            if (scroll > width) problems.push(`${location.pathname}: the page scrolls sideways (${scroll} px in a ${width} px window)`);
            const inScrollBox = el => {
                for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                    const o = getComputedStyle(a).overflowX;
                    if (o !== "visible" && a.getBoundingClientRect().right <= width + 1) return true;
                }
                return false;
            };
            for (const el of document.body.querySelectorAll("*")) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= width + 1) continue;
                if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                if (el.closest("[hidden], [aria-hidden=true]") || inScrollBox(el)) continue;
                problems.push(`${location.pathname}: <${el.tagName.toLowerCase()} class="${el.className}"> reaches ${Math.round(r.right)} px in a ${width} px window`);
            }
            return problems.slice(0, 10);
        }"""
    )


# Material hides some real controls (the colour-scheme radio buttons) and shows a <label>
# right after them instead: that label is what the reader sees and what must light up.
_VISIBLE_LABEL = """const visibleLabel = el => {
    const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
    const labels = [...(el.labels || [])];
    if (el.nextElementSibling && el.nextElementSibling.tagName === "LABEL") labels.push(el.nextElementSibling);
    return labels.find(shown);
};"""

_STYLE_OF = """const styleOf = el => {
    const box = (el.getBoundingClientRect().width > 0 ? null : visibleLabel(el)) || el;
    const s = getComputedStyle(box);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
            s.textDecorationLine, s.borderColor].join("|");
};"""

# Runs on the focused element after each Tab: one round trip per step keeps long pages fast.
_FOCUS_STATE = """async (step) => {
    """ + _VISIBLE_LABEL + _STYLE_OF + """
    // Material resizes the sticky sidebars on scroll in the next frames: judge after them.
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    if (el.hasAttribute("data-kys-step")) return {again: true};
    el.setAttribute("data-kys-step", step);
    const shown = r => r.width > 0 && r.height > 0;
    let box = el;
    if (!shown(el.getBoundingClientRect())) box = visibleLabel(el) || el;
    const r = box.getBoundingClientRect();
    const name = `<${el.tagName.toLowerCase()}> "${(el.getAttribute("aria-label") || el.textContent || el.title || "").trim().slice(0, 40)}"`;
    const result = {name, problem: null, style: styleOf(el)};
    if (!shown(r) || !box.checkVisibility({visibilityProperty: true, opacityProperty: true}))
        return {...result, problem: "is focused but not visible"};
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = r.top + r.height / 2;
    if (y < 0 || y >= innerHeight) return {...result, problem: "is focused outside the window"};
    const hit = document.elementFromPoint(x, y);
    if (hit && !box.contains(hit) && !hit.contains(box) && !el.contains(hit)) {
        return {...result, problem: `is hidden behind <${hit.tagName.toLowerCase()} class="${hit.className}">`};
    }
    return result;
}"""

# After the walk, with nothing focused: how each visited element looks unfocused.
_UNFOCUSED_STYLES = """() => {
    """ + _VISIBLE_LABEL + _STYLE_OF + """
    if (document.activeElement) document.activeElement.blur();
    return Object.fromEntries([...document.querySelectorAll("[data-kys-step]")]
        .map(el => [el.getAttribute("data-kys-step"), styleOf(el)]));
}"""


def without_motion(page) -> None:
    """End transitions and animations at once, so a check sees the state a reader ends up with."""
    # A style element added by evaluate, not add_style_tag: that one waits for the element's load
    # event, which never comes with JavaScript off (the no-JS reflow check).
    page.evaluate("""css => { const style = document.createElement("style"); style.textContent = css;
                              document.head.append(style); }""",
                  "*, *::before, *::after { transition: none !important; animation: none !important;"
                  " scroll-behavior: auto !important; }")


def tab_through(page, max_steps: int = 300) -> tuple[list[str], list[str]]:
    """Press Tab from the top of the page until focus cycles; return (focused names, problems).

    A problem is an element that is focused while invisible, outside the window or behind
    another element (the sticky header), or that looks the same focused and unfocused.
    """
    names, problems, focused_styles = [], [], {}
    for step in range(max_steps):
        page.keyboard.press("Tab")
        state = page.evaluate(_FOCUS_STATE, step)
        if state is None or state.get("again"):
            break
        names.append(state["name"])
        if state["problem"]:
            problems.append(f"{page.url}: {state['name']} {state['problem']}")
        focused_styles[str(step)] = (state["name"], state["style"])
    unfocused = page.evaluate(_UNFOCUSED_STYLES)
    for step, (name, focused) in focused_styles.items():
        if unfocused.get(step) == focused:
            problems.append(f"{page.url}: {name} shows no focus indicator")
    return names, problems


def unreachable_controls(page) -> list[str]:
    """Visible links and controls that Tab never reached (run after tab_through).

    Material's "Back to top" button is left out: it appears only while the page scrolls
    upwards, which the walk's wrap-around to the top causes after the walk has passed.
    """
    return page.evaluate(
        """() => [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]")]
            .filter(el => el.tabIndex >= 0 && !el.disabled && !el.hasAttribute("data-kys-step") && !el.matches(".md-top"))
            .filter(el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0
                            && el.checkVisibility({visibilityProperty: true, opacityProperty: true}); })
            .map(el => `${location.pathname}: <${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}" is never reached with Tab`)"""
    )


def open_search(page, query: str) -> None:
    """Open the search dialog from the keyboard and wait for results to `query`.

    On a narrow screen with the header's search button, on a wide one with Material's "/" key.
    """
    button = page.locator("button[data-kys-toggle='__search']")
    if button.is_visible():
        button.focus()
        page.keyboard.press("Enter")
    else:
        page.keyboard.press("/")
    page.keyboard.type(query)
    page.locator(".md-search-result__item").first.wait_for()
