/* The "choose your municipality" finder on the directory page (kunnat/).
 *
 * Without JavaScript the page is a plain list of links and the finder's text box (rendered in
 * the page, hidden by extra.css) is not shown. This script wires the box up: typing filters
 * the list (case and diacritics ignored: "leppa" finds Leppävirta), a polite live region says
 * how many match, and Enter opens the first match. The count messages come from the page's
 * data-* attributes (data/labels.yaml); each link's data-key holds the municipality's names
 * already folded by the site generator, and data-stems the starts their Finnish forms share
 * where inflection changes the end ("varkau": Varkaudessa), from the generator's dictionary.
 * A typed word that starts with a name or a stem finds it: "Kuopion", "Iisalmen", "Varkaudessa";
 * so does one with an added letter ("Iisalmii") or, from four letters on, one dropped letter
 * ("Kuopo", "Lepävirta"). When nothing matches, the message says which municipalities the site
 * covers and the whole list stays in view.
 */
(function () {
  "use strict";

  // The same folding as kys_rontgen.model.names.search_words: lower case, accents removed,
  // anything but letters and digits one space ("Pieksä-Mäki" -> "pieksa maki").
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function countText(finder, count) {
    if (count === 0) return finder.dataset.countNone;
    if (count === 1) return finder.dataset.countOne;
    return finder.dataset.countMany.replace("{count}", String(count));
  }

  function setUp(finder) {
    var list = finder.querySelector("ul");
    var input = finder.querySelector(".kys-finder__input");
    var status = finder.querySelector(".kys-finder__status");
    if (!list || !input || input.dataset.ready) return; // instant loading would re-run us
    input.dataset.ready = "true";
    var items = Array.prototype.slice.call(list.querySelectorAll("li"));

    function words(text) {
      return text ? text.split(" ") : [];
    }

    // A word shorter than this is not read with a dropped letter: "ka" would find half the list.
    var DROPPED_MIN = 4;

    // Whether `word` is the start of `name` with one letter left out ("kuopo": kuopio).
    function droppedLetter(word, name) {
      if (word.length < DROPPED_MIN) return false;
      for (var i = 0; i < name.length; i++) {
        if ((name.slice(0, i) + name.slice(i + 1)).lastIndexOf(word, 0) === 0) return true;
      }
      return false;
    }

    // Whether the municipality of this link matches the folded query.
    function found(link, query) {
      var key = fold(link.dataset.key || link.textContent);
      if (key.indexOf(query) !== -1) return true;
      var starts = words(key).concat(words(link.dataset.stems || ""));
      return words(query).some(function (word) {
        return starts.some(function (start) {
          return word.lastIndexOf(start, 0) === 0 || droppedLetter(word, start);
        });
      });
    }

    var none = false; // nothing matched: the whole list is shown again, and Enter opens nothing

    function matches() {
      return none ? [] : items.filter(function (item) { return !item.hidden; });
    }

    var lastCount = items.length;
    input.addEventListener("input", function () {
      var query = fold(input.value);
      items.forEach(function (item) {
        item.hidden = query !== "" && !found(item.querySelector("a"), query);
      });
      none = false;
      var count = matches().length;
      if (count === 0) {
        none = true;
        items.forEach(function (item) { item.hidden = false; });
      }
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
