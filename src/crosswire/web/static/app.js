// The analyst's name lives in this browser and goes with every review form as "author",
// so the history says who did what without any login.
(function () {
  "use strict";
  var KEY = "crosswire.analyst";
  var box = document.getElementById("analyst");
  if (!box) { return; }
  try { box.value = localStorage.getItem(KEY) || ""; } catch (e) { /* storage may be disabled */ }
  box.addEventListener("change", function () {
    try { localStorage.setItem(KEY, box.value.trim()); } catch (e) { /* keep going without it */ }
  });
  document.querySelectorAll("form[method=post]").forEach(function (form) {
    form.addEventListener("submit", function () {
      if (!box.value.trim() || form.querySelector("input[name=author]")) { return; }
      var field = document.createElement("input");
      field.type = "hidden"; field.name = "author"; field.value = box.value.trim();
      form.appendChild(field);
    });
  });
})();
