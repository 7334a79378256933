/* Arkiv search: queries the static index that the build writes under soeg/indeks/.
 * No framework and no server: the page fetches the manifest of the dictionary's files with the
 * page, the files of the query's terms, and the document chunks of the hits it shows. The word
 * splitting and the Danish stemmer are the same as the build's (dk.arkiv.search.Words and
 * DanishStemmer), so a query meets the text's stems. */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var FILTERS = ["type", "raad", "emne", "aar"];
  var STOP_WORDS = new Set(("og i jeg det at en den til er som på de med han af for ikke der var mig sig men et " +
    "har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her " +
    "alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under " +
    "have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes " +
    "været thi jer sådan").split(" "));
  var KIND_LABELS = { punkt: "Punkt", moede: "Møde", emne: "Emne", person: "Person" };

  /* ---- Words and stems: the same rules as the build ---- */

  var ACCENTS = { "á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "é": "e", "è": "e", "ê": "e", "ë": "e",
    "í": "i", "ì": "i", "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "ö": "o", "õ": "o",
    "ú": "u", "ù": "u", "û": "u", "ü": "u" };
  var WORD_CHAR = /[\p{L}\p{Nd}]/u;

  /** [{word, start, end}] for each run of letters and digits in the text. */
  function wordsWithPositions(text) {
    var lower = text.toLowerCase();
    var out = [];
    var word = "";
    var start = 0;
    for (var i = 0; i < lower.length; i++) {
      var c = lower.charAt(i);
      if (WORD_CHAR.test(c)) {
        if (word === "") { start = i; }
        word += ACCENTS[c] || c;
      } else if (word !== "") {
        out.push({ word: word, start: start, end: i });
        word = "";
      }
    }
    if (word !== "") { out.push({ word: word, start: start, end: lower.length }); }
    return out;
  }

  var VOWELS = "aeiouyæåø";
  var S_ENDINGS = "abcdfghjklmnoprtvyzå";
  var MAIN_SUFFIXES = ["erendes", "erende", "hedens", "ethed", "erede", "heden", "heder", "endes", "ernes",
    "erens", "erets", "ered", "ende", "erne", "eren", "erer", "heds", "enes", "eres", "eret", "hed", "ene",
    "ere", "ens", "ers", "ets", "en", "er", "es", "et", "e"];
  var CONSONANT_PAIRS = ["gd", "dt", "gt", "kt"];
  var OTHER_SUFFIXES = ["elig", "løst", "lig", "els", "ig"];

  function isVowel(c) { return VOWELS.indexOf(c) >= 0; }

  function regionOne(w) {
    for (var i = 1; i < w.length; i++) {
      if (!isVowel(w.charAt(i)) && isVowel(w.charAt(i - 1))) { return Math.max(i + 1, 3); }
    }
    return w.length;
  }

  function endsInRegion(w, suffix, r1) {
    return w.length - suffix.length >= r1 && w.endsWith(suffix);
  }

  function consonantPair(w, r1) {
    for (var i = 0; i < CONSONANT_PAIRS.length; i++) {
      if (endsInRegion(w, CONSONANT_PAIRS[i], r1)) { return w.slice(0, -1); }
    }
    return w;
  }

  /** The Snowball Danish stemmer, as DanishStemmer.java. */
  function stem(word) {
    var r1 = regionOne(word);
    var w = word;
    var i;
    var done = false;
    for (i = 0; i < MAIN_SUFFIXES.length; i++) {
      if (endsInRegion(w, MAIN_SUFFIXES[i], r1)) { w = w.slice(0, w.length - MAIN_SUFFIXES[i].length); done = true; break; }
    }
    if (!done && endsInRegion(w, "s", r1) && w.length >= 2 && S_ENDINGS.indexOf(w.charAt(w.length - 2)) >= 0) {
      w = w.slice(0, -1);
    }
    w = consonantPair(w, r1);
    if (w.endsWith("igst")) { w = w.slice(0, -2); }
    for (i = 0; i < OTHER_SUFFIXES.length; i++) {
      var suffix = OTHER_SUFFIXES[i];
      if (endsInRegion(w, suffix, r1)) {
        w = suffix === "løst" ? w.slice(0, -1) : consonantPair(w.slice(0, w.length - suffix.length), r1);
        break;
      }
    }
    var last = w.length - 1;
    if (last >= r1 && last >= 1 && !isVowel(w.charAt(last)) && w.charAt(last) === w.charAt(last - 1)) {
      w = w.slice(0, last);
    }
    return w;
  }

  /** The query's terms: stems of its words, without stop words and single letters, each once. */
  function queryTerms(query) {
    var terms = [];
    wordsWithPositions(query).forEach(function (w) {
      if (w.word.length > 1 && !STOP_WORDS.has(w.word)) {
        var s = stem(w.word);
        if (terms.indexOf(s) < 0) { terms.push(s); }
      }
    });
    return terms;
  }

  /** The dictionary file a term is in, by the manifest's least term of each file (see Shards.java). */
  function fileOf(term, bounds) {
    var low = 0;
    var high = bounds.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (bounds[middle] <= term) { low = middle; } else { high = middle - 1; }
    }
    return low;
  }

  /**
   * The dictionary files a term needs: "own" those of every term it begins, "shorter" those of
   * the terms of four letters or more that begin it, for when no term begins with it.
   */
  function filesOf(term, bounds) {
    var own = [];
    for (var f = fileOf(term, bounds); f <= fileOf(term + "\uffff", bounds); f++) { own.push(f); }
    var shorter = [];
    for (var length = 4; length < term.length; length++) {
      var file = fileOf(term.slice(0, length), bounds);
      if (own.indexOf(file) < 0 && shorter.indexOf(file) < 0) { shorter.push(file); }
    }
    return { own: own, shorter: shorter };
  }

  /* ---- The index ---- */

  var CODES = new Uint8Array(128);
  for (var code = 0; code < ALPHABET.length; code++) { CODES[ALPHABET.charCodeAt(code)] = code; }

  /** Document numbers, ascending, from the build's Postings code. */
  function decode(encoded) {
    var out = [];
    var i;
    if (encoded.charAt(0) === "*") {
      for (i = 1; i < encoded.length; i++) {
        var bits = CODES[encoded.charCodeAt(i)];
        for (var b = 0; bits !== 0; b++, bits >>= 1) { if (bits & 1) { out.push((i - 1) * 6 + b); } }
      }
      return out;
    }
    var previous = -1;
    var gap = 0;
    var scale = 1;
    for (i = 0; i < encoded.length; i++) {
      var v = CODES[encoded.charCodeAt(i)];
      gap += (v & 31) * scale;
      scale *= 32;
      if (v < 32) { previous += gap + 1; out.push(previous); gap = 0; scale = 1; }
    }
    return out;
  }

  function Index(base) {
    var cache = new Map();
    this.get = function (file) {
      if (!cache.has(file)) {
        cache.set(file, fetch(base + file).then(function (r) {
          if (r.status === 404) { return null; }
          if (!r.ok) { throw new Error(r.status + " " + file); }
          return r.json();
        }));
      }
      return cache.get(file);
    };
  }

  /** The dictionary terms a query term stands for: those it begins, else the longest that begins it. */
  function expand(term, dictionary) {
    var keys = Object.keys(dictionary);
    var matches = keys.filter(function (k) { return k.startsWith(term); });
    if (matches.length === 0) {
      var best = "";
      keys.forEach(function (k) { if (k.length >= 4 && term.startsWith(k) && k.length > best.length) { best = k; } });
      if (best) { matches = [best]; }
    }
    return matches;
  }

  /**
   * Documents that have every term, best first: more terms in the title, then the index's order
   * (newest). Each term comes with its part of the dictionary, or with the entry of all the terms
   * it begins ("whole").
   */
  function rank(terms, dictionaries, allowed) {
    var perTerm = terms.map(function (term, i) {
      var dictionary = dictionaries[i].entries;
      var keys = dictionaries[i].whole ? [term] : expand(term, dictionary);
      return { keys: keys, lists: keys.map(function (k) { return [decode(dictionary[k][0]), decode(dictionary[k][1])]; }) };
    });
    var size = 0;
    perTerm.forEach(function (t) {
      t.lists.forEach(function (l) {
        [l[0], l[1]].forEach(function (docs) { if (docs.length && docs[docs.length - 1] >= size) { size = docs[docs.length - 1] + 1; } });
      });
    });
    var count = new Uint16Array(size);
    var titleCount = new Uint16Array(size);
    var seen = new Uint16Array(size);
    perTerm.forEach(function (t, i) {
      var stamp = i + 1;
      [0, 1].forEach(function (body) {
        t.lists.forEach(function (l) {
          var docs = l[body];
          for (var j = 0; j < docs.length; j++) {
            var d = docs[j];
            if (seen[d] !== stamp) { seen[d] = stamp; count[d]++; titleCount[d] += 1 - body; }
          }
        });
      });
    });
    /* Index order within each number of title terms: no sort needed. */
    var byTitle = terms.map(function () { return []; }).concat([[]]);
    for (var d = 0; d < size; d++) {
      if (count[d] === terms.length && (!allowed || allowed.has(d))) { byTitle[titleCount[d]].push(d); }
    }
    var hits = [].concat.apply([], byTitle.reverse());
    var exact = new Set();
    var beginnings = [];
    perTerm.forEach(function (t, i) {
      if (dictionaries[i].whole) { beginnings.push(terms[i]); } else { t.keys.forEach(function (k) { exact.add(k); }); }
    });
    function matched(word) {
      var s = stem(word);
      return exact.has(s) || (!STOP_WORDS.has(word) && beginnings.some(function (b) { return s.startsWith(b); }));
    }
    return { hits: hits, matched: matched };
  }

  /* ---- The page ---- */

  var form = document.getElementById("soegeformular");
  if (!form) { return; }
  var status = document.getElementById("soeg-status");
  var list = document.getElementById("soeg-resultater");
  var more = document.getElementById("soeg-flere");
  var index = new Index(form.getAttribute("data-index"));
  var siteRoot = form.getAttribute("data-site-root");
  var directoryUrls = form.getAttribute("data-directory-urls") === "true";
  var CHUNK_SIZE = Number(form.getAttribute("data-chunk-size"));
  var current = null;
  var run = 0;
  /* Loaded with the page, before any query needs it. */
  var manifest = index.get("opdeling.json").then(function (m) { return m || { ord: [""], prefiks: [] }; });

  /**
   * Each term's part of the dictionary: the entry of all the terms it begins when the index has
   * one, else the files of those terms, and the files of shorter terms when no term begins with it.
   */
  function dictionaries(terms) {
    function load(files) {
      return Promise.all(files.map(function (f) { return index.get("ord/" + f + ".json"); })).then(function (parts) {
        return Object.assign.apply(null, [{}].concat(parts.filter(Boolean)));
      });
    }
    return manifest.then(function (m) {
      return Promise.all(terms.map(function (term) {
        var prefix = m.prefiks.indexOf(term);
        if (prefix >= 0) {
          return index.get("prefiks/" + prefix + ".json").then(function (entry) {
            var entries = {};
            entries[term] = entry;
            return { entries: entries, whole: true };
          });
        }
        var needed = filesOf(term, m.ord);
        return load(needed.own).then(function (dictionary) {
          if (expand(term, dictionary).length > 0 || needed.shorter.length === 0) { return { entries: dictionary }; }
          return load(needed.shorter).then(function (more) { return { entries: Object.assign(more, dictionary) }; });
        });
      }));
    });
  }

  /** 4250 as "4.250". */
  function count(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ".");
  }

  function link(path) {
    return siteRoot + path + (!directoryUrls && (path === "" || path.endsWith("/")) ? "index.html" : "");
  }

  /** Text with the words the query matched in <mark>, starting near the first of them. */
  function excerpt(text, matched) {
    var words = wordsWithPositions(text);
    var marks = words.filter(function (w) { return w.word.length > 1 && matched(w.word); });
    var from = 0;
    if (marks.length && marks[0].start > 120) {
      var before = words.filter(function (w) { return w.start < marks[0].start - 60; });
      from = before.length ? before[before.length - 1].end : 0;
      from = words.filter(function (w) { return w.start >= from; })[0].start;
    }
    var p = document.createElement("p");
    p.className = "result-excerpt";
    var at = from;
    if (from > 0) { p.appendChild(document.createTextNode("… ")); }
    marks.forEach(function (m) {
      if (m.start < from) { return; }
      p.appendChild(document.createTextNode(text.slice(at, m.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m.start, m.end);
      p.appendChild(mark);
      at = m.end;
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  function resultItem(doc, matched) {
    var li = document.createElement("li");
    li.className = "result result-" + doc[0];
    var h = document.createElement("h2");
    h.className = "result-title";
    var a = document.createElement("a");
    a.href = link(doc[1]);
    a.textContent = doc[2];
    h.appendChild(a);
    li.appendChild(h);
    var context = document.createElement("p");
    context.className = "result-context";
    var kind = document.createElement("span");
    kind.className = "badge badge-" + doc[0];
    kind.textContent = KIND_LABELS[doc[0]] || doc[0];
    context.appendChild(kind);
    context.appendChild(document.createTextNode(" " + doc[3]));
    li.appendChild(context);
    if (doc[4]) { li.appendChild(excerpt(doc[4], matched)); }
    return li;
  }

  function showMore() {
    var search = current;
    var shown = list.children.length;
    var page = search.hits.slice(shown, shown + PAGE_SIZE);
    var chunks = Array.from(new Set(page.map(function (d) { return Math.floor(d / CHUNK_SIZE); })));
    return Promise.all(chunks.map(function (c) { return index.get("dok/" + c + ".json"); })).then(function (loaded) {
      if (search !== current) { return; }
      var byChunk = new Map();
      chunks.forEach(function (c, i) { byChunk.set(c, loaded[i]); });
      page.forEach(function (d) {
        list.appendChild(resultItem(byChunk.get(Math.floor(d / CHUNK_SIZE))[d % CHUNK_SIZE], search.matched));
      });
      list.hidden = false;
      more.hidden = list.children.length >= search.hits.length;
    });
  }

  function allowedBy(filters) {
    if (filters.length === 0) { return Promise.resolve(null); }
    return Promise.all(filters.map(function (f) { return index.get("filtre/" + f + ".json"); })).then(function (lists) {
      var allowed = null;
      lists.forEach(function (encoded) {
        var docs = new Set(encoded ? decode(encoded) : []);
        allowed = allowed === null ? docs : new Set(Array.from(allowed).filter(function (d) { return docs.has(d); }));
      });
      return allowed;
    });
  }

  function say(text) { status.textContent = text; }

  function search(params) {
    var query = (params.get("q") || "").trim();
    var filters = FILTERS.filter(function (f) { return params.get(f); })
      .map(function (f) { return f + "-" + params.get(f); });
    var terms = queryTerms(query);
    var mine = ++run;
    list.textContent = "";
    list.hidden = true;
    more.hidden = true;
    if (query === "") { say("Skriv et eller flere søgeord."); return Promise.resolve(); }
    if (terms.length === 0) { say("Skriv et mere præcist søgeord end »" + query + "«."); return Promise.resolve(); }
    say("Søger …");
    return Promise.all([dictionaries(terms), allowedBy(filters)]).then(function (loaded) {
      if (mine !== run) { return; }
      var result = rank(terms, loaded[0], loaded[1]);
      current = { hits: result.hits, matched: result.matched };
      var n = result.hits.length;
      say(n === 0 ? "Ingen resultater for »" + query + "«." :
        (n === 1 ? "1 resultat" : count(n) + " resultater") + " for »" + query + "«.");
      return n ? showMore() : undefined;
    }).then(function () {
      if (mine === run && window.performance && performance.mark) { performance.mark("arkiv-search-done"); }
    }).catch(function () {
      say("Søgningen kunne ikke hentes. Arkivet skal åbnes fra en webserver, ikke som filer.");
    });
  }

  function fill(params) {
    form.elements.q.value = params.get("q") || "";
    FILTERS.forEach(function (f) { form.elements[f].value = params.get(f) || ""; });
  }

  function submit() {
    var params = new URLSearchParams();
    params.set("q", form.elements.q.value.trim());
    FILTERS.forEach(function (f) { if (form.elements[f].value) { params.set(f, form.elements[f].value); } });
    history.pushState(null, "", "?" + params.toString());
    return search(params);
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
  FILTERS.forEach(function (f) { form.elements[f].addEventListener("change", submit); });
  more.addEventListener("click", function () { showMore(); });
  window.addEventListener("popstate", function () {
    var params = new URLSearchParams(location.search);
    fill(params);
    search(params);
  });

  var initial = new URLSearchParams(location.search);
  fill(initial);
  search(initial);

  /* For the browser tests: the build's stemmer must agree with this one. */
  window.arkivSearch = { stem: stem, queryTerms: queryTerms, decode: decode, search: submit };
})();
