/* Turn the words of a search into the base forms the index holds ("Varkaudessa" -> "varkaus").
   The table comes with the page language's search index (config.forms, built by
   kys_rontgen/search_index.py): base form -> its other forms. We read it when Material hands
   the index to its search worker and rewrite each query on its way there; a word the table
   does not know is left to lunr's prefix match, with one-letter typos allowed for long words. */
(function () {
  var SETUP = 0, QUERY = 2;
  var baseOf = null;
  var post = Worker.prototype.postMessage;

  function learn(forms) {
    baseOf = Object.create(null);
    Object.keys(forms).forEach(function (base) {
      forms[base].split(" ").forEach(function (form) { baseOf[form] = base; });
    });
  }

  function toBaseForms(query) {
    return query.split(/(\s+)/).map(function (part) {
      var match = /^([+-]?)([^\s*~^:]+)$/.exec(part);
      if (!match) return part;
      var word = match[2].toLocaleLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      if (baseOf[word]) return match[1] + baseOf[word];
      if (!match[1] && word.length >= 5) return part + " " + word + "~1";
      return part;
    }).join("");
  }

  Worker.prototype.postMessage = function (message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === SETUP && message.data && message.data.config.forms) {
      learn(message.data.config.forms);
      delete message.data.config.forms;  // the worker does not need it
    } else if (message && message.type === QUERY && baseOf && typeof message.data === "string") {
      args[0] = { type: QUERY, data: toBaseForms(message.data) };
    }
    return post.apply(this, args);
  };
})();
