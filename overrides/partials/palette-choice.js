// Material 9.8.2 saves the colour scheme in localStorage ("__palette") on every page load,
// even when the reader never chose one. Our privacy note promises that a plain visit stores
// nothing, so the scheme is saved only after the reader changes it with the header toggle.
// Inlined in <head> (overrides/main.html) after Material defines __md_set, before its bundle.
(function () {
  var save = window.__md_set;
  if (typeof save !== "function") return;
  var chosen = false;
  document.addEventListener("change", function (event) {
    if (event.target && event.target.name === "__palette") chosen = true;
  }, true);
  window.__md_set = function (key) {
    if (key === "__palette" && !chosen) return;
    return save.apply(this, arguments);
  };
})();
