// Exam pages: show the Print button (it needs JavaScript, so it starts hidden) and put the
// page's address into the line that only shows on paper.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
document.querySelectorAll("[data-print-url]").forEach(function (slot) {
  slot.textContent = window.location.href;
});
