// The web UI's only script, served as /static/app.js (the Content-Security-Policy allows no inline script).
// Plain ES2020, no build step. It reads article text from data attributes and writes it with textContent only.
export const CLIENT_JS = String.raw`'use strict';
(function () {
  // Citation popover: hovering or focusing a citation shows the sentence of the source it rests on.
  var tip = null;
  var current = null;
  function ensureTip() {
    if (tip) return tip;
    tip = document.createElement('div');
    tip.id = 'cite-tip';
    tip.className = 'cite-tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.appendChild(tip);
    return tip;
  }
  function line(cls, text) {
    var p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    return p;
  }
  function show(link) {
    var t = ensureTip();
    current = link;
    t.replaceChildren();
    t.appendChild(line('cite-tip-source', link.getAttribute('data-source') || link.title || ''));
    var sentence = link.getAttribute('data-sentence');
    t.appendChild(line(sentence ? 'cite-tip-sentence' : 'cite-tip-none', sentence || 'The document as a whole supports this; open it to read.'));
    t.hidden = false;
    link.setAttribute('aria-describedby', 'cite-tip');
    var r = link.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - t.offsetWidth - 8));
    t.style.top = top + 'px';
    t.style.left = left + 'px';
  }
  function hide() {
    if (!tip || !current) return;
    current.removeAttribute('aria-describedby');
    tip.hidden = true;
    current = null;
  }
  function citeOf(target) {
    return target && target.closest ? target.closest('a.cite') : null;
  }
  document.addEventListener('DOMContentLoaded', function () {
    // The title attribute names the source (the no-script tooltip); the popover shows it instead, so it moves.
    document.querySelectorAll('a.cite[title]').forEach(function (a) { a.setAttribute('data-source', a.title); a.removeAttribute('title'); });
  });
  document.addEventListener('mouseover', function (e) { var a = citeOf(e.target); if (a) show(a); });
  document.addEventListener('mouseout', function (e) { var a = citeOf(e.target); if (a && a === current) hide(); });
  document.addEventListener('focusin', function (e) { var a = citeOf(e.target); if (a) show(a); else hide(); });
  document.addEventListener('focusout', function (e) { if (citeOf(e.target)) hide(); });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });

  // Ingest page: drop files on the zone, send them with the URLs to the JSON API, show what happened.
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('ingest-form');
    if (!form) return;
    var input = document.getElementById('ingest-files');
    var zone = document.getElementById('drop-zone');
    var chosen = document.getElementById('chosen-files');
    var status = document.getElementById('ingest-status');
    function listChosen() {
      chosen.replaceChildren();
      Array.prototype.forEach.call(input.files, function (f) {
        var li = document.createElement('li');
        li.textContent = f.name + ' (' + Math.ceil(f.size / 1024) + ' KB)';
        chosen.appendChild(li);
      });
    }
    input.addEventListener('change', listChosen);
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('dragging'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      var all = new DataTransfer();
      Array.prototype.forEach.call(input.files, function (f) { all.items.add(f); });
      Array.prototype.forEach.call(e.dataTransfer.files, function (f) { all.items.add(f); });
      input.files = all.files;
      listChosen();
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      status.replaceChildren(line('busy', 'Reading, cleaning and analysing. This can take a while for many articles...'));
      fetch(form.getAttribute('data-api'), { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } })
        .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, body: body }; }); })
        .then(function (r) { report(r.ok, r.body); })
        .catch(function () { report(false, { error: { message: 'The server did not answer.' } }); })
        .finally(function () { button.disabled = false; });
    });
    function report(ok, body) {
      status.replaceChildren();
      if (!ok) {
        status.appendChild(line('error', 'Not ingested: ' + ((body && body.error && body.error.message) || 'unknown error')));
        return;
      }
      var i = body.ingest;
      status.appendChild(line('done', 'Ingested: ' + i.added + ' added, ' + i.updated + ' updated, ' + i.unchanged + ' unchanged, ' + i.failed + ' failed.'));
      var list = document.createElement('ul');
      (i.failures || []).forEach(function (f) {
        var li = document.createElement('li');
        li.className = 'error';
        li.textContent = f.input + ': ' + f.reason;
        list.appendChild(li);
      });
      (body.documents || []).forEach(function (d) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = '/documents/' + encodeURIComponent(d.id);
        a.textContent = d.title || d.key;
        li.appendChild(a);
        li.appendChild(document.createTextNode(' (' + d.status + ')'));
        list.appendChild(li);
      });
      (body.stories || []).forEach(function (s) {
        var li = document.createElement('li');
        li.appendChild(document.createTextNode('Story: '));
        var a = document.createElement('a');
        a.href = '/stories/' + encodeURIComponent(s.id);
        a.textContent = s.title;
        li.appendChild(a);
        list.appendChild(li);
      });
      status.appendChild(list);
    }
  });
})();
`;
