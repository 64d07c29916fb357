// Keyboard use of Material's two slide-in panels, the menu drawer and the search dialog.
// - The header's menu and search buttons (overrides/partials/header.html) click the hidden
//   checkbox that opens the panel, as Material's own <label>s do for a mouse.
// - A panel closes when focus leaves it, so Tab never walks on behind the panel's overlay.
(function () {
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-kys-toggle]");
    if (button) document.getElementById(button.getAttribute("data-kys-toggle")).click();
  });
  function closeOnLeave(panelSelector, toggleId) {
    var panel = document.querySelector(panelSelector);
    var toggle = document.getElementById(toggleId);
    if (!panel || !toggle) return;
    panel.addEventListener("focusout", function (event) {
      if (toggle.checked && event.relatedTarget && !panel.contains(event.relatedTarget)) {
        toggle.click();
      }
    });
  }
  closeOnLeave(".md-search", "__search");
  closeOnLeave(".md-sidebar--primary", "__drawer");
})();
