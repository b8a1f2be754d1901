// 【打印本页】 on record pages: the button is hidden until this script can make it work (the portal works without
// scripts; print from the browser's menu then).
document.querySelectorAll("button.print-page").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
