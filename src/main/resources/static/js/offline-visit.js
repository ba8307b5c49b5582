// The supervision visit on a phone with no network (issue 13 item 4; docs/notes/supervision.md, "Offline client").
// The pack (checklist, brief, unit data, findings so far) is downloaded into IndexedDB; every answer, photo and
// finding is kept there the moment it is made, each with its own UUID, and sent through the sync endpoint when
// the network is back (button, or the `online` event). A record is marked sent only after the server's answer;
// resending after a lost answer is safe since the server stores a UUID once. Records belong to the logged-in
// user: the page shows only its user's records, even on a phone shared by two officers.
// Texts come from the page (data-* of #offline-texts, rendered from messages_vi.properties).
(function () {
  'use strict';

  var DB_NAME = 'tuyengiao-supervision';
  var DB_VERSION = 1;
  var PAGES_CACHE_MSG = 'keep-pages';

  // ---- small helpers ----
  function fmt(template, args) {
    return String(template || '').replace(/\{(\d+)\}/g, function (m, i) {
      return args[i] === undefined || args[i] === null ? '' : String(args[i]);
    });
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function isoToVn(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
  }
  function instantToVn(instant) {
    var d = new Date(instant);
    if (isNaN(d.getTime())) { return ''; }
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ' ' + pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/' + d.getFullYear();
  }
  function vnToIso(text) {
    var m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!m) { return null; }
    var d = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
    if (d.getUTCDate() !== +m[1] || d.getUTCMonth() !== +m[2] - 1) { return null; }
    return m[3] + '-' + pad(+m[2]) + '-' + pad(+m[1]);
  }
  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  // Diacritics-blind comparison, as the server's VietnameseText.fold: "Vĩnh Bình" matches "vinh binh".
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // ---- IndexedDB: packs [user, visitId]; records by uuid (answer, finding, photo); last sync result ----
  function openDb() {
    return new Promise(function (resolve, reject) {
      if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
      var req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = function () {
        var db = req.result;
        db.createObjectStore('packs', { keyPath: ['user', 'visitId'] });
        db.createObjectStore('results', { keyPath: ['user', 'visitId'] });
        var records = db.createObjectStore('records', { keyPath: 'uuid' });
        records.createIndex('visit', ['user', 'visitId']);
      };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  function run(db, stores, mode, work) {
    return new Promise(function (resolve, reject) {
      var t = db.transaction(stores, mode);
      var out;
      t.oncomplete = function () { resolve(out); };
      t.onerror = function () { reject(t.error); };
      t.onabort = function () { reject(t.error || new Error('aborted')); };
      out = work(t);
    });
  }
  function request(r) {
    return new Promise(function (resolve, reject) {
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }

  function registerWorker(root) {
    if (!('serviceWorker' in navigator) || !root.dataset.swUrl) { return Promise.resolve(null); }
    return navigator.serviceWorker.register(root.dataset.swUrl, { scope: root.dataset.swScope })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (reg) {
        // The first load is not controlled yet: ask the worker to keep this page and the start page now.
        if (reg.active && navigator.onLine) {
          reg.active.postMessage({ type: PAGES_CACHE_MSG, urls: [location.pathname] });
        }
        return reg;
      })
      .catch(function () { return null; });
  }

  // ================= the visit page =================
  function VisitPage(root) {
    this.root = root;
    this.user = root.dataset.user;
    this.visitId = Number(root.dataset.visitId);
    this.key = [this.user, this.visitId];
    this.maxPhotoBytes = Number(root.dataset.maxPhotoBytes);
    var t = document.getElementById('offline-texts');
    this.t = t.dataset;
    this.labels = { kind: {}, grade: {}, remedy: {} };
    var self = this;
    t.querySelectorAll('[data-kind]').forEach(function (s) { self.labels.kind[s.dataset.kind] = s.textContent; });
    t.querySelectorAll('[data-grade]').forEach(function (s) { self.labels.grade[s.dataset.grade] = s.textContent; });
    t.querySelectorAll('[data-remedy]').forEach(function (s) { self.labels.remedy[s.dataset.remedy] = s.textContent; });
    this.pack = null;
    this.records = [];
    this.result = null;
    this.syncing = null;
    this.timers = {};
  }

  VisitPage.prototype.start = function () {
    var self = this;
    document.getElementById('download').addEventListener('click', function () { self.download(); });
    document.getElementById('sync').addEventListener('click', function () { self.sync(false); });
    document.getElementById('finding-form').addEventListener('submit', function (e) { e.preventDefault(); self.addFinding(); });
    document.getElementById('f-photo').addEventListener('change', function (e) { self.findingPhoto(e.target); });
    document.getElementById('f-unit-filter').addEventListener('input', function () { self.renderUnits(); });
    document.getElementById('f-unit-list').addEventListener('click', function (e) {
      var b = e.target.closest('[data-unit-id]');
      if (b) { self.chooseUnit(Number(b.dataset.unitId)); }
    });
    window.addEventListener('online', function () { self.renderNetwork(); self.sync(true); });
    window.addEventListener('offline', function () { self.renderNetwork(); });
    this.renderNetwork();
    registerWorker(this.root);
    return openDb().then(function (db) {
      self.db = db;
      return self.load();
    }).then(function () {
      self.render();
      if (navigator.onLine && self.pending().length > 0) { self.sync(true); }
    }).catch(function (err) {
      self.status(fmt(self.t.noStorage), 'danger');
      if (window.console) { console.error(err); }
    });
  };

  VisitPage.prototype.load = function () {
    var self = this;
    return run(this.db, ['packs', 'records', 'results'], 'readonly', function (t) {
      request(t.objectStore('packs').get(self.key)).then(function (p) { self.pack = p ? p.pack : null; self.packAt = p ? p.savedAt : null; });
      request(t.objectStore('records').index('visit').getAll(self.key)).then(function (r) { self.records = r || []; });
      request(t.objectStore('results').get(self.key)).then(function (r) { self.result = r || null; });
    });
  };

  VisitPage.prototype.pending = function () {
    return this.records.filter(function (r) { return !r.sentAt && r.type !== 'photo'; });
  };

  // ---- rendering ----
  VisitPage.prototype.renderNetwork = function () {
    var badge = document.getElementById('network-state');
    badge.textContent = navigator.onLine ? this.t.online : this.t.offline;
    badge.className = 'badge ' + (navigator.onLine ? 'text-bg-success' : 'text-bg-secondary');
  };

  VisitPage.prototype.status = function (text, tone) {
    var box = document.getElementById('offline-status');
    box.textContent = text;
    box.className = 'alert py-2 alert-' + (tone || 'warning');
  };

  VisitPage.prototype.renderStatus = function () {
    if (!this.pack) {
      this.status(this.t.noPack, 'warning');
    } else {
      var n = this.pending().length;
      this.status(n > 0 ? fmt(this.t.pending, [n]) : this.t.allSent, n > 0 ? 'warning' : 'success');
    }
    document.getElementById('pack-state').textContent = this.packAt ? fmt(this.t.downloaded, [instantToVn(this.packAt)]) : '';
    document.getElementById('sync').disabled = !this.pack;
  };

  VisitPage.prototype.render = function () {
    this.renderStatus();
    this.renderResult();
    var content = document.getElementById('pack-content');
    content.hidden = !this.pack;
    if (!this.pack) { return; }
    var p = this.pack;
    var brief = document.getElementById('brief-lines');
    brief.replaceChildren();
    (p.brief || []).forEach(function (b) {
      var li = el('li', 'mb-1');
      li.appendChild(el('span', 'text-muted', b.section + ' – ' + b.label + ': '));
      li.appendChild(el('span', 'fw-semibold', b.value));
      brief.appendChild(li);
    });
    var open = document.getElementById('open-before');
    open.replaceChildren();
    var self = this;
    (p.openFindings || []).forEach(function (f) { open.appendChild(self.findingRow(f, false)); });
    if (!open.childElementCount) { open.appendChild(el('li', 'list-group-item text-muted small', this.t.noOpen)); }
    document.getElementById('checklist-title').textContent = fmt(this.t.checklistVersion, [p.checklist.versionNo, p.checklist.items.length]);
    this.renderChecklist();
    this.renderFindings();
    this.chooseUnit(this.unitId || null);
    var select = document.getElementById('f-item');
    while (select.options.length > 1) { select.remove(1); }
    p.checklist.items.forEach(function (i) {
      var o = el('option', null, i.question);
      o.value = i.code;
      select.appendChild(o);
    });
  };

  /** The answer a member sees for an item: the newest kept on this phone, else the pack's answer in force. */
  VisitPage.prototype.localAnswer = function (code) {
    var mine = this.records.filter(function (r) { return r.type === 'answer' && r.data.itemCode === code; });
    mine.sort(function (a, b) { return a.data.answeredAt < b.data.answeredAt ? 1 : -1; });
    return mine[0] || null;
  };
  VisitPage.prototype.serverAnswer = function (code) {
    return (this.pack.answers || []).filter(function (a) { return a.itemCode === code && a.status === 'CURRENT'; })[0] || null;
  };
  VisitPage.prototype.photoRecord = function (photoUuid) {
    return this.records.filter(function (r) { return r.uuid === photoUuid; })[0] || null;
  };
  /**
   * A photo's thumbnail: kept with the record on this phone, else the server's thumbnail kept in the pack after a
   * sync (a data: URL, so it shows offline), else, online, the server's thumbnail URL (scope-checked there).
   */
  VisitPage.prototype.thumbOf = function (photoUuid) {
    var rec = this.photoRecord(photoUuid);
    if (rec && rec.data.thumb) { return rec.data.thumb; }
    if (this.pack && this.pack.thumbs && this.pack.thumbs[photoUuid]) { return this.pack.thumbs[photoUuid]; }
    return navigator.onLine ? this.root.dataset.photoUrl + encodeURIComponent(photoUuid) + '/thumb' : null;
  };
  VisitPage.prototype.thumbImg = function (photoUuid, alt, cls) {
    var src = this.thumbOf(photoUuid);
    if (!src) { return null; }
    var img = el('img', 'img-thumbnail d-block photo-thumb ' + (cls || ''));
    img.src = src;
    img.alt = alt || '';
    img.dataset.photo = photoUuid;
    return img;
  };

  VisitPage.prototype.renderChecklist = function () {
    var box = document.getElementById('checklist');
    box.replaceChildren();
    var self = this;
    this.pack.checklist.items.forEach(function (item) {
      var card = document.getElementById('tpl-item').content.firstElementChild.cloneNode(true);
      card.dataset.code = item.code;
      card.querySelector('.item-question').textContent = item.question;
      var control = document.getElementById('tpl-' + item.answerType).content.cloneNode(true);
      card.querySelector('.item-control').appendChild(control);
      self.wire(card, item);
      box.appendChild(card);
      self.renderItem(card, item);
    });
    var others = (this.pack.answers || []).filter(function (a) { return a.status === 'CONFLICT' || a.status === 'ORPHANED'; });
    others.forEach(function (a) {
      var text = a.status === 'CONFLICT' ? fmt(self.t.otherAnswer, [a.answeredBy, a.value]) + ' (' + a.itemCode + ')'
        : self.t.orphaned + ': ' + a.itemCode + ' = ' + a.value;
      box.appendChild(el('div', 'small text-warning other-answer', text));
    });
  };

  VisitPage.prototype.wire = function (card, item) {
    var self = this;
    var code = item.code;
    card.querySelectorAll('input[type=radio]').forEach(function (input, i) {
      input.name = 'a-' + code;
      input.id = 'a-' + code + '-' + input.value;
      input.nextElementSibling.htmlFor = input.id;
      input.addEventListener('change', function () { if (input.checked) { self.saveAnswer(item, input.value, null); } });
    });
    var field = card.querySelector('input[type=number], textarea');
    if (field) {
      field.id = 'a-' + code;
      field.setAttribute('aria-label', item.question);
      var save = function () {
        clearTimeout(self.timers[code]);
        var v = field.value.trim();
        if (item.answerType === 'COUNT' && v !== '' && !/^\d{1,6}$/.test(v)) { return; }
        self.saveAnswer(item, v, null);
      };
      field.addEventListener('input', function () { clearTimeout(self.timers[code]); self.timers[code] = setTimeout(save, 300); });
      field.addEventListener('change', save);
    }
    var file = card.querySelector('input[type=file]');
    if (file) {
      file.id = 'a-' + code;
      file.addEventListener('change', function () {
        if (!file.files.length) { return; }
        self.keepPhoto(file.files[0]).then(function (photo) {
          return self.saveAnswer(item, null, photo.uuid);
        }, function (err) {
          card.querySelector('.item-state').textContent = err.message;
        });
      });
    }
  };

  VisitPage.prototype.renderItem = function (card, item) {
    var local = this.localAnswer(item.code);
    var server = this.serverAnswer(item.code);
    var value = local ? local.data.value : server ? server.value : null;
    var photoUuid = local ? local.data.photoUuid : server ? server.photoUuid : null;
    card.querySelectorAll('input[type=radio]').forEach(function (input) { input.checked = input.value === value; });
    var field = card.querySelector('input[type=number], textarea');
    if (field && document.activeElement !== field) { field.value = value || ''; }
    var state = card.querySelector('.item-state');
    state.replaceChildren();
    if (item.answerType === 'PHOTO' && photoUuid) {
      var photo = this.photoRecord(photoUuid);
      var img = this.thumbImg(photoUuid, item.question, 'my-1');
      if (img) { state.appendChild(img); }
      if (photo && !photo.sentAt) {
        state.appendChild(el('span', null, fmt(this.t.photoKept, [Math.max(1, Math.round(photo.data.size / 1024))])));
      } else if (!img) {
        state.appendChild(el('span', null, this.t.photoSent));
      }
    }
    if (local && !local.sentAt) {
      state.appendChild(el('span', 'badge text-bg-warning ms-1 unsent', this.t.unsent));
    } else if (server && !local) {
      state.appendChild(el('span', 'ms-1', fmt(this.t.by, [server.answeredBy])));
    }
  };

  VisitPage.prototype.findingRow = function (f, unsent) {
    var li = el('li', 'list-group-item finding-row');
    li.dataset.uuid = f.uuid;
    var top = el('div', 'd-flex justify-content-between flex-wrap gap-2');
    top.appendChild(el('span', 'badge ' + (f.kind === 'STRENGTH' ? 'text-bg-success' : 'text-bg-warning'), this.labels.kind[f.kind] || f.kind));
    if (unsent) { top.appendChild(el('span', 'badge text-bg-warning unsent', this.t.unsent)); }
    else if (f.createdBy) { top.appendChild(el('span', 'small text-muted', fmt(this.t.by, [f.createdBy]))); }
    li.appendChild(top);
    li.appendChild(el('div', 'finding-note', f.note));
    if (f.remedy) {
      li.appendChild(el('div', 'small', this.t.remedyLabel + ': ' + f.remedy + (f.deadline ? ' · ' + this.t.deadlineLabel + ': ' + isoToVn(f.deadline) : '')));
    }
    if (f.remedyStatus && f.remedyStatus !== 'NONE') {
      li.appendChild(el('div', 'small fw-semibold remedy-status', this.labels.remedy[f.remedyStatus] || f.remedyStatus));
    }
    var unitId = f.responsibleUnitId || null;
    if (unitId && this.pack && unitId !== this.pack.visit.unitId) {
      var u = this.unitById(unitId);
      li.appendChild(el('div', 'small text-muted responsible-unit', this.t.responsible + ': ' + (u ? u.label : unitId)));
    }
    var img = f.photoUuid ? this.thumbImg(f.photoUuid, f.note, 'mt-1') : null;
    if (img) {
      li.appendChild(img);
    } else if (f.photoUuid) {
      li.appendChild(el('div', 'small text-muted', this.t.photoSent));
    }
    var remedyImg = f.remedyPhotoUuid ? this.thumbImg(f.remedyPhotoUuid, f.remedyReport, 'mt-1') : null;
    if (remedyImg) { li.appendChild(remedyImg); }
    return li;
  };

  // ---- the responsible unit: picked from the pack's list, filtered on the phone (no network needed) ----
  VisitPage.prototype.unitById = function (id) {
    return ((this.pack && this.pack.units) || []).filter(function (u) { return u.id === id; })[0] || null;
  };
  VisitPage.prototype.chooseUnit = function (id) {
    var chosen = id && this.pack && id !== this.pack.visit.unitId ? this.unitById(id) : null;
    this.unitId = chosen ? chosen.id : null;
    var label = chosen ? chosen.label : this.pack ? fmt(this.t.responsibleDefault, [this.pack.unitLabel]) : '';
    document.getElementById('f-unit-chosen').textContent = label;
    document.getElementById('f-unit-filter').value = '';
    this.renderUnits();
  };
  VisitPage.prototype.renderUnits = function () {
    var list = document.getElementById('f-unit-list');
    list.replaceChildren();
    var typed = fold(document.getElementById('f-unit-filter').value);
    if (!typed || !this.pack) { list.hidden = true; return; }
    var shown = (this.pack.units || []).filter(function (u) {
      return fold(u.label).indexOf(typed) >= 0 || fold(u.detail).indexOf(typed) >= 0;
    }).slice(0, 30);
    var self = this;
    shown.forEach(function (u) {
      var b = el('button', 'list-group-item list-group-item-action py-2 unit-option');
      b.type = 'button';
      b.dataset.unitId = u.id;
      b.appendChild(el('div', null, u.label));
      if (u.detail) { b.appendChild(el('div', 'small text-muted', u.detail)); }
      if (u.id === self.unitId) { b.classList.add('active'); }
      list.appendChild(b);
    });
    if (!shown.length) { list.appendChild(el('div', 'list-group-item text-muted small', this.t.noUnit)); }
    list.hidden = false;
  };

  VisitPage.prototype.renderFindings = function () {
    var list = document.getElementById('visit-findings');
    list.replaceChildren();
    var self = this;
    var known = {};
    (this.pack.findings || []).forEach(function (f) {
      known[f.uuid] = true;
      list.appendChild(self.findingRow(f, false));
    });
    this.records.filter(function (r) { return r.type === 'finding' && !known[r.uuid]; }).forEach(function (r) {
      var f = Object.assign({ uuid: r.uuid, createdBy: self.user }, r.data);
      list.appendChild(self.findingRow(f, !r.sentAt));
    });
    if (!list.childElementCount) { list.appendChild(el('li', 'list-group-item text-muted small', this.t.none)); }
  };

  VisitPage.prototype.renderResult = function () {
    var r = this.result && this.result.result;
    var summary = document.getElementById('sync-summary');
    var conflicts = document.getElementById('sync-conflicts');
    var reconciled = document.getElementById('sync-reconciled');
    summary.hidden = !r;
    conflicts.hidden = !r || !r.conflicts.length;
    reconciled.hidden = !r || !r.reconciled.length;
    if (!r) { return; }
    var text = fmt(this.t.synced, [r.answersStored, r.findingsStored, r.photosStored,
      r.answersAlreadyStored + r.findingsAlreadyStored + r.photosAlreadyStored]);
    if (r.checklistChanged) { text += ' ' + fmt(this.t.checklistChanged, [r.checklistVersion]); }
    summary.textContent = text + ' (' + instantToVn(this.result.at) + ')';
    var ul = conflicts.querySelector('ul');
    ul.replaceChildren();
    r.conflicts.forEach(function (c) { ul.appendChild(el('li', null, c.message)); });
    ul = reconciled.querySelector('ul');
    ul.replaceChildren();
    r.reconciled.forEach(function (c) { ul.appendChild(el('li', null, c.message)); });
  };

  VisitPage.prototype.error = function (text) {
    var box = document.getElementById('sync-error');
    box.textContent = text || '';
    box.hidden = !text;
  };

  // ---- keeping on the phone ----
  VisitPage.prototype.put = function (add, remove) {
    var self = this;
    return run(this.db, ['records'], 'readwrite', function (t) {
      var store = t.objectStore('records');
      (remove || []).forEach(function (u) { store.delete(u); });
      (add || []).forEach(function (r) { store.put(r); });
    }).then(function () {
      var gone = {};
      (remove || []).forEach(function (u) { gone[u] = true; });
      (add || []).forEach(function (r) { gone[r.uuid] = true; });
      self.records = self.records.filter(function (r) { return !gone[r.uuid]; }).concat(add || []);
    }, function (err) {
      self.status(fmt(self.t.storageFailed, [err && err.message]), 'danger');
      throw err;
    });
  };

  VisitPage.prototype.record = function (type, data, id) {
    return { uuid: id || uuid(), type: type, user: this.user, visitId: this.visitId, data: data,
      createdAt: new Date().toISOString(), sentAt: null };
  };

  /**
   * One unsent answer per item: a new one replaces the unsent one (a fresh UUID, in case that one did arrive).
   * Saves run one after another: a field saved twice in quick succession (its typing timer, then its change event
   * on a slow phone) must see the first save's record to replace it, or the item keeps two unsent answers.
   */
  VisitPage.prototype.saveAnswer = function (item, value, photoUuid) {
    var self = this;
    var save = function () { return self.saveAnswerNow(item, value, photoUuid); };
    this.saving = (this.saving || Promise.resolve()).then(save, save);
    return this.saving;
  };

  VisitPage.prototype.saveAnswerNow = function (item, value, photoUuid) {
    var self = this;
    var remove = this.records.filter(function (r) {
      return r.type === 'answer' && !r.sentAt && r.data.itemCode === item.code;
    }).map(function (r) { return r.uuid; });
    var sent = this.records.filter(function (r) { return r.type === 'answer' && r.sentAt && r.data.itemCode === item.code; })
      .sort(function (a, b) { return a.data.answeredAt < b.data.answeredAt ? 1 : -1; })[0];
    var server = this.serverAnswer(item.code);
    var add = [];
    if (value !== '' || photoUuid) {
      add.push(this.record('answer', { itemCode: item.code, value: value === '' ? null : value, photoUuid: photoUuid,
        replaces: sent ? sent.uuid : server ? server.uuid : null, answeredAt: new Date().toISOString() }));
    }
    return this.put(add, remove).then(function () {
      var card = document.querySelector('.answer-item[data-code="' + item.code + '"]');
      if (card) { self.renderItem(card, item); }
      self.renderStatus();
    });
  };

  /** A photo as a Blob, made smaller on the phone when it is big; the server still checks size and content. */
  VisitPage.prototype.keepPhoto = function (file) {
    var self = this;
    return preparePhoto(file, this.maxPhotoBytes, this.t).then(function (p) {
      var rec = self.record('photo', { blob: p.blob, mediaType: p.blob.type, size: p.blob.size, thumb: p.thumb });
      return self.put([rec], []).then(function () { return rec; });
    });
  };

  VisitPage.prototype.findingPhoto = function (input) {
    var self = this;
    var state = document.getElementById('f-photo-state');
    this.pendingPhoto = null;
    state.textContent = '';
    if (!input.files.length) { return; }
    this.photoWork = this.keepPhoto(input.files[0]).then(function (rec) {
      self.pendingPhoto = rec;
      state.textContent = fmt(self.t.photoKept, [Math.max(1, Math.round(rec.data.size / 1024))]);
    }, function (err) {
      state.textContent = err.message;
    });
  };

  VisitPage.prototype.addFinding = function () {
    var self = this;
    var form = document.getElementById('finding-form');
    var err = document.getElementById('finding-error');
    (this.photoWork || Promise.resolve()).then(function () {
      var note = form.note.value.trim();
      var remedy = form.remedy.value.trim();
      var deadlineText = form.deadline.value.trim();
      var kind = form.querySelector('input[name=kind]:checked').value;
      var deadline = deadlineText ? vnToIso(deadlineText) : null;
      var problem = !note ? self.t.noteRequired
        : deadlineText && !deadline ? self.t.dateInvalid
          : kind === 'SHORTCOMING' && remedy && !deadline ? self.t.deadlineRequired : null;
      err.textContent = problem || '';
      err.hidden = !problem;
      if (problem) { return; }
      var rec = self.record('finding', { kind: kind, itemCode: form.itemCode.value || null, note: note,
        photoUuid: self.pendingPhoto ? self.pendingPhoto.uuid : null, remedy: remedy || null, deadline: deadline,
        responsibleUnitId: self.unitId || null });
      return self.put([rec], []).then(function () {
        form.reset();
        self.chooseUnit(null);
        self.pendingPhoto = null;
        self.photoWork = null;
        document.getElementById('f-photo-state').textContent = self.t.findingKept;
        self.renderFindings();
        self.renderStatus();
      });
    }).catch(function (e) {
      err.textContent = fmt(self.t.storageFailed, [e && e.message]);
      err.hidden = false;
    });
  };

  // ---- the server ----
  /** GET the pack: a fresh CSRF token with it, and a check that the session is alive. */
  VisitPage.prototype.fetchPack = function () {
    var self = this;
    return fetch(this.root.dataset.packUrl, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (res) { return self.json(res); })
      .then(function (out) {
        out.csrf = { header: out.res.headers.get('X-Csrf-Header'), token: out.res.headers.get('X-Csrf-Token') };
        return out;
      });
  };

  /** The body of an answer, or an Error with the Vietnamese text to show. */
  VisitPage.prototype.json = function (res) {
    var self = this;
    var type = res.headers.get('Content-Type') || '';
    if (res.redirected || type.indexOf('json') < 0) {
      var e = new Error(res.status === 403 || res.status === 404 ? fmt(self.t.syncFailed, [res.status]) : self.t.sessionExpired);
      e.session = true;
      return Promise.reject(e);
    }
    return res.json().then(function (body) {
      if (!res.ok) {
        var e2 = new Error(body.detail || body.title || String(res.status));
        e2.problem = true;
        throw e2;
      }
      return { res: res, body: body };
    });
  };

  /** The photo UUIDs a pack shows (findings, remedies, answers in force) that this phone has no thumbnail for. */
  VisitPage.prototype.missingThumbs = function (pack) {
    var self = this;
    var want = {};
    (pack.findings || []).concat(pack.openFindings || []).forEach(function (f) {
      if (f.photoUuid) { want[f.photoUuid] = true; }
      if (f.remedyPhotoUuid) { want[f.remedyPhotoUuid] = true; }
    });
    (pack.answers || []).forEach(function (a) { if (a.photoUuid && a.status === 'CURRENT') { want[a.photoUuid] = true; } });
    return Object.keys(want).filter(function (u) {
      var rec = self.photoRecord(u);
      return !(rec && !rec.sentAt) && !(pack.thumbs && pack.thumbs[u]);
    });
  };

  /**
   * Fetches the server's thumbnails into the pack as data: URLs, so the synced photos show again, offline too. A
   * thumbnail that cannot be had (refused, network) is left out; the next download tries again.
   */
  VisitPage.prototype.withThumbs = function (pack) {
    var self = this;
    var old = (this.pack && this.pack.thumbs) || {};
    pack.thumbs = {};
    var used = {};
    (pack.findings || []).concat(pack.openFindings || []).forEach(function (f) { used[f.photoUuid] = true; used[f.remedyPhotoUuid] = true; });
    (pack.answers || []).forEach(function (a) { used[a.photoUuid] = true; });
    Object.keys(old).forEach(function (u) { if (used[u]) { pack.thumbs[u] = old[u]; } });
    // Photos this phone sent: the server's thumbnail shows they arrived; the phone's own stays as the fallback.
    var local = {};
    this.records.forEach(function (r) { if (r.type === 'photo' && r.sentAt && r.data.thumb) { local[r.uuid] = r.data.thumb; } });
    return this.missingThumbs(pack).reduce(function (chain, u) {
      return chain.then(function () {
        return fetch(self.root.dataset.photoUrl + encodeURIComponent(u) + '/thumb', { credentials: 'same-origin' })
          .then(function (res) {
            var type = res.headers.get('Content-Type') || '';
            if (!res.ok || res.redirected || type.indexOf('image/') !== 0) { throw new Error(String(res.status)); }
            return res.blob().then(blobToDataUrl).then(function (url) { pack.thumbs[u] = url; });
          }).catch(function () { if (local[u]) { pack.thumbs[u] = local[u]; } });
      });
    }, Promise.resolve()).then(function () { return pack; });
  };

  VisitPage.prototype.savePack = function (pack) {
    var self = this;
    var at = new Date().toISOString();
    var inPack = {};
    (pack.answers || []).forEach(function (a) { inPack[a.uuid] = true; });
    (pack.findings || []).forEach(function (f) { inPack[f.uuid] = true; });
    // Sent records now in the pack are the server's; photos sent go too (the server has them).
    var purge = this.records.filter(function (r) { return r.sentAt && (inPack[r.uuid] || r.type === 'photo'); })
      .filter(function (r) {
        return r.type !== 'photo' || !self.records.some(function (o) { return !o.sentAt && o.data && o.data.photoUuid === r.uuid; });
      })
      .map(function (r) { return r.uuid; });
    return run(this.db, ['packs', 'records'], 'readwrite', function (t) {
      t.objectStore('packs').put({ user: self.user, visitId: self.visitId, pack: pack, savedAt: at });
      purge.forEach(function (u) { t.objectStore('records').delete(u); });
    }).then(function () {
      self.pack = pack;
      self.packAt = at;
      var gone = {};
      purge.forEach(function (u) { gone[u] = true; });
      self.records = self.records.filter(function (r) { return !gone[r.uuid]; });
    });
  };

  VisitPage.prototype.download = function () {
    var self = this;
    this.error(null);
    this.status(this.t.downloading, 'info');
    return this.fetchPack().then(function (out) {
      return self.withThumbs(out.body);
    }).then(function (pack) {
      return self.savePack(pack);
    }).then(function () {
      self.render();
      registerWorker(self.root);
    }).catch(function (err) {
      self.renderStatus();
      self.error(err.session || err.problem ? fmt(self.t.downloadFailed, [err.message]) : self.t.networkFailed);
    });
  };

  /** Sends every unsent record; {@code auto} when the network came back. One sync at a time. */
  VisitPage.prototype.sync = function (auto) {
    var self = this;
    if (this.syncing) { return this.syncing; }
    if (!this.pack || (auto && this.pending().length === 0)) { return Promise.resolve(); }
    this.error(null);
    this.status(this.t.sending, 'info');
    this.syncing = this.fetchPack().then(function (fresh) {
      var unsent = self.records.filter(function (r) { return !r.sentAt; });
      var answers = unsent.filter(function (r) { return r.type === 'answer'; })
        .sort(function (a, b) { return a.data.answeredAt < b.data.answeredAt ? -1 : 1; })
        .map(function (r) { return Object.assign({ uuid: r.uuid }, r.data); });
      var findings = unsent.filter(function (r) { return r.type === 'finding'; }).map(function (r) {
        return { uuid: r.uuid, kind: r.data.kind, itemCode: r.data.itemCode, note: r.data.note, photoUuid: r.data.photoUuid,
          remedy: r.data.remedy, responsibleUnitId: r.data.responsibleUnitId || null, foundOn: null, deadline: r.data.deadline };
      });
      var used = {};
      answers.concat(findings).forEach(function (x) { if (x.photoUuid) { used[x.photoUuid] = true; } });
      var photos = unsent.filter(function (r) { return r.type === 'photo' && used[r.uuid]; });
      var form = new FormData();
      form.append('batch', new Blob([JSON.stringify({ checklistId: self.pack.checklist.id, answers: answers,
        findings: findings, photos: [] })], { type: 'application/json' }));
      photos.forEach(function (p) { form.append('photos', p.data.blob, p.uuid); });
      var headers = { Accept: 'application/json' };
      if (fresh.csrf.header) { headers[fresh.csrf.header] = fresh.csrf.token; }
      var sentUuids = answers.map(function (a) { return a.uuid; }).concat(findings.map(function (f) { return f.uuid; }),
        photos.map(function (p) { return p.uuid; }));
      return fetch(self.root.dataset.syncUrl, { method: 'POST', body: form, headers: headers, credentials: 'same-origin' })
        .then(function (res) { return self.json(res); })
        .then(function (out) { return self.markSent(sentUuids, out.body); });
    }).then(function () {
      return self.fetchPack().then(function (out) {
        return self.withThumbs(out.body).then(function (pack) { return self.savePack(pack); });
      }, function () { return null; });
    }).then(function () {
      self.render();
    }).catch(function (err) {
      self.renderStatus();
      self.error(err.session ? err.message : err.problem ? fmt(self.t.syncFailed, [err.message]) : self.t.networkFailed);
    }).then(function () {
      self.syncing = null;
    });
    return this.syncing;
  };

  VisitPage.prototype.markSent = function (uuids, result) {
    var self = this;
    var at = new Date().toISOString();
    var set = {};
    uuids.forEach(function (u) { set[u] = true; });
    var changed = this.records.filter(function (r) { return set[r.uuid]; }).map(function (r) {
      return Object.assign({}, r, { sentAt: at });
    });
    this.result = { user: this.user, visitId: this.visitId, result: result, at: at };
    return run(this.db, ['records', 'results'], 'readwrite', function (t) {
      changed.forEach(function (r) { t.objectStore('records').put(r); });
      t.objectStore('results').put(self.result);
    }).then(function () {
      self.records = self.records.filter(function (r) { return !set[r.uuid]; }).concat(changed);
    });
  };

  function blobToDataUrl(blob) {
    return new Promise(function (resolve, reject) {
      var r = new FileReader();
      r.onload = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
      r.readAsDataURL(blob);
    });
  }

  function preparePhoto(file, maxBytes, t) {
    var MAX_SIDE = 1600;
    if (!window.createImageBitmap) {
      return file.size > maxBytes ? Promise.reject(new Error(fmt(t.photoTooLarge, [Math.round(maxBytes / 1048576)])))
        : Promise.resolve({ blob: file, thumb: null });
    }
    return createImageBitmap(file).then(function (bmp) {
      var thumbCanvas = document.createElement('canvas');
      var ts = Math.min(1, 240 / Math.max(bmp.width, bmp.height));
      thumbCanvas.width = Math.max(1, Math.round(bmp.width * ts));
      thumbCanvas.height = Math.max(1, Math.round(bmp.height * ts));
      thumbCanvas.getContext('2d').drawImage(bmp, 0, 0, thumbCanvas.width, thumbCanvas.height);
      var thumb = thumbCanvas.toDataURL('image/jpeg', 0.7);
      var known = /^image\/(jpeg|png|webp)$/.test(file.type);
      if (known && file.size <= 1500000 && Math.max(bmp.width, bmp.height) <= 2400) {
        return { blob: file, thumb: thumb };
      }
      var s = Math.min(1, MAX_SIDE / Math.max(bmp.width, bmp.height));
      var c = document.createElement('canvas');
      c.width = Math.round(bmp.width * s);
      c.height = Math.round(bmp.height * s);
      c.getContext('2d').drawImage(bmp, 0, 0, c.width, c.height);
      return new Promise(function (resolve) { c.toBlob(resolve, 'image/jpeg', 0.85); }).then(function (blob) {
        return { blob: blob, thumb: thumb };
      });
    }, function () {
      throw new Error(t.photoNotImage);
    }).then(function (p) {
      if (!p.blob || p.blob.size > maxBytes) {
        throw new Error(fmt(t.photoTooLarge, [Math.round(maxBytes / 1048576)]));
      }
      return p;
    });
  }

  // ================= the start page: visits kept on this phone =================
  function startList(root) {
    registerWorker(root);
    var user = root.dataset.user;
    var list = document.getElementById('local-visits');
    openDb().then(function (db) {
      return run(db, ['packs', 'records'], 'readonly', function (t) {
        var out = { packs: [], records: [] };
        request(t.objectStore('packs').getAll()).then(function (p) { out.packs = p; });
        request(t.objectStore('records').getAll()).then(function (r) { out.records = r; });
        return out;
      });
    }).then(function (out) {
      var packs = out.packs.filter(function (p) { return p.user === user; });
      packs.forEach(function (p) {
        var n = out.records.filter(function (r) {
          return r.user === user && r.visitId === p.visitId && !r.sentAt && r.type !== 'photo';
        }).length;
        var li = el('li', 'list-group-item');
        var a = el('a', 'stretched-link', fmt(root.dataset.item, [p.pack.unitLabel + ' – ' + isoToVn(p.pack.visit.visitDate), n]));
        a.href = root.dataset.visitUrl + p.visitId + '/offline';
        li.appendChild(a);
        list.appendChild(li);
      });
      document.getElementById('local-none').hidden = packs.length > 0;
      var filter = document.getElementById('local-filter');
      if (filter) {
        filter.hidden = packs.length < 2;
        filter.addEventListener('input', function () {
          var typed = fold(filter.value);
          list.querySelectorAll('li').forEach(function (li) { li.hidden = typed && fold(li.textContent).indexOf(typed) < 0; });
        });
      }
    }).catch(function () {
      document.getElementById('local-none').hidden = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var app = document.getElementById('offline-app');
    if (app) { new VisitPage(app).start(); }
    var list = document.getElementById('offline-list');
    if (list) { startList(list); }
  });
})();
