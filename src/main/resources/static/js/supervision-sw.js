// Service worker of the offline supervision visit (issue 13 item 4). Its scope is the whole site (header
// Service-Worker-Allowed, ServiceWorkerScope.java) only so that it sees the login and logout form posts; it answers
// nothing but the offline pages and the static shell, everything else goes to the network untouched.
//
// What it keeps, and what it never keeps:
// - the app shell (Bootstrap, the page's CSS and JS, icons, manifest): precached at install; for the offline pages
//   served from the cache at once and refreshed from the network behind (stale-while-revalidate), in a cache named
//   by VERSION;
// - the offline pages only (/supervision/offline and /supervision/visits/{id}/offline): network first, the cached
//   copy only when the network fails. They are shells: the visit's data live in IndexedDB, per user.
// - never the login page, other pages, the pack JSON, photos or any API answer; never a redirect (an expired
//   session answers with the login page).
// Logging out or in empties the page cache, so a phone passed to another officer shows nothing of the first.
var VERSION = 'v2';
var SHELL = 'tg-supervision-shell-' + VERSION;
var PAGES = 'tg-supervision-pages-' + VERSION;
var SHELL_FILES = [
  '/webjars/bootstrap/css/bootstrap.min.css',
  '/css/app.css',
  '/js/offline-visit.js',
  '/img/supervision.webmanifest',
  '/img/icon-192.png',
  '/img/favicon.svg'
];
var OFFLINE_PAGE = /^\/supervision\/(offline|visits\/\d+\/offline)$/;
var SHELL_PATH = /^\/(webjars|css|js|img)\//;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(SHELL_FILES);
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) {
      return n.indexOf('tg-supervision-') === 0 && n !== SHELL && n !== PAGES;
    }).map(function (n) { return caches.delete(n); }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var req = event.request;
  var url = new URL(req.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (req.method !== 'GET') {
    if (url.pathname === '/logout' || url.pathname === '/login') {
      event.waitUntil(caches.delete(PAGES));
    }
    return;
  }
  if (req.mode === 'navigate' && OFFLINE_PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(req));
  } else if (SHELL_PATH.test(url.pathname)) {
    // The offline pages get the shell from the cache at once; other pages load theirs from the network, and from the
    // cache only when the network fails (the shell cache holds nothing but static files).
    event.respondWith(fromOfflinePage(req, event).then(function (offlinePage) {
      return offlinePage ? staleWhileRevalidate(req, event) : fetch(req).catch(function (err) {
        return caches.open(SHELL).then(function (cache) {
          return cache.match(shellKey(req), { ignoreSearch: true }).then(function (hit) {
            if (hit) { return hit; }
            throw err;
          });
        });
      });
    }));
  }
  // Everything else goes to the network as if there were no service worker.
});

// Whether a static file is asked for by an offline page: by the request's referrer (a stylesheet asked for while
// the page is still being parsed may come before its client can be looked up), else by its client.
function fromOfflinePage(req, event) {
  try {
    if (req.referrer && OFFLINE_PAGE.test(new URL(req.referrer).pathname)) {
      return Promise.resolve(true);
    }
  } catch (e) {
    // no usable referrer
  }
  if (!event.clientId) {
    return Promise.resolve(false);
  }
  return self.clients.get(event.clientId).then(function (client) {
    return !!client && OFFLINE_PAGE.test(new URL(client.url).pathname);
  }, function () { return false; });
}

// A page loaded before the worker took control asks to be kept (offline-visit.js, registerWorker).
self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type !== 'keep-pages' || !Array.isArray(data.urls)) {
    return;
  }
  event.waitUntil(Promise.all(data.urls.filter(function (u) {
    return OFFLINE_PAGE.test(new URL(u, self.location.origin).pathname);
  }).map(function (u) {
    return fetch(u, { credentials: 'same-origin' }).then(function (res) {
      return keep(new Request(new URL(u, self.location.origin).href), res);
    }).catch(function () { return null; });
  })));
});

function keep(req, res) {
  if (res.ok && !res.redirected && (res.headers.get('Content-Type') || '').indexOf('text/html') === 0) {
    return caches.open(PAGES).then(function (cache) { return cache.put(req, res); });
  }
  if (res.redirected || res.type === 'opaqueredirect') {
    // The session is over: the cached page belonged to it.
    return caches.open(PAGES).then(function (cache) { return cache.delete(req); });
  }
  return Promise.resolve();
}

function networkFirst(req) {
  return fetch(req).then(function (res) {
    return keep(new Request(req.url), res.clone()).then(function () { return res; }, function () { return res; });
  }, function (err) {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(req.url, { ignoreSearch: true, ignoreVary: true }).then(function (hit) {
        return hit || cache.match('/supervision/offline', { ignoreVary: true }).then(function (start) {
          if (start) { return start; }
          throw err;
        });
      });
    });
  });
}

// The pages link webjars with their version (/webjars/bootstrap/5.3.8/css/…, resolved by the server), the precache
// lists them without it: both are kept and looked up under the version-less address.
function shellKey(req) {
  var url = new URL(req.url);
  return url.origin + url.pathname.replace(/^\/webjars\/([^/]+)\/\d[^/]*\//, '/webjars/$1/');
}

function staleWhileRevalidate(req, event) {
  var key = shellKey(req);
  return caches.open(SHELL).then(function (cache) {
    return cache.match(key, { ignoreSearch: true }).then(function (hit) {
      var refresh = fetch(req).then(function (res) {
        if (res.ok && !res.redirected) {
          return cache.put(key, res.clone()).then(function () { return res; });
        }
        return res;
      });
      if (hit) {
        event.waitUntil(refresh.catch(function () { return null; }));
        return hit;
      }
      return refresh;
    });
  });
}
