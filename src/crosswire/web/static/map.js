// Put OpenStreetMap tiles under the markers when the browser is online; the outline stays
// underneath, so a failed or missing tile just shows the plain map.
(function () {
  "use strict";
  var svg = document.getElementById("map");
  if (!svg || !navigator.onLine) { return; }
  var url = svg.getAttribute("data-tile-url");
  var vb = svg.viewBox.baseVal;  // zoom-0 Web Mercator units: the world is 256 wide
  var px = svg.clientWidth || 900;
  var z = Math.max(1, Math.min(12, Math.round(Math.log2(px / vb.width))));
  var n = Math.pow(2, z), size = 256 / n;
  var layer = document.getElementById("tiles");
  var x0 = Math.max(0, Math.floor(vb.x / size)), x1 = Math.min(n - 1, Math.floor((vb.x + vb.width) / size));
  var y0 = Math.max(0, Math.floor(vb.y / size)), y1 = Math.min(n - 1, Math.floor((vb.y + vb.height) / size));
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > 64) { return; }  // be kind to the tile server
  var loaded = 0;
  for (var x = x0; x <= x1; x++) {
    for (var y = y0; y <= y1; y++) {
      var img = document.createElementNS("http://www.w3.org/2000/svg", "image");
      img.setAttribute("href", url.replace("{z}", z).replace("{x}", x).replace("{y}", y));
      img.setAttribute("x", x * size); img.setAttribute("y", y * size);
      img.setAttribute("width", size); img.setAttribute("height", size);
      img.addEventListener("error", function (e) { e.target.remove(); });
      img.addEventListener("load", function () {
        loaded += 1;
        document.getElementById("outline").classList.add("under-tiles");
        document.getElementById("attribution").textContent = "Map tiles © OpenStreetMap contributors";
      });
      layer.appendChild(img);
    }
  }
})();
