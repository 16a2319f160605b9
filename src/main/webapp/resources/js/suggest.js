// Suggestions as you type in the search boxes: fills the input's <datalist> from /api/v1/search/suggest.
// Progressive enhancement: without this script the search form works the same.
(function () {
  'use strict';
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      // a space after the last word says it is complete: keep it (only leading spaces go)
      var value = input.value.replace(/^\s+/, '');
      if (value.trim().length < 2 || !list) { return; }
      timer = setTimeout(function () {
        // names in the page's language (the one the visitor chose), not the browser's
        var headers = { 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'es' };
        fetch(input.dataset.suggest + '?q=' + encodeURIComponent(value), { headers: headers })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (names) {
            list.replaceChildren.apply(list, names.map(function (name) {
              var option = document.createElement('option');
              option.value = name;
              return option;
            }));
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  });
}());
