/*
 * Occupation Atlas cards on other sites. Replaces
 *   <a data-atlas-embed href="https://<atlas site>/occupations/<code>/">…</a>   (or …/roles/<slug>/)
 *   <div data-atlas-occupation="<code>"></div>   <div data-atlas-role="<slug>"></div>
 * with the card in an iframe, and fits every card iframe (including pasted
 * <iframe data-atlas-embed>) to its content. Options, on the element or on this
 * script tag: data-theme="light|dark", data-accent="#1e40af", data-width="420".
 * No dependencies; docs: README "Embeds and API".
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  // Cards come from wherever this file was loaded, so previews and mirrors work as well as the live site.
  var origin = new URL(script.src).origin;
  var frames = [];

  function option(el, name) {
    return el.getAttribute('data-' + name) || script.getAttribute('data-' + name);
  }

  function cardPath(el) {
    var code = el.getAttribute('data-atlas-occupation');
    var slug = el.getAttribute('data-atlas-role');
    if (code) return /^\d\d-\d{4}\.\d\d$/.test(code) ? '/embed/occupations/' + code + '/' : null;
    if (slug) return /^[a-z0-9-]+$/.test(slug) ? '/embed/roles/' + slug + '/' : null;
    var url = new URL(el.getAttribute('href') || '', location.href);
    var match = url.origin === origin && url.pathname.match(/^\/(?:embed\/)?(occupations|roles)\/([^/]+)\/?$/);
    return match ? '/embed/' + match[1] + '/' + match[2] + '/' : null;
  }

  function embed(el) {
    var path = cardPath(el);
    if (!path) return;
    var src = new URL(path, origin);
    var theme = option(el, 'theme');
    var accent = option(el, 'accent');
    if (theme) src.searchParams.set('theme', theme);
    if (accent) src.searchParams.set('accent', accent);
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = (el.textContent || '').trim() || 'Occupation Atlas card';
    frame.loading = 'lazy';
    // The card may open its links in a new tab, and nothing else: no navigating the host page, no forms.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    frame.style.cssText = 'display:block;width:100%;max-width:' + (parseInt(option(el, 'width'), 10) || 420) + 'px;height:440px;border:0';
    el.parentNode.replaceChild(frame, el);
    frames.push(frame);
  }

  function scan() {
    var found = document.querySelectorAll('a[data-atlas-embed], [data-atlas-occupation], [data-atlas-role], iframe[data-atlas-embed]');
    for (var i = 0; i < found.length; i++) {
      var el = found[i];
      if (el.tagName !== 'IFRAME') embed(el);
      else if (frames.indexOf(el) < 0 && new URL(el.src, location.href).origin === origin) frames.push(el);
    }
  }

  // Only the card's own site may resize, and only the frame the message came from.
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.atlasEmbed !== 'height') return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 20000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
