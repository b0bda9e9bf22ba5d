// The page as `redflag serve` shows it on a projector: it asks the server every few seconds whether the room's
// records have changed, and reloads only then. A server that has closed leaves the last page standing.
(function () {
  var meta = document.querySelector('meta[name="redflag-version"]');
  if (!meta || !window.fetch) return;
  var seen = meta.getAttribute("content");
  setInterval(function () {
    fetch(location.href, { method: "HEAD", cache: "no-store", credentials: "same-origin" }).then(
      function (r) {
        var now = r.headers.get("x-redflag-version");
        if (r.ok && now && now !== seen) location.reload();
      },
      function () {}
    );
  }, 4000);
})();
