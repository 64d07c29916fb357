// Exam pages: the Print button (shown only with JavaScript, by extra.css) and the page's
// address in the line that only shows on paper.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
document.querySelectorAll("[data-print-url]").forEach(function (slot) {
  slot.textContent = window.location.href;
});
