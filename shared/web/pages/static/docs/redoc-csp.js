// ReDoc styles itself with styled-components, which makes <style> elements and fills them through
// CSSOM; a strict CSP (no 'unsafe-inline') blocks such elements, leaving them without a stylesheet.
// A <style> asked for here is an inert <template> carrying a constructed stylesheet, adopted by the
// document (the CSP does not govern those), so ReDoc renders without weakening the page's policy.
(function () {
  var createElement = document.createElement.bind(document);
  document.createElement = function (name, options) {
    if (String(name).toLowerCase() !== "style") {
      return createElement(name, options);
    }
    var element = createElement("template");
    var sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    Object.defineProperty(element, "sheet", { get: function () { return sheet; } });
    return element;
  };
})();
