// Filters the index as you type; opens an article when its link is followed.
(function () {
  var filter = document.getElementById("filter");
  var items = document.querySelectorAll("#index li");
  filter.addEventListener("input", function () {
    var q = filter.value.toLowerCase();
    items.forEach(function (li) { li.hidden = q !== "" && li.textContent.toLowerCase().indexOf(q) < 0; });
  });
  function openTarget() {
    var el = location.hash && document.getElementById(location.hash.slice(1));
    if (el && el.tagName === "DETAILS") { el.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  document.documentElement.setAttribute("data-quotes", document.querySelectorAll("mark.quote").length);
})();
