/* Load the search index only when the reader turns to search.
   Material 9.8 requests search/search_index.json as soon as a page opens; on a slow phone
   that is the largest download of the page and most readers never search. We hold that one
   request back (it is sent unchanged, later) until the search field gets focus, the search
   toggle opens, or the page was opened from a search result (?h=, which highlights the
   terms). Material queues the query until the index is ready, so nothing typed is lost.
   Material asks for the root index from every page; each language has its own
   (kys_rontgen/search_index.py), so the request goes to the page language's: SEARCH_INDEX. */
(function () {
  var INDEX = /\/search\/search_index\.json(\?|$)/;
  var wanted = /[?&]h=/.test(location.search);
  var waiting = [];
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;

  function release() {
    wanted = true;
    waiting.splice(0).forEach(function (run) { run(); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.searchIndex = INDEX.test(String(url));
    var args = Array.prototype.slice.call(arguments);
    if (this.searchIndex) args[1] = SEARCH_INDEX;
    return open.apply(this, args);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.searchIndex || wanted) return send.apply(request, args);
    waiting.push(function () { send.apply(request, args); });
  };

  document.addEventListener("focusin", function (event) {
    if (event.target.matches && event.target.matches("[data-md-component=search-query]")) release();
  });
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("[data-md-toggle=search]")) release();
  });
})();
