/* The "choose your municipality" finder on the directory page (kunnat/).
 *
 * Without JavaScript the page is a plain list of links. This script adds a labelled text
 * box above the list: typing filters the list (case and diacritics ignored: "leppa" finds
 * Leppävirta), a polite live region says how many match, and Enter opens the first match.
 * Every word it shows comes from the page's data-* attributes (data/labels.yaml); each
 * link's data-key holds the municipality's names already folded by the site generator.
 */
(function () {
  "use strict";

  // The same folding as kys_rontgen.formatting.fold: lower case, accents removed.
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").trim();
  }

  function countText(finder, count) {
    if (count === 0) return finder.dataset.countNone;
    if (count === 1) return finder.dataset.countOne;
    return finder.dataset.countMany.replace("{count}", String(count));
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }

  function setUp(finder) {
    if (finder.querySelector("input")) return; // already set up (instant loading re-runs us)
    var list = finder.querySelector("ul");
    if (!list) return;
    var items = Array.prototype.slice.call(list.querySelectorAll("li"));
    var label = element("label", { for: "municipality-finder-input", class: "kys-finder__label" }, finder.dataset.label);
    var input = element("input", {
      id: "municipality-finder-input", type: "text", class: "kys-finder__input", autocomplete: "off",
      spellcheck: "false", "aria-describedby": "municipality-finder-hint municipality-finder-status",
      "aria-controls": list.id || (list.id = "municipality-finder-list")
    });
    var hint = element("p", { id: "municipality-finder-hint", class: "kys-finder__hint" }, finder.dataset.hint);
    var status = element("p", { id: "municipality-finder-status", class: "kys-finder__status", role: "status", "aria-live": "polite" });
    var box = element("div", { class: "kys-finder__box" });
    box.append(label, input, hint, status);
    list.parentNode.insertBefore(box, list); // under the list's heading, right above the list

    function matches() {
      return items.filter(function (item) { return !item.hidden; });
    }

    var lastCount = items.length;
    input.addEventListener("input", function () {
      var query = fold(input.value);
      items.forEach(function (item) {
        var link = item.querySelector("a");
        item.hidden = query !== "" && fold(link.dataset.key || link.textContent).indexOf(query) === -1;
      });
      var count = matches().length;
      // Announce only when the number changes, so a screen reader is not flooded while typing.
      if (query === "") {
        status.textContent = "";
      } else if (count !== lastCount || status.textContent === "") {
        status.textContent = countText(finder, count);
      }
      lastCount = query === "" ? items.length : count;
    });

    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      var first = matches()[0];
      if (first && fold(input.value) !== "") window.location.href = first.querySelector("a").href;
    });
  }

  function init() {
    var finder = document.querySelector("[data-municipality-finder]");
    if (finder) setUp(finder); // only the directory page has one
  }

  // Material's instant loading (off here) swaps pages without reloading: follow it if on.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
