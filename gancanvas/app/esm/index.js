import { getCurrentScope as Bs, inject as Dt, effectScope as Vs, watch as me, provide as Ct, getCurrentInstance as qt, defineComponent as ye, useSlots as Ls, onUnmounted as Jl, openBlock as Q, createElementBlock as ie, unref as W, createVNode as Ce, withCtx as Ze, renderSlot as be, reactive as Ql, computed as re, onScopeDispose as Wn, createPropsRestProxy as eu, toRef as ge, ref as Ee, onMounted as lt, normalizeClass as Le, nextTick as Ve, onBeforeMount as tu, shallowRef as pt, createElementVNode as _e, Fragment as Oe, renderList as kn, normalizeStyle as Me, onBeforeUnmount as Dr, isMemoSame as nu, createBlock as ke, createCommentVNode as xe, toDisplayString as Ae, isRef as Pr, toRefs as ou, customRef as ru, toValue as fe, resolveComponent as Hs, h as pe, useAttrs as Ar, mergeProps as ro, resolveDynamicComponent as wt, createTextVNode as iu, markRaw as un, readonly as su, watchEffect as au, normalizeProps as lu } from "vue";
function hn(e) {
  return Bs() ? (Wn(e), !0) : !1;
}
function nt(e) {
  return typeof e == "function" ? e() : W(e);
}
const uu = typeof window < "u" && typeof document < "u", cu = (e) => typeof e < "u", du = Object.prototype.toString, fu = (e) => du.call(e) === "[object Object]", hu = () => {
};
function gu(e, t) {
  function n(...o) {
    return new Promise((r, i) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(r).catch(i);
    });
  }
  return n;
}
const Fs = (e) => e();
function vu(e = Fs) {
  const t = Ee(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const r = (...i) => {
    t.value && e(...i);
  };
  return { isActive: su(t), pause: n, resume: o, eventFilter: r };
}
function li(e, t = !1, n = "Timeout") {
  return new Promise((o, r) => {
    setTimeout(t ? () => r(n) : o, e);
  });
}
function pu(e, t, n = {}) {
  const {
    eventFilter: o = Fs,
    ...r
  } = n;
  return me(
    e,
    gu(
      o,
      t
    ),
    r
  );
}
function At(e, t, n = {}) {
  const {
    eventFilter: o,
    ...r
  } = n, { eventFilter: i, pause: s, resume: a, isActive: l } = vu(o);
  return { stop: pu(
    e,
    t,
    {
      ...r,
      eventFilter: i
    }
  ), pause: s, resume: a, isActive: l };
}
function mu(e, t = {}) {
  if (!Pr(e))
    return ou(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = ru(() => ({
      get() {
        return e.value[o];
      },
      set(r) {
        var i;
        if ((i = nt(t.replaceRef)) != null ? i : !0)
          if (Array.isArray(e.value)) {
            const a = [...e.value];
            a[o] = r, e.value = a;
          } else {
            const a = { ...e.value, [o]: r };
            Object.setPrototypeOf(a, Object.getPrototypeOf(e.value)), e.value = a;
          }
        else
          e.value[o] = r;
      }
    }));
  return n;
}
function lr(e, t = !1) {
  function n(d, { flush: f = "sync", deep: g = !1, timeout: m, throwOnTimeout: y } = {}) {
    let x = null;
    const E = [new Promise((p) => {
      x = me(
        e,
        (b) => {
          d(b) !== t && (x?.(), p(b));
        },
        {
          flush: f,
          deep: g,
          immediate: !0
        }
      );
    })];
    return m != null && E.push(
      li(m, y).then(() => nt(e)).finally(() => x?.())
    ), Promise.race(E);
  }
  function o(d, f) {
    if (!Pr(d))
      return n((b) => b === d, f);
    const { flush: g = "sync", deep: m = !1, timeout: y, throwOnTimeout: x } = f ?? {};
    let w = null;
    const p = [new Promise((b) => {
      w = me(
        [e, d],
        ([A, V]) => {
          t !== (A === V) && (w?.(), b(A));
        },
        {
          flush: g,
          deep: m,
          immediate: !0
        }
      );
    })];
    return y != null && p.push(
      li(y, x).then(() => nt(e)).finally(() => (w?.(), nt(e)))
    ), Promise.race(p);
  }
  function r(d) {
    return n((f) => !!f, d);
  }
  function i(d) {
    return o(null, d);
  }
  function s(d) {
    return o(void 0, d);
  }
  function a(d) {
    return n(Number.isNaN, d);
  }
  function l(d, f) {
    return n((g) => {
      const m = Array.from(g);
      return m.includes(d) || m.includes(nt(d));
    }, f);
  }
  function u(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let g = -1;
    return n(() => (g += 1, g >= d), f);
  }
  return Array.isArray(nt(e)) ? {
    toMatch: n,
    toContains: l,
    changed: u,
    changedTimes: c,
    get not() {
      return lr(e, !t);
    }
  } : {
    toMatch: n,
    toBe: o,
    toBeTruthy: r,
    toBeNull: i,
    toBeNaN: a,
    toBeUndefined: s,
    changed: u,
    changedTimes: c,
    get not() {
      return lr(e, !t);
    }
  };
}
function ur(e) {
  return lr(e);
}
function yu(e) {
  var t;
  const n = nt(e);
  return (t = n?.$el) != null ? t : n;
}
const Ys = uu ? window : void 0;
function Xs(...e) {
  let t, n, o, r;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, r] = e, t = Ys) : [t, n, o, r] = e, !t)
    return hu;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const i = [], s = () => {
    i.forEach((c) => c()), i.length = 0;
  }, a = (c, d, f, g) => (c.addEventListener(d, f, g), () => c.removeEventListener(d, f, g)), l = me(
    () => [yu(t), nt(r)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = fu(d) ? { ...d } : d;
      i.push(
        ...n.flatMap((g) => o.map((m) => a(c, g, m, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), u = () => {
    l(), s();
  };
  return hn(u), u;
}
function wu(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function ui(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: r = Ys,
    eventName: i = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, l = wu(t);
  return Xs(r, i, (c) => {
    c.repeat && nt(a) || l(c) && n(c);
  }, s);
}
function _u(e) {
  return JSON.parse(JSON.stringify(e));
}
function Fo(e, t, n, o = {}) {
  var r, i, s;
  const {
    clone: a = !1,
    passive: l = !1,
    eventName: u,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, g = qt(), m = n || g?.emit || ((r = g?.$emit) == null ? void 0 : r.bind(g)) || ((s = (i = g?.proxy) == null ? void 0 : i.$emit) == null ? void 0 : s.bind(g?.proxy));
  let y = u;
  t || (t = "modelValue"), y = y || `update:${t.toString()}`;
  const x = (p) => a ? typeof a == "function" ? a(p) : _u(p) : p, w = () => cu(e[t]) ? x(e[t]) : d, E = (p) => {
    f ? f(p) && m(y, p) : m(y, p);
  };
  if (l) {
    const p = w(), b = Ee(p);
    let A = !1;
    return me(
      () => e[t],
      (V) => {
        A || (A = !0, b.value = x(V), Ve(() => A = !1));
      }
    ), me(
      b,
      (V) => {
        !A && (V !== e[t] || c) && E(V);
      },
      { deep: c }
    ), b;
  } else
    return re({
      get() {
        return w();
      },
      set(p) {
        E(p);
      }
    });
}
var bu = { value: () => {
} };
function So() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new qn(n);
}
function qn(e) {
  this._ = e;
}
function Eu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", r = n.indexOf(".");
    if (r >= 0 && (o = n.slice(r + 1), n = n.slice(0, r)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
qn.prototype = So.prototype = {
  constructor: qn,
  on: function(e, t) {
    var n = this._, o = Eu(e + "", n), r, i = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++i < s; )
        if ((r = (e = o[i]).type) && (r = xu(n[r], e.name)))
          return r;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++i < s; )
      if (r = (e = o[i]).type)
        n[r] = ci(n[r], e.name, t);
      else if (t == null)
        for (r in n)
          n[r] = ci(n[r], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new qn(e);
  },
  call: function(e, t) {
    if ((r = arguments.length - 2) > 0)
      for (var n = new Array(r), o = 0, r, i; o < r; ++o)
        n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (i = this._[e], o = 0, r = i.length; o < r; ++o)
      i[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (var o = this._[e], r = 0, i = o.length; r < i; ++r)
      o[r].value.apply(t, n);
  }
};
function xu(e, t) {
  for (var n = 0, o = e.length, r; n < o; ++n)
    if ((r = e[n]).name === t)
      return r.value;
}
function ci(e, t, n) {
  for (var o = 0, r = e.length; o < r; ++o)
    if (e[o].name === t) {
      e[o] = bu, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var cr = "http://www.w3.org/1999/xhtml";
const di = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: cr,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function ko(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), di.hasOwnProperty(t) ? { space: di[t], local: e } : e;
}
function $u(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === cr && t.documentElement.namespaceURI === cr ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Nu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Gs(e) {
  var t = ko(e);
  return (t.local ? Nu : $u)(t);
}
function Su() {
}
function zr(e) {
  return e == null ? Su : function() {
    return this.querySelector(e);
  };
}
function ku(e) {
  typeof e != "function" && (e = zr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), r = 0; r < n; ++r)
    for (var i = t[r], s = i.length, a = o[r] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = i[c]) && (u = e.call(l, l.__data__, c, i)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new De(o, this._parents);
}
function Cu(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Mu() {
  return [];
}
function Us(e) {
  return e == null ? Mu : function() {
    return this.querySelectorAll(e);
  };
}
function Iu(e) {
  return function() {
    return Cu(e.apply(this, arguments));
  };
}
function Tu(e) {
  typeof e == "function" ? e = Iu(e) : e = Us(e);
  for (var t = this._groups, n = t.length, o = [], r = [], i = 0; i < n; ++i)
    for (var s = t[i], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), r.push(l));
  return new De(o, r);
}
function Zs(e) {
  return function() {
    return this.matches(e);
  };
}
function Ws(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Ou = Array.prototype.find;
function Du(e) {
  return function() {
    return Ou.call(this.children, e);
  };
}
function Pu() {
  return this.firstElementChild;
}
function Au(e) {
  return this.select(e == null ? Pu : Du(typeof e == "function" ? e : Ws(e)));
}
var zu = Array.prototype.filter;
function Ru() {
  return Array.from(this.children);
}
function Bu(e) {
  return function() {
    return zu.call(this.children, e);
  };
}
function Vu(e) {
  return this.selectAll(e == null ? Ru : Bu(typeof e == "function" ? e : Ws(e)));
}
function Lu(e) {
  typeof e != "function" && (e = Zs(e));
  for (var t = this._groups, n = t.length, o = new Array(n), r = 0; r < n; ++r)
    for (var i = t[r], s = i.length, a = o[r] = [], l, u = 0; u < s; ++u)
      (l = i[u]) && e.call(l, l.__data__, u, i) && a.push(l);
  return new De(o, this._parents);
}
function qs(e) {
  return new Array(e.length);
}
function Hu() {
  return new De(this._enter || this._groups.map(qs), this._parents);
}
function io(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
io.prototype = {
  constructor: io,
  appendChild: function(e) {
    return this._parent.insertBefore(e, this._next);
  },
  insertBefore: function(e, t) {
    return this._parent.insertBefore(e, t);
  },
  querySelector: function(e) {
    return this._parent.querySelector(e);
  },
  querySelectorAll: function(e) {
    return this._parent.querySelectorAll(e);
  }
};
function Fu(e) {
  return function() {
    return e;
  };
}
function Yu(e, t, n, o, r, i) {
  for (var s = 0, a, l = t.length, u = i.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = i[s], o[s] = a) : n[s] = new io(e, i[s]);
  for (; s < l; ++s)
    (a = t[s]) && (r[s] = a);
}
function Xu(e, t, n, o, r, i, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = i.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = g = s.call(l, l.__data__, a, t) + "", u.has(g) ? r[a] = l : u.set(g, l));
  for (a = 0; a < d; ++a)
    g = s.call(e, i[a], a, i) + "", (l = u.get(g)) ? (o[a] = l, l.__data__ = i[a], u.delete(g)) : n[a] = new io(e, i[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (r[a] = l);
}
function Gu(e) {
  return e.__data__;
}
function Uu(e, t) {
  if (!arguments.length)
    return Array.from(this, Gu);
  var n = t ? Xu : Yu, o = this._parents, r = this._groups;
  typeof e != "function" && (e = Fu(e));
  for (var i = r.length, s = new Array(i), a = new Array(i), l = new Array(i), u = 0; u < i; ++u) {
    var c = o[u], d = r[u], f = d.length, g = Zu(e.call(c, c && c.__data__, u, o)), m = g.length, y = a[u] = new Array(m), x = s[u] = new Array(m), w = l[u] = new Array(f);
    n(c, d, y, x, w, g, t);
    for (var E = 0, p = 0, b, A; E < m; ++E)
      if (b = y[E]) {
        for (E >= p && (p = E + 1); !(A = x[p]) && ++p < m; )
          ;
        b._next = A || null;
      }
  }
  return s = new De(s, o), s._enter = a, s._exit = l, s;
}
function Zu(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Wu() {
  return new De(this._exit || this._groups.map(qs), this._parents);
}
function qu(e, t, n) {
  var o = this.enter(), r = this, i = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (r = t(r), r && (r = r.selection())), n == null ? i.remove() : n(i), o && r ? o.merge(r).order() : r;
}
function Ku(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, r = n.length, i = o.length, s = Math.min(r, i), a = new Array(r), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), g, m = 0; m < d; ++m)
      (g = u[m] || c[m]) && (f[m] = g);
  for (; l < r; ++l)
    a[l] = n[l];
  return new De(a, this._parents);
}
function ju() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], r = o.length - 1, i = o[r], s; --r >= 0; )
      (s = o[r]) && (i && s.compareDocumentPosition(i) ^ 4 && i.parentNode.insertBefore(s, i), i = s);
  return this;
}
function Ju(e) {
  e || (e = Qu);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, r = new Array(o), i = 0; i < o; ++i) {
    for (var s = n[i], a = s.length, l = r[i] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new De(r, this._parents).order();
}
function Qu(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function ec() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function tc() {
  return Array.from(this);
}
function nc() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], r = 0, i = o.length; r < i; ++r) {
      var s = o[r];
      if (s)
        return s;
    }
  return null;
}
function oc() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function rc() {
  return !this.node();
}
function ic(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var r = t[n], i = 0, s = r.length, a; i < s; ++i)
      (a = r[i]) && e.call(a, a.__data__, i, r);
  return this;
}
function sc(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function ac(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function lc(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function uc(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function cc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function dc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function fc(e, t) {
  var n = ko(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? ac : sc : typeof t == "function" ? n.local ? dc : cc : n.local ? uc : lc)(n, t));
}
function Ks(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function hc(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function gc(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function vc(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function pc(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? hc : typeof t == "function" ? vc : gc)(e, t, n ?? "")) : Ht(this.node(), e);
}
function Ht(e, t) {
  return e.style.getPropertyValue(t) || Ks(e).getComputedStyle(e, null).getPropertyValue(t);
}
function mc(e) {
  return function() {
    delete this[e];
  };
}
function yc(e, t) {
  return function() {
    this[e] = t;
  };
}
function wc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function _c(e, t) {
  return arguments.length > 1 ? this.each((t == null ? mc : typeof t == "function" ? wc : yc)(e, t)) : this.node()[e];
}
function js(e) {
  return e.trim().split(/^|\s+/);
}
function Rr(e) {
  return e.classList || new Js(e);
}
function Js(e) {
  this._node = e, this._names = js(e.getAttribute("class") || "");
}
Js.prototype = {
  add: function(e) {
    var t = this._names.indexOf(e);
    t < 0 && (this._names.push(e), this._node.setAttribute("class", this._names.join(" ")));
  },
  remove: function(e) {
    var t = this._names.indexOf(e);
    t >= 0 && (this._names.splice(t, 1), this._node.setAttribute("class", this._names.join(" ")));
  },
  contains: function(e) {
    return this._names.indexOf(e) >= 0;
  }
};
function Qs(e, t) {
  for (var n = Rr(e), o = -1, r = t.length; ++o < r; )
    n.add(t[o]);
}
function ea(e, t) {
  for (var n = Rr(e), o = -1, r = t.length; ++o < r; )
    n.remove(t[o]);
}
function bc(e) {
  return function() {
    Qs(this, e);
  };
}
function Ec(e) {
  return function() {
    ea(this, e);
  };
}
function xc(e, t) {
  return function() {
    (t.apply(this, arguments) ? Qs : ea)(this, e);
  };
}
function $c(e, t) {
  var n = js(e + "");
  if (arguments.length < 2) {
    for (var o = Rr(this.node()), r = -1, i = n.length; ++r < i; )
      if (!o.contains(n[r]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? xc : t ? bc : Ec)(n, t));
}
function Nc() {
  this.textContent = "";
}
function Sc(e) {
  return function() {
    this.textContent = e;
  };
}
function kc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Cc(e) {
  return arguments.length ? this.each(e == null ? Nc : (typeof e == "function" ? kc : Sc)(e)) : this.node().textContent;
}
function Mc() {
  this.innerHTML = "";
}
function Ic(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Tc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Oc(e) {
  return arguments.length ? this.each(e == null ? Mc : (typeof e == "function" ? Tc : Ic)(e)) : this.node().innerHTML;
}
function Dc() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Pc() {
  return this.each(Dc);
}
function Ac() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function zc() {
  return this.each(Ac);
}
function Rc(e) {
  var t = typeof e == "function" ? e : Gs(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Bc() {
  return null;
}
function Vc(e, t) {
  var n = typeof e == "function" ? e : Gs(e), o = t == null ? Bc : typeof t == "function" ? t : zr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Lc() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Hc() {
  return this.each(Lc);
}
function Fc() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Yc() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Xc(e) {
  return this.select(e ? Yc : Fc);
}
function Gc(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Uc(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Zc(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Wc(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, r = t.length, i; n < r; ++n)
        i = t[n], (!e.type || i.type === e.type) && i.name === e.name ? this.removeEventListener(i.type, i.listener, i.options) : t[++o] = i;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function qc(e, t, n) {
  return function() {
    var o = this.__on, r, i = Uc(t);
    if (o) {
      for (var s = 0, a = o.length; s < a; ++s)
        if ((r = o[s]).type === e.type && r.name === e.name) {
          this.removeEventListener(r.type, r.listener, r.options), this.addEventListener(r.type, r.listener = i, r.options = n), r.value = t;
          return;
        }
    }
    this.addEventListener(e.type, i, n), r = { type: e.type, name: e.name, value: t, listener: i, options: n }, o ? o.push(r) : this.__on = [r];
  };
}
function Kc(e, t, n) {
  var o = Zc(e + ""), r, i = o.length, s;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var l = 0, u = a.length, c; l < u; ++l)
        for (r = 0, c = a[l]; r < i; ++r)
          if ((s = o[r]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (a = t ? qc : Wc, r = 0; r < i; ++r)
    this.each(a(o[r], t, n));
  return this;
}
function ta(e, t, n) {
  var o = Ks(e), r = o.CustomEvent;
  typeof r == "function" ? r = new r(t, n) : (r = o.document.createEvent("Event"), n ? (r.initEvent(t, n.bubbles, n.cancelable), r.detail = n.detail) : r.initEvent(t, !1, !1)), e.dispatchEvent(r);
}
function jc(e, t) {
  return function() {
    return ta(this, e, t);
  };
}
function Jc(e, t) {
  return function() {
    return ta(this, e, t.apply(this, arguments));
  };
}
function Qc(e, t) {
  return this.each((typeof t == "function" ? Jc : jc)(e, t));
}
function* ed() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], r = 0, i = o.length, s; r < i; ++r)
      (s = o[r]) && (yield s);
}
var na = [null];
function De(e, t) {
  this._groups = e, this._parents = t;
}
function Cn() {
  return new De([[document.documentElement]], na);
}
function td() {
  return this;
}
De.prototype = Cn.prototype = {
  constructor: De,
  select: ku,
  selectAll: Tu,
  selectChild: Au,
  selectChildren: Vu,
  filter: Lu,
  data: Uu,
  enter: Hu,
  exit: Wu,
  join: qu,
  merge: Ku,
  selection: td,
  order: ju,
  sort: Ju,
  call: ec,
  nodes: tc,
  node: nc,
  size: oc,
  empty: rc,
  each: ic,
  attr: fc,
  style: pc,
  property: _c,
  classed: $c,
  text: Cc,
  html: Oc,
  raise: Pc,
  lower: zc,
  append: Rc,
  insert: Vc,
  remove: Hc,
  clone: Xc,
  datum: Gc,
  on: Kc,
  dispatch: Qc,
  [Symbol.iterator]: ed
};
function ze(e) {
  return typeof e == "string" ? new De([[document.querySelector(e)]], [document.documentElement]) : new De([[e]], na);
}
function nd(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function Ge(e, t) {
  if (e = nd(e), t === void 0 && (t = e.currentTarget), t) {
    var n = t.ownerSVGElement || t;
    if (n.createSVGPoint) {
      var o = n.createSVGPoint();
      return o.x = e.clientX, o.y = e.clientY, o = o.matrixTransform(t.getScreenCTM().inverse()), [o.x, o.y];
    }
    if (t.getBoundingClientRect) {
      var r = t.getBoundingClientRect();
      return [e.clientX - r.left - t.clientLeft, e.clientY - r.top - t.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
const od = { passive: !1 }, gn = { capture: !0, passive: !1 };
function Yo(e) {
  e.stopImmediatePropagation();
}
function Rt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function oa(e) {
  var t = e.document.documentElement, n = ze(e).on("dragstart.drag", Rt, gn);
  "onselectstart" in t ? n.on("selectstart.drag", Rt, gn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function ra(e, t) {
  var n = e.document.documentElement, o = ze(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Rt, gn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Pn = (e) => () => e;
function dr(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: r,
  active: i,
  x: s,
  y: a,
  dx: l,
  dy: u,
  dispatch: c
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    subject: { value: n, enumerable: !0, configurable: !0 },
    target: { value: o, enumerable: !0, configurable: !0 },
    identifier: { value: r, enumerable: !0, configurable: !0 },
    active: { value: i, enumerable: !0, configurable: !0 },
    x: { value: s, enumerable: !0, configurable: !0 },
    y: { value: a, enumerable: !0, configurable: !0 },
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
dr.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function rd(e) {
  return !e.ctrlKey && !e.button;
}
function id() {
  return this.parentNode;
}
function sd(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function ad() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function ld() {
  var e = rd, t = id, n = sd, o = ad, r = {}, i = So("start", "drag", "end"), s = 0, a, l, u, c, d = 0;
  function f(b) {
    b.on("mousedown.drag", g).filter(o).on("touchstart.drag", x).on("touchmove.drag", w, od).on("touchend.drag touchcancel.drag", E).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(b, A) {
    if (!(c || !e.call(this, b, A))) {
      var V = p(this, t.call(this, b, A), b, A, "mouse");
      V && (ze(b.view).on("mousemove.drag", m, gn).on("mouseup.drag", y, gn), oa(b.view), Yo(b), u = !1, a = b.clientX, l = b.clientY, V("start", b));
    }
  }
  function m(b) {
    if (Rt(b), !u) {
      var A = b.clientX - a, V = b.clientY - l;
      u = A * A + V * V > d;
    }
    r.mouse("drag", b);
  }
  function y(b) {
    ze(b.view).on("mousemove.drag mouseup.drag", null), ra(b.view, u), Rt(b), r.mouse("end", b);
  }
  function x(b, A) {
    if (e.call(this, b, A)) {
      var V = b.changedTouches, F = t.call(this, b, A), z = V.length, Z, X;
      for (Z = 0; Z < z; ++Z)
        (X = p(this, F, b, A, V[Z].identifier, V[Z])) && (Yo(b), X("start", b, V[Z]));
    }
  }
  function w(b) {
    var A = b.changedTouches, V = A.length, F, z;
    for (F = 0; F < V; ++F)
      (z = r[A[F].identifier]) && (Rt(b), z("drag", b, A[F]));
  }
  function E(b) {
    var A = b.changedTouches, V = A.length, F, z;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), F = 0; F < V; ++F)
      (z = r[A[F].identifier]) && (Yo(b), z("end", b, A[F]));
  }
  function p(b, A, V, F, z, Z) {
    var X = i.copy(), H = Ge(Z || V, A), S, U, h;
    if ((h = n.call(b, new dr("beforestart", {
      sourceEvent: V,
      target: f,
      identifier: z,
      active: s,
      x: H[0],
      y: H[1],
      dx: 0,
      dy: 0,
      dispatch: X
    }), F)) != null)
      return S = h.x - H[0] || 0, U = h.y - H[1] || 0, function $(v, I, C) {
        var P = H, O;
        switch (v) {
          case "start":
            r[z] = $, O = s++;
            break;
          case "end":
            delete r[z], --s;
          case "drag":
            H = Ge(C || I, A), O = s;
            break;
        }
        X.call(
          v,
          b,
          new dr(v, {
            sourceEvent: I,
            subject: h,
            target: f,
            identifier: z,
            active: O,
            x: H[0] + S,
            y: H[1] + U,
            dx: H[0] - P[0],
            dy: H[1] - P[1],
            dispatch: X
          }),
          F
        );
      };
  }
  return f.filter = function(b) {
    return arguments.length ? (e = typeof b == "function" ? b : Pn(!!b), f) : e;
  }, f.container = function(b) {
    return arguments.length ? (t = typeof b == "function" ? b : Pn(b), f) : t;
  }, f.subject = function(b) {
    return arguments.length ? (n = typeof b == "function" ? b : Pn(b), f) : n;
  }, f.touchable = function(b) {
    return arguments.length ? (o = typeof b == "function" ? b : Pn(!!b), f) : o;
  }, f.on = function() {
    var b = i.on.apply(i, arguments);
    return b === i ? f : b;
  }, f.clickDistance = function(b) {
    return arguments.length ? (d = (b = +b) * b, f) : Math.sqrt(d);
  }, f;
}
function Br(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function ia(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Mn() {
}
var vn = 0.7, so = 1 / vn, Bt = "\\s*([+-]?\\d+)\\s*", pn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", Ke = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", ud = /^#([0-9a-f]{3,8})$/, cd = new RegExp(`^rgb\\(${Bt},${Bt},${Bt}\\)$`), dd = new RegExp(`^rgb\\(${Ke},${Ke},${Ke}\\)$`), fd = new RegExp(`^rgba\\(${Bt},${Bt},${Bt},${pn}\\)$`), hd = new RegExp(`^rgba\\(${Ke},${Ke},${Ke},${pn}\\)$`), gd = new RegExp(`^hsl\\(${pn},${Ke},${Ke}\\)$`), vd = new RegExp(`^hsla\\(${pn},${Ke},${Ke},${pn}\\)$`), fi = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
Br(Mn, Mt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: hi,
  // Deprecated! Use color.formatHex.
  formatHex: hi,
  formatHex8: pd,
  formatHsl: md,
  formatRgb: gi,
  toString: gi
});
function hi() {
  return this.rgb().formatHex();
}
function pd() {
  return this.rgb().formatHex8();
}
function md() {
  return sa(this).formatHsl();
}
function gi() {
  return this.rgb().formatRgb();
}
function Mt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = ud.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? vi(t) : n === 3 ? new Ie(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? An(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? An(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = cd.exec(e)) ? new Ie(t[1], t[2], t[3], 1) : (t = dd.exec(e)) ? new Ie(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = fd.exec(e)) ? An(t[1], t[2], t[3], t[4]) : (t = hd.exec(e)) ? An(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = gd.exec(e)) ? yi(t[1], t[2] / 100, t[3] / 100, 1) : (t = vd.exec(e)) ? yi(t[1], t[2] / 100, t[3] / 100, t[4]) : fi.hasOwnProperty(e) ? vi(fi[e]) : e === "transparent" ? new Ie(NaN, NaN, NaN, 0) : null;
}
function vi(e) {
  return new Ie(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function An(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ie(e, t, n, o);
}
function yd(e) {
  return e instanceof Mn || (e = Mt(e)), e ? (e = e.rgb(), new Ie(e.r, e.g, e.b, e.opacity)) : new Ie();
}
function fr(e, t, n, o) {
  return arguments.length === 1 ? yd(e) : new Ie(e, t, n, o ?? 1);
}
function Ie(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
Br(Ie, fr, ia(Mn, {
  brighter(e) {
    return e = e == null ? so : Math.pow(so, e), new Ie(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? vn : Math.pow(vn, e), new Ie(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ie(Nt(this.r), Nt(this.g), Nt(this.b), ao(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: pi,
  // Deprecated! Use color.formatHex.
  formatHex: pi,
  formatHex8: wd,
  formatRgb: mi,
  toString: mi
}));
function pi() {
  return `#${xt(this.r)}${xt(this.g)}${xt(this.b)}`;
}
function wd() {
  return `#${xt(this.r)}${xt(this.g)}${xt(this.b)}${xt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function mi() {
  const e = ao(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Nt(this.r)}, ${Nt(this.g)}, ${Nt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function ao(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Nt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function xt(e) {
  return e = Nt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function yi(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Re(e, t, n, o);
}
function sa(e) {
  if (e instanceof Re)
    return new Re(e.h, e.s, e.l, e.opacity);
  if (e instanceof Mn || (e = Mt(e)), !e)
    return new Re();
  if (e instanceof Re)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, r = Math.min(t, n, o), i = Math.max(t, n, o), s = NaN, a = i - r, l = (i + r) / 2;
  return a ? (t === i ? s = (n - o) / a + (n < o) * 6 : n === i ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? i + r : 2 - i - r, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new Re(s, a, l, e.opacity);
}
function _d(e, t, n, o) {
  return arguments.length === 1 ? sa(e) : new Re(e, t, n, o ?? 1);
}
function Re(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
Br(Re, _d, ia(Mn, {
  brighter(e) {
    return e = e == null ? so : Math.pow(so, e), new Re(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? vn : Math.pow(vn, e), new Re(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, r = 2 * n - o;
    return new Ie(
      Xo(e >= 240 ? e - 240 : e + 120, r, o),
      Xo(e, r, o),
      Xo(e < 120 ? e + 240 : e - 120, r, o),
      this.opacity
    );
  },
  clamp() {
    return new Re(wi(this.h), zn(this.s), zn(this.l), ao(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = ao(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${wi(this.h)}, ${zn(this.s) * 100}%, ${zn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function wi(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function zn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function Xo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Vr = (e) => () => e;
function bd(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Ed(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function xd(e) {
  return (e = +e) == 1 ? aa : function(t, n) {
    return n - t ? Ed(t, n, e) : Vr(isNaN(t) ? n : t);
  };
}
function aa(e, t) {
  var n = t - e;
  return n ? bd(e, n) : Vr(isNaN(e) ? t : e);
}
const lo = (function e(t) {
  var n = xd(t);
  function o(r, i) {
    var s = n((r = fr(r)).r, (i = fr(i)).r), a = n(r.g, i.g), l = n(r.b, i.b), u = aa(r.opacity, i.opacity);
    return function(c) {
      return r.r = s(c), r.g = a(c), r.b = l(c), r.opacity = u(c), r + "";
    };
  }
  return o.gamma = e, o;
})(1);
function $d(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), r;
  return function(i) {
    for (r = 0; r < n; ++r)
      o[r] = e[r] * (1 - i) + t[r] * i;
    return o;
  };
}
function Nd(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Sd(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, r = new Array(o), i = new Array(n), s;
  for (s = 0; s < o; ++s)
    r[s] = cn(e[s], t[s]);
  for (; s < n; ++s)
    i[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      i[s] = r[s](a);
    return i;
  };
}
function kd(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function Ue(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Cd(e, t) {
  var n = {}, o = {}, r;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (r in t)
    r in e ? n[r] = cn(e[r], t[r]) : o[r] = t[r];
  return function(i) {
    for (r in n)
      o[r] = n[r](i);
    return o;
  };
}
var hr = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, Go = new RegExp(hr.source, "g");
function Md(e) {
  return function() {
    return e;
  };
}
function Id(e) {
  return function(t) {
    return e(t) + "";
  };
}
function la(e, t) {
  var n = hr.lastIndex = Go.lastIndex = 0, o, r, i, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = hr.exec(e)) && (r = Go.exec(t)); )
    (i = r.index) > n && (i = t.slice(n, i), a[s] ? a[s] += i : a[++s] = i), (o = o[0]) === (r = r[0]) ? a[s] ? a[s] += r : a[++s] = r : (a[++s] = null, l.push({ i: s, x: Ue(o, r) })), n = Go.lastIndex;
  return n < t.length && (i = t.slice(n), a[s] ? a[s] += i : a[++s] = i), a.length < 2 ? l[0] ? Id(l[0].x) : Md(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c)
      a[(d = l[c]).i] = d.x(u);
    return a.join("");
  });
}
function cn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? Vr(t) : (n === "number" ? Ue : n === "string" ? (o = Mt(t)) ? (t = o, lo) : la : t instanceof Mt ? lo : t instanceof Date ? kd : Nd(t) ? $d : Array.isArray(t) ? Sd : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Cd : Ue)(e, t);
}
var _i = 180 / Math.PI, gr = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function ua(e, t, n, o, r, i) {
  var s, a, l;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (l = e * n + t * o) && (n -= e * l, o -= t * l), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, l /= a), e * o < t * n && (e = -e, t = -t, l = -l, s = -s), {
    translateX: r,
    translateY: i,
    rotate: Math.atan2(t, e) * _i,
    skewX: Math.atan(l) * _i,
    scaleX: s,
    scaleY: a
  };
}
var Rn;
function Td(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? gr : ua(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Od(e) {
  return e == null || (Rn || (Rn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Rn.setAttribute("transform", e), !(e = Rn.transform.baseVal.consolidate())) ? gr : (e = e.matrix, ua(e.a, e.b, e.c, e.d, e.e, e.f));
}
function ca(e, t, n, o) {
  function r(u) {
    return u.length ? u.pop() + " " : "";
  }
  function i(u, c, d, f, g, m) {
    if (u !== d || c !== f) {
      var y = g.push("translate(", null, t, null, n);
      m.push({ i: y - 4, x: Ue(u, d) }, { i: y - 2, x: Ue(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(r(d) + "rotate(", null, o) - 2, x: Ue(u, c) })) : c && d.push(r(d) + "rotate(" + c + o);
  }
  function a(u, c, d, f) {
    u !== c ? f.push({ i: d.push(r(d) + "skewX(", null, o) - 2, x: Ue(u, c) }) : c && d.push(r(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, g, m) {
    if (u !== d || c !== f) {
      var y = g.push(r(g) + "scale(", null, ",", null, ")");
      m.push({ i: y - 4, x: Ue(u, d) }, { i: y - 2, x: Ue(c, f) });
    } else (d !== 1 || f !== 1) && g.push(r(g) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), i(u.translateX, u.translateY, c.translateX, c.translateY, d, f), s(u.rotate, c.rotate, d, f), a(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(g) {
      for (var m = -1, y = f.length, x; ++m < y; )
        d[(x = f[m]).i] = x.x(g);
      return d.join("");
    };
  };
}
var Dd = ca(Td, "px, ", "px)", "deg)"), Pd = ca(Od, ", ", ")", ")"), Ad = 1e-12;
function bi(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function zd(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Rd(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Kn = (function e(t, n, o) {
  function r(i, s) {
    var a = i[0], l = i[1], u = i[2], c = s[0], d = s[1], f = s[2], g = c - a, m = d - l, y = g * g + m * m, x, w;
    if (y < Ad)
      w = Math.log(f / u) / t, x = function(F) {
        return [
          a + F * g,
          l + F * m,
          u * Math.exp(t * F * w)
        ];
      };
    else {
      var E = Math.sqrt(y), p = (f * f - u * u + o * y) / (2 * u * n * E), b = (f * f - u * u - o * y) / (2 * f * n * E), A = Math.log(Math.sqrt(p * p + 1) - p), V = Math.log(Math.sqrt(b * b + 1) - b);
      w = (V - A) / t, x = function(F) {
        var z = F * w, Z = bi(A), X = u / (n * E) * (Z * Rd(t * z + A) - zd(A));
        return [
          a + X * g,
          l + X * m,
          u * Z / bi(t * z + A)
        ];
      };
    }
    return x.duration = w * 1e3 * t / Math.SQRT2, x;
  }
  return r.rho = function(i) {
    var s = Math.max(1e-3, +i), a = s * s, l = a * a;
    return e(s, a, l);
  }, r;
})(Math.SQRT2, 2, 4);
var Ft = 0, tn = 0, jt = 0, da = 1e3, uo, nn, co = 0, It = 0, Co = 0, mn = typeof performance == "object" && performance.now ? performance : Date, fa = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Lr() {
  return It || (fa(Bd), It = mn.now() + Co);
}
function Bd() {
  It = 0;
}
function fo() {
  this._call = this._time = this._next = null;
}
fo.prototype = ha.prototype = {
  constructor: fo,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? Lr() : +n) + (t == null ? 0 : +t), !this._next && nn !== this && (nn ? nn._next = this : uo = this, nn = this), this._call = e, this._time = n, vr();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, vr());
  }
};
function ha(e, t, n) {
  var o = new fo();
  return o.restart(e, t, n), o;
}
function Vd() {
  Lr(), ++Ft;
  for (var e = uo, t; e; )
    (t = It - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Ft;
}
function Ei() {
  It = (co = mn.now()) + Co, Ft = tn = 0;
  try {
    Vd();
  } finally {
    Ft = 0, Hd(), It = 0;
  }
}
function Ld() {
  var e = mn.now(), t = e - co;
  t > da && (Co -= t, co = e);
}
function Hd() {
  for (var e, t = uo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : uo = n);
  nn = e, vr(o);
}
function vr(e) {
  if (!Ft) {
    tn && (tn = clearTimeout(tn));
    var t = e - It;
    t > 24 ? (e < 1 / 0 && (tn = setTimeout(Ei, e - mn.now() - Co)), jt && (jt = clearInterval(jt))) : (jt || (co = mn.now(), jt = setInterval(Ld, da)), Ft = 1, fa(Ei));
  }
}
function xi(e, t, n) {
  var o = new fo();
  return t = t == null ? 0 : +t, o.restart((r) => {
    o.stop(), e(r + t);
  }, t, n), o;
}
var Fd = So("start", "end", "cancel", "interrupt"), Yd = [], ga = 0, $i = 1, pr = 2, jn = 3, Ni = 4, mr = 5, Jn = 6;
function Mo(e, t, n, o, r, i) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  Xd(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: r,
    // For context during callback.
    on: Fd,
    tween: Yd,
    time: i.time,
    delay: i.delay,
    duration: i.duration,
    ease: i.ease,
    timer: null,
    state: ga
  });
}
function Hr(e, t) {
  var n = He(e, t);
  if (n.state > ga)
    throw new Error("too late; already scheduled");
  return n;
}
function Je(e, t) {
  var n = He(e, t);
  if (n.state > jn)
    throw new Error("too late; already running");
  return n;
}
function He(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function Xd(e, t, n) {
  var o = e.__transition, r;
  o[t] = n, n.timer = ha(i, 0, n.time);
  function i(u) {
    n.state = $i, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, d, f, g;
    if (n.state !== $i)
      return l();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === jn)
          return xi(s);
        g.state === Ni ? (g.state = Jn, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = Jn, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (xi(function() {
      n.state === jn && (n.state = Ni, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = pr, n.on.call("start", e, e.__data__, n.index, n.group), n.state === pr) {
      for (n.state = jn, r = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (r[++d] = g);
      r.length = d + 1;
    }
  }
  function a(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = mr, 1), d = -1, f = r.length; ++d < f; )
      r[d].call(e, c);
    n.state === mr && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = Jn, n.timer.stop(), delete o[t];
    for (var u in o)
      return;
    delete e.__transition;
  }
}
function Qn(e, t) {
  var n = e.__transition, o, r, i = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        i = !1;
        continue;
      }
      r = o.state > pr && o.state < mr, o.state = Jn, o.timer.stop(), o.on.call(r ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    i && delete e.__transition;
  }
}
function Gd(e) {
  return this.each(function() {
    Qn(this, e);
  });
}
function Ud(e, t) {
  var n, o;
  return function() {
    var r = Je(this, e), i = r.tween;
    if (i !== n) {
      o = n = i;
      for (var s = 0, a = o.length; s < a; ++s)
        if (o[s].name === t) {
          o = o.slice(), o.splice(s, 1);
          break;
        }
    }
    r.tween = o;
  };
}
function Zd(e, t, n) {
  var o, r;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var i = Je(this, e), s = i.tween;
    if (s !== o) {
      r = (o = s).slice();
      for (var a = { name: t, value: n }, l = 0, u = r.length; l < u; ++l)
        if (r[l].name === t) {
          r[l] = a;
          break;
        }
      l === u && r.push(a);
    }
    i.tween = r;
  };
}
function Wd(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = He(this.node(), n).tween, r = 0, i = o.length, s; r < i; ++r)
      if ((s = o[r]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Ud : Zd)(n, e, t));
}
function Fr(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var r = Je(this, o);
    (r.value || (r.value = {}))[t] = n.apply(this, arguments);
  }), function(r) {
    return He(r, o).value[t];
  };
}
function va(e, t) {
  var n;
  return (typeof t == "number" ? Ue : t instanceof Mt ? lo : (n = Mt(t)) ? (t = n, lo) : la)(e, t);
}
function qd(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Kd(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function jd(e, t, n) {
  var o, r = n + "", i;
  return function() {
    var s = this.getAttribute(e);
    return s === r ? null : s === o ? i : i = t(o = s, n);
  };
}
function Jd(e, t, n) {
  var o, r = n + "", i;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === r ? null : s === o ? i : i = t(o = s, n);
  };
}
function Qd(e, t, n) {
  var o, r, i;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === o && l === r ? i : (r = l, i = t(o = s, a)));
  };
}
function ef(e, t, n) {
  var o, r, i;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === o && l === r ? i : (r = l, i = t(o = s, a)));
  };
}
function tf(e, t) {
  var n = ko(e), o = n === "transform" ? Pd : va;
  return this.attrTween(e, typeof t == "function" ? (n.local ? ef : Qd)(n, o, Fr(this, "attr." + e, t)) : t == null ? (n.local ? Kd : qd)(n) : (n.local ? Jd : jd)(n, o, t));
}
function nf(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function of(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function rf(e, t) {
  var n, o;
  function r() {
    var i = t.apply(this, arguments);
    return i !== o && (n = (o = i) && of(e, i)), n;
  }
  return r._value = t, r;
}
function sf(e, t) {
  var n, o;
  function r() {
    var i = t.apply(this, arguments);
    return i !== o && (n = (o = i) && nf(e, i)), n;
  }
  return r._value = t, r;
}
function af(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = ko(e);
  return this.tween(n, (o.local ? rf : sf)(o, t));
}
function lf(e, t) {
  return function() {
    Hr(this, e).delay = +t.apply(this, arguments);
  };
}
function uf(e, t) {
  return t = +t, function() {
    Hr(this, e).delay = t;
  };
}
function cf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? lf : uf)(t, e)) : He(this.node(), t).delay;
}
function df(e, t) {
  return function() {
    Je(this, e).duration = +t.apply(this, arguments);
  };
}
function ff(e, t) {
  return t = +t, function() {
    Je(this, e).duration = t;
  };
}
function hf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? df : ff)(t, e)) : He(this.node(), t).duration;
}
function gf(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    Je(this, e).ease = t;
  };
}
function vf(e) {
  var t = this._id;
  return arguments.length ? this.each(gf(t, e)) : He(this.node(), t).ease;
}
function pf(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    Je(this, e).ease = n;
  };
}
function mf(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(pf(this._id, e));
}
function yf(e) {
  typeof e != "function" && (e = Zs(e));
  for (var t = this._groups, n = t.length, o = new Array(n), r = 0; r < n; ++r)
    for (var i = t[r], s = i.length, a = o[r] = [], l, u = 0; u < s; ++u)
      (l = i[u]) && e.call(l, l.__data__, u, i) && a.push(l);
  return new st(o, this._parents, this._name, this._id);
}
function wf(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, r = n.length, i = Math.min(o, r), s = new Array(o), a = 0; a < i; ++a)
    for (var l = t[a], u = n[a], c = l.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = l[g] || u[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new st(s, this._parents, this._name, this._id);
}
function _f(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function bf(e, t, n) {
  var o, r, i = _f(t) ? Hr : Je;
  return function() {
    var s = i(this, e), a = s.on;
    a !== o && (r = (o = a).copy()).on(t, n), s.on = r;
  };
}
function Ef(e, t) {
  var n = this._id;
  return arguments.length < 2 ? He(this.node(), n).on.on(e) : this.each(bf(n, e, t));
}
function xf(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function $f() {
  return this.on("end.remove", xf(this._id));
}
function Nf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = zr(e));
  for (var o = this._groups, r = o.length, i = new Array(r), s = 0; s < r; ++s)
    for (var a = o[s], l = a.length, u = i[s] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, Mo(u[f], t, n, f, u, He(c, n)));
  return new st(i, this._parents, t, n);
}
function Sf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Us(e));
  for (var o = this._groups, r = o.length, i = [], s = [], a = 0; a < r; ++a)
    for (var l = o[a], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), g, m = He(c, n), y = 0, x = f.length; y < x; ++y)
          (g = f[y]) && Mo(g, t, n, y, f, m);
        i.push(f), s.push(c);
      }
  return new st(i, s, t, n);
}
var kf = Cn.prototype.constructor;
function Cf() {
  return new kf(this._groups, this._parents);
}
function Mf(e, t) {
  var n, o, r;
  return function() {
    var i = Ht(this, e), s = (this.style.removeProperty(e), Ht(this, e));
    return i === s ? null : i === n && s === o ? r : r = t(n = i, o = s);
  };
}
function pa(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function If(e, t, n) {
  var o, r = n + "", i;
  return function() {
    var s = Ht(this, e);
    return s === r ? null : s === o ? i : i = t(o = s, n);
  };
}
function Tf(e, t, n) {
  var o, r, i;
  return function() {
    var s = Ht(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), Ht(this, e))), s === l ? null : s === o && l === r ? i : (r = l, i = t(o = s, a));
  };
}
function Of(e, t) {
  var n, o, r, i = "style." + t, s = "end." + i, a;
  return function() {
    var l = Je(this, e), u = l.on, c = l.value[i] == null ? a || (a = pa(t)) : void 0;
    (u !== n || r !== c) && (o = (n = u).copy()).on(s, r = c), l.on = o;
  };
}
function Df(e, t, n) {
  var o = (e += "") == "transform" ? Dd : va;
  return t == null ? this.styleTween(e, Mf(e, o)).on("end.style." + e, pa(e)) : typeof t == "function" ? this.styleTween(e, Tf(e, o, Fr(this, "style." + e, t))).each(Of(this._id, e)) : this.styleTween(e, If(e, o, t), n).on("end.style." + e, null);
}
function Pf(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Af(e, t, n) {
  var o, r;
  function i() {
    var s = t.apply(this, arguments);
    return s !== r && (o = (r = s) && Pf(e, s, n)), o;
  }
  return i._value = t, i;
}
function zf(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, Af(e, t, n ?? ""));
}
function Rf(e) {
  return function() {
    this.textContent = e;
  };
}
function Bf(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function Vf(e) {
  return this.tween("text", typeof e == "function" ? Bf(Fr(this, "text", e)) : Rf(e == null ? "" : e + ""));
}
function Lf(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function Hf(e) {
  var t, n;
  function o() {
    var r = e.apply(this, arguments);
    return r !== n && (t = (n = r) && Lf(r)), t;
  }
  return o._value = e, o;
}
function Ff(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, Hf(e));
}
function Yf() {
  for (var e = this._name, t = this._id, n = ma(), o = this._groups, r = o.length, i = 0; i < r; ++i)
    for (var s = o[i], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var c = He(l, t);
        Mo(l, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new st(o, this._parents, e, n);
}
function Xf() {
  var e, t, n = this, o = n._id, r = n.size();
  return new Promise(function(i, s) {
    var a = { value: s }, l = { value: function() {
      --r === 0 && i();
    } };
    n.each(function() {
      var u = Je(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), r === 0 && i();
  });
}
var Gf = 0;
function st(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function ma() {
  return ++Gf;
}
var et = Cn.prototype;
st.prototype = {
  constructor: st,
  select: Nf,
  selectAll: Sf,
  selectChild: et.selectChild,
  selectChildren: et.selectChildren,
  filter: yf,
  merge: wf,
  selection: Cf,
  transition: Yf,
  call: et.call,
  nodes: et.nodes,
  node: et.node,
  size: et.size,
  empty: et.empty,
  each: et.each,
  on: Ef,
  attr: tf,
  attrTween: af,
  style: Df,
  styleTween: zf,
  text: Vf,
  textTween: Ff,
  remove: $f,
  tween: Wd,
  delay: cf,
  duration: hf,
  ease: vf,
  easeVarying: mf,
  end: Xf,
  [Symbol.iterator]: et[Symbol.iterator]
};
function Uf(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Zf = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Uf
};
function Wf(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function qf(e) {
  var t, n;
  e instanceof st ? (t = e._id, e = e._name) : (t = ma(), (n = Zf).time = Lr(), e = e == null ? null : e + "");
  for (var o = this._groups, r = o.length, i = 0; i < r; ++i)
    for (var s = o[i], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && Mo(l, e, t, u, s, n || Wf(l, t));
  return new st(o, this._parents, e, t);
}
Cn.prototype.interrupt = Gd;
Cn.prototype.transition = qf;
const Bn = (e) => () => e;
function Kf(e, {
  sourceEvent: t,
  target: n,
  transform: o,
  dispatch: r
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    target: { value: n, enumerable: !0, configurable: !0 },
    transform: { value: o, enumerable: !0, configurable: !0 },
    _: { value: r }
  });
}
function ot(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
ot.prototype = {
  constructor: ot,
  scale: function(e) {
    return e === 1 ? this : new ot(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new ot(this.k, this.x + this.k * e, this.y + this.k * t);
  },
  apply: function(e) {
    return [e[0] * this.k + this.x, e[1] * this.k + this.y];
  },
  applyX: function(e) {
    return e * this.k + this.x;
  },
  applyY: function(e) {
    return e * this.k + this.y;
  },
  invert: function(e) {
    return [(e[0] - this.x) / this.k, (e[1] - this.y) / this.k];
  },
  invertX: function(e) {
    return (e - this.x) / this.k;
  },
  invertY: function(e) {
    return (e - this.y) / this.k;
  },
  rescaleX: function(e) {
    return e.copy().domain(e.range().map(this.invertX, this).map(e.invert, e));
  },
  rescaleY: function(e) {
    return e.copy().domain(e.range().map(this.invertY, this).map(e.invert, e));
  },
  toString: function() {
    return "translate(" + this.x + "," + this.y + ") scale(" + this.k + ")";
  }
};
var Yt = new ot(1, 0, 0);
ot.prototype;
function Uo(e) {
  e.stopImmediatePropagation();
}
function Jt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function jf(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Jf() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Si() {
  return this.__zoom || Yt;
}
function Qf(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function eh() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function th(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], r = e.invertX(t[1][0]) - n[1][0], i = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    r > o ? (o + r) / 2 : Math.min(0, o) || Math.max(0, r),
    s > i ? (i + s) / 2 : Math.min(0, i) || Math.max(0, s)
  );
}
function nh() {
  var e = jf, t = Jf, n = th, o = Qf, r = eh, i = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = Kn, u = So("start", "zoom", "end"), c, d, f, g = 500, m = 150, y = 0, x = 10;
  function w(h) {
    h.property("__zoom", Si).on("wheel.zoom", z, { passive: !1 }).on("mousedown.zoom", Z).on("dblclick.zoom", X).filter(r).on("touchstart.zoom", H).on("touchmove.zoom", S).on("touchend.zoom touchcancel.zoom", U).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  w.transform = function(h, $, v, I) {
    var C = h.selection ? h.selection() : h;
    C.property("__zoom", Si), h !== C ? A(h, $, v, I) : C.interrupt().each(function() {
      V(this, arguments).event(I).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, w.scaleBy = function(h, $, v, I) {
    w.scaleTo(h, function() {
      var C = this.__zoom.k, P = typeof $ == "function" ? $.apply(this, arguments) : $;
      return C * P;
    }, v, I);
  }, w.scaleTo = function(h, $, v, I) {
    w.transform(h, function() {
      var C = t.apply(this, arguments), P = this.__zoom, O = v == null ? b(C) : typeof v == "function" ? v.apply(this, arguments) : v, M = P.invert(O), B = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(p(E(P, B), O, M), C, s);
    }, v, I);
  }, w.translateBy = function(h, $, v, I) {
    w.transform(h, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof v == "function" ? v.apply(this, arguments) : v
      ), t.apply(this, arguments), s);
    }, null, I);
  }, w.translateTo = function(h, $, v, I, C) {
    w.transform(h, function() {
      var P = t.apply(this, arguments), O = this.__zoom, M = I == null ? b(P) : typeof I == "function" ? I.apply(this, arguments) : I;
      return n(Yt.translate(M[0], M[1]).scale(O.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof v == "function" ? -v.apply(this, arguments) : -v
      ), P, s);
    }, I, C);
  };
  function E(h, $) {
    return $ = Math.max(i[0], Math.min(i[1], $)), $ === h.k ? h : new ot($, h.x, h.y);
  }
  function p(h, $, v) {
    var I = $[0] - v[0] * h.k, C = $[1] - v[1] * h.k;
    return I === h.x && C === h.y ? h : new ot(h.k, I, C);
  }
  function b(h) {
    return [(+h[0][0] + +h[1][0]) / 2, (+h[0][1] + +h[1][1]) / 2];
  }
  function A(h, $, v, I) {
    h.on("start.zoom", function() {
      V(this, arguments).event(I).start();
    }).on("interrupt.zoom end.zoom", function() {
      V(this, arguments).event(I).end();
    }).tween("zoom", function() {
      var C = this, P = arguments, O = V(C, P).event(I), M = t.apply(C, P), B = v == null ? b(M) : typeof v == "function" ? v.apply(C, P) : v, L = Math.max(M[1][0] - M[0][0], M[1][1] - M[0][1]), Y = C.__zoom, R = typeof $ == "function" ? $.apply(C, P) : $, G = l(Y.invert(B).concat(L / Y.k), R.invert(B).concat(L / R.k));
      return function(q) {
        if (q === 1)
          q = R;
        else {
          var ee = G(q), ce = L / ee[2];
          q = new ot(ce, B[0] - ee[0] * ce, B[1] - ee[1] * ce);
        }
        O.zoom(null, q);
      };
    });
  }
  function V(h, $, v) {
    return !v && h.__zooming || new F(h, $);
  }
  function F(h, $) {
    this.that = h, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(h, $), this.taps = 0;
  }
  F.prototype = {
    event: function(h) {
      return h && (this.sourceEvent = h), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(h, $) {
      return this.mouse && h !== "mouse" && (this.mouse[1] = $.invert(this.mouse[0])), this.touch0 && h !== "touch" && (this.touch0[1] = $.invert(this.touch0[0])), this.touch1 && h !== "touch" && (this.touch1[1] = $.invert(this.touch1[0])), this.that.__zoom = $, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(h) {
      var $ = ze(this.that).datum();
      u.call(
        h,
        this.that,
        new Kf(h, {
          sourceEvent: this.sourceEvent,
          target: w,
          transform: this.that.__zoom,
          dispatch: u
        }),
        $
      );
    }
  };
  function z(h, ...$) {
    if (!e.apply(this, arguments))
      return;
    var v = V(this, $).event(h), I = this.__zoom, C = Math.max(i[0], Math.min(i[1], I.k * Math.pow(2, o.apply(this, arguments)))), P = Ge(h);
    if (v.wheel)
      (v.mouse[0][0] !== P[0] || v.mouse[0][1] !== P[1]) && (v.mouse[1] = I.invert(v.mouse[0] = P)), clearTimeout(v.wheel);
    else {
      if (I.k === C)
        return;
      v.mouse = [P, I.invert(P)], Qn(this), v.start();
    }
    Jt(h), v.wheel = setTimeout(O, m), v.zoom("mouse", n(p(E(I, C), v.mouse[0], v.mouse[1]), v.extent, s));
    function O() {
      v.wheel = null, v.end();
    }
  }
  function Z(h, ...$) {
    if (f || !e.apply(this, arguments))
      return;
    var v = h.currentTarget, I = V(this, $, !0).event(h), C = ze(h.view).on("mousemove.zoom", B, !0).on("mouseup.zoom", L, !0), P = Ge(h, v), O = h.clientX, M = h.clientY;
    oa(h.view), Uo(h), I.mouse = [P, this.__zoom.invert(P)], Qn(this), I.start();
    function B(Y) {
      if (Jt(Y), !I.moved) {
        var R = Y.clientX - O, G = Y.clientY - M;
        I.moved = R * R + G * G > y;
      }
      I.event(Y).zoom("mouse", n(p(I.that.__zoom, I.mouse[0] = Ge(Y, v), I.mouse[1]), I.extent, s));
    }
    function L(Y) {
      C.on("mousemove.zoom mouseup.zoom", null), ra(Y.view, I.moved), Jt(Y), I.event(Y).end();
    }
  }
  function X(h, ...$) {
    if (e.apply(this, arguments)) {
      var v = this.__zoom, I = Ge(h.changedTouches ? h.changedTouches[0] : h, this), C = v.invert(I), P = v.k * (h.shiftKey ? 0.5 : 2), O = n(p(E(v, P), I, C), t.apply(this, $), s);
      Jt(h), a > 0 ? ze(this).transition().duration(a).call(A, O, I, h) : ze(this).call(w.transform, O, I, h);
    }
  }
  function H(h, ...$) {
    if (e.apply(this, arguments)) {
      var v = h.touches, I = v.length, C = V(this, $, h.changedTouches.length === I).event(h), P, O, M, B;
      for (Uo(h), O = 0; O < I; ++O)
        M = v[O], B = Ge(M, this), B = [B, this.__zoom.invert(B), M.identifier], C.touch0 ? !C.touch1 && C.touch0[2] !== B[2] && (C.touch1 = B, C.taps = 0) : (C.touch0 = B, P = !0, C.taps = 1 + !!c);
      c && (c = clearTimeout(c)), P && (C.taps < 2 && (d = B[0], c = setTimeout(function() {
        c = null;
      }, g)), Qn(this), C.start());
    }
  }
  function S(h, ...$) {
    if (this.__zooming) {
      var v = V(this, $).event(h), I = h.changedTouches, C = I.length, P, O, M, B;
      for (Jt(h), P = 0; P < C; ++P)
        O = I[P], M = Ge(O, this), v.touch0 && v.touch0[2] === O.identifier ? v.touch0[0] = M : v.touch1 && v.touch1[2] === O.identifier && (v.touch1[0] = M);
      if (O = v.that.__zoom, v.touch1) {
        var L = v.touch0[0], Y = v.touch0[1], R = v.touch1[0], G = v.touch1[1], q = (q = R[0] - L[0]) * q + (q = R[1] - L[1]) * q, ee = (ee = G[0] - Y[0]) * ee + (ee = G[1] - Y[1]) * ee;
        O = E(O, Math.sqrt(q / ee)), M = [(L[0] + R[0]) / 2, (L[1] + R[1]) / 2], B = [(Y[0] + G[0]) / 2, (Y[1] + G[1]) / 2];
      } else if (v.touch0)
        M = v.touch0[0], B = v.touch0[1];
      else
        return;
      v.zoom("touch", n(p(O, M, B), v.extent, s));
    }
  }
  function U(h, ...$) {
    if (this.__zooming) {
      var v = V(this, $).event(h), I = h.changedTouches, C = I.length, P, O;
      for (Uo(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), P = 0; P < C; ++P)
        O = I[P], v.touch0 && v.touch0[2] === O.identifier ? delete v.touch0 : v.touch1 && v.touch1[2] === O.identifier && delete v.touch1;
      if (v.touch1 && !v.touch0 && (v.touch0 = v.touch1, delete v.touch1), v.touch0)
        v.touch0[1] = this.__zoom.invert(v.touch0[0]);
      else if (v.end(), v.taps === 2 && (O = Ge(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < x)) {
        var M = ze(this).on("dblclick.zoom");
        M && M.apply(this, arguments);
      }
    }
  }
  return w.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : Bn(+h), w) : o;
  }, w.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : Bn(!!h), w) : e;
  }, w.touchable = function(h) {
    return arguments.length ? (r = typeof h == "function" ? h : Bn(!!h), w) : r;
  }, w.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : Bn([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), w) : t;
  }, w.scaleExtent = function(h) {
    return arguments.length ? (i[0] = +h[0], i[1] = +h[1], w) : [i[0], i[1]];
  }, w.translateExtent = function(h) {
    return arguments.length ? (s[0][0] = +h[0][0], s[1][0] = +h[1][0], s[0][1] = +h[0][1], s[1][1] = +h[1][1], w) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, w.constrain = function(h) {
    return arguments.length ? (n = h, w) : n;
  }, w.duration = function(h) {
    return arguments.length ? (a = +h, w) : a;
  }, w.interpolate = function(h) {
    return arguments.length ? (l = h, w) : l;
  }, w.on = function() {
    var h = u.on.apply(u, arguments);
    return h === u ? w : h;
  }, w.clickDistance = function(h) {
    return arguments.length ? (y = (h = +h) * h, w) : Math.sqrt(y);
  }, w.tapDistance = function(h) {
    return arguments.length ? (x = +h, w) : x;
  }, w;
}
var te = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(te || {}), Yr = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(Yr || {}), _t = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(_t || {}), mt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(mt || {}), ho = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(ho || {}), dn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(dn || {}), ya = /* @__PURE__ */ ((e) => (e.TopLeft = "top-left", e.TopCenter = "top-center", e.TopRight = "top-right", e.BottomLeft = "bottom-left", e.BottomCenter = "bottom-center", e.BottomRight = "bottom-right", e))(ya || {});
const oh = ["INPUT", "SELECT", "TEXTAREA"], rh = typeof document < "u" ? document : null;
function yr(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, r = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, i = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return oh.includes(o?.nodeName) || r || !!i;
}
function ih(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function ki(e, t, n, o) {
  const r = t.replace("+", `
`).replace(`

`, `
+`).split(`
`).map((s) => s.trim().toLowerCase());
  if (r.length === 1)
    return e.toLowerCase() === t.toLowerCase();
  o || n.add(e.toLowerCase());
  const i = r.every(
    (s, a) => n.has(s) && Array.from(n.values())[a] === r[a]
  );
  return o && n.delete(e.toLowerCase()), i;
}
function sh(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = ah(n.code, e);
    return Array.isArray(e) ? e.some((r) => ki(n[o], r, t, n.type === "keyup")) : ki(n[o], e, t, n.type === "keyup");
  };
}
function ah(e, t) {
  return t.includes(e) ? "code" : "key";
}
function fn(e, t) {
  const n = re(() => fe(t?.target) ?? rh), o = pt(fe(e) === !0);
  let r = !1;
  const i = /* @__PURE__ */ new Set();
  let s = l(fe(e));
  me(
    () => fe(e),
    (u, c) => {
      typeof c == "boolean" && typeof u != "boolean" && a(), s = l(u);
    },
    {
      immediate: !0
    }
  ), Xs(["blur", "contextmenu"], a), ui(
    (...u) => s(...u),
    (u) => {
      var c, d;
      const f = fe(t?.actInsideInputWithModifier) ?? !0, g = fe(t?.preventDefault) ?? !1;
      if (r = ih(u), (!r || r && !f) && yr(u))
        return;
      const y = ((d = (c = u.composedPath) == null ? void 0 : c.call(u)) == null ? void 0 : d[0]) || u.target, x = y?.nodeName === "BUTTON" || y?.nodeName === "A";
      !g && (r || !x) && u.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), ui(
    (...u) => s(...u),
    (u) => {
      const c = fe(t?.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!r || r && !c) && yr(u))
          return;
        r = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function a() {
    r = !1, i.clear(), o.value = fe(e) === !0;
  }
  function l(u) {
    return u === null ? (a(), () => !1) : typeof u == "boolean" ? (a(), o.value = u, () => !1) : Array.isArray(u) || typeof u == "string" ? sh(u, i) : u;
  }
  return o;
}
const wa = "vue-flow__node-desc", _a = "vue-flow__edge-desc", lh = "vue-flow__aria-live", ba = ["Enter", " ", "Escape"], Vt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function go(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function vo(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function Io(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function Tt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Ea(e, t) {
  return {
    x: Tt(e.x, t[0][0], t[1][0]),
    y: Tt(e.y, t[0][1], t[1][1])
  };
}
function Ci(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function yt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function St(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !yt(e);
}
function on(e) {
  return St(e) && "computedPosition" in e;
}
function Vn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function uh(e) {
  return Vn(e.width) && Vn(e.height) && Vn(e.x) && Vn(e.y);
}
function ch(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: un({
      width: 0,
      height: 0
    }),
    computedPosition: un({
      z: 0,
      ...e.position
    }),
    // todo: shouldn't be defined initially, as we want to use handleBounds to check if a node was actually initialized or not
    handleBounds: {
      source: [],
      target: []
    },
    draggable: void 0,
    selectable: void 0,
    connectable: void 0,
    focusable: void 0,
    selected: !1,
    dragging: !1,
    resizing: !1,
    initialized: !1,
    isParent: !1,
    position: {
      x: 0,
      y: 0
    },
    data: $e(e.data) ? e.data : {},
    events: un($e(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function xa(e, t, n) {
  var o, r;
  const i = {
    id: e.id.toString(),
    type: e.type ?? t?.type ?? "default",
    source: e.source.toString(),
    target: e.target.toString(),
    sourceHandle: (o = e.sourceHandle) == null ? void 0 : o.toString(),
    targetHandle: (r = e.targetHandle) == null ? void 0 : r.toString(),
    updatable: e.updatable ?? n?.updatable,
    selectable: e.selectable ?? n?.selectable,
    focusable: e.focusable ?? n?.focusable,
    data: $e(e.data) ? e.data : {},
    events: un($e(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? n?.interactionWidth,
    ...n ?? {}
  };
  return Object.assign(t ?? i, e, { id: e.id.toString() });
}
function $a(e, t, n, o) {
  const r = typeof e == "string" ? e : e.id, i = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === r && i.add(a[o]);
  return t.filter((a) => i.has(a.id));
}
function dh(...e) {
  if (e.length === 3) {
    const [i, s, a] = e;
    return $a(i, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((i) => yt(i) && i.source === o).map((i) => n.find((s) => St(s) && s.id === i.target));
}
function fh(...e) {
  if (e.length === 3) {
    const [i, s, a] = e;
    return $a(i, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((i) => yt(i) && i.target === o).map((i) => n.find((s) => St(s) && s.id === i.source));
}
function Na({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function hh(e, t) {
  return t.some(
    (n) => yt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function yn({ x: e, y: t }, { x: n, y: o, zoom: r }) {
  return {
    x: e * r + n,
    y: t * r + o
  };
}
function wn({ x: e, y: t }, { x: n, y: o, zoom: r }, i = !1, s = [1, 1]) {
  const a = {
    x: (e - n) / r,
    y: (t - o) / r
  };
  return i ? To(a, s) : a;
}
function Sa(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function po({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function ka({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function gh(e, t) {
  return ka(Sa(po(e), po(t)));
}
function Xr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Sa(
      t,
      po({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return ka(t);
}
function Ca(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, r = !1) {
  const i = {
    ...wn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: l, selectable: u = !0, hidden: c = !1 } = a, d = l.width ?? a.width ?? null, f = l.height ?? a.height ?? null;
    if (r && !u || c)
      continue;
    const g = vo(i, go(a)), m = d === null || f === null, y = o && g > 0, x = (d ?? 0) * (f ?? 0);
    (m || y || g >= x || a.dragging) && s.push(a);
  }
  return s;
}
function bt(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function zt(e, t) {
  if (typeof e == "number")
    return Math.floor((t - t / (1 + e)) * 0.5);
  if (typeof e == "string" && e.endsWith("px")) {
    const n = Number.parseFloat(e);
    if (!Number.isNaN(n))
      return Math.floor(n);
  }
  if (typeof e == "string" && e.endsWith("%")) {
    const n = Number.parseFloat(e);
    if (!Number.isNaN(n))
      return Math.floor(t * n * 0.01);
  }
  return In(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function vh(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = zt(e, n), r = zt(e, t);
    return {
      top: o,
      right: r,
      bottom: o,
      left: r,
      x: r * 2,
      y: o * 2
    };
  }
  if (typeof e == "object") {
    const o = zt(e.top ?? e.y ?? 0, n), r = zt(e.bottom ?? e.y ?? 0, n), i = zt(e.left ?? e.x ?? 0, t), s = zt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: r, left: i, x: i + s, y: o + r };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function ph(e, t, n, o, r, i) {
  const { x: s, y: a } = yn(e, { x: t, y: n, zoom: o }), { x: l, y: u } = yn(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = r - l, d = i - u;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(c),
    bottom: Math.floor(d)
  };
}
function Mi(e, t, n, o, r, i = 0.1) {
  const s = vh(i, t, n), a = (t - s.x) / e.width, l = (n - s.y) / e.height, u = Math.min(a, l), c = Tt(u, o, r), d = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - d * c, m = n / 2 - f * c, y = ph(e, g, m, c, t, n), x = {
    left: Math.min(y.left - s.left, 0),
    top: Math.min(y.top - s.top, 0),
    right: Math.min(y.right - s.right, 0),
    bottom: Math.min(y.bottom - s.bottom, 0)
  };
  return {
    x: g - x.left + x.right,
    y: m - x.top + x.bottom,
    zoom: c
  };
}
function mh(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function Ma(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : Ma(n, t) : !1;
}
function _n(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function wr(e) {
  const t = e.ctrlKey && bn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Ii(e, t, n) {
  return e < t ? Tt(Math.abs(e - t), 1, t) / t : e > n ? -Tt(Math.abs(e - n), 1, t) / t : 0;
}
function Ia(e, t, n = 15, o = 40) {
  const r = Ii(e.x, o, t.width - o) * n, i = Ii(e.y, o, t.height - o) * n;
  return [r, i];
}
function Zo(e, t) {
  if (t) {
    const n = e.position.x + e.dimensions.width - t.dimensions.width, o = e.position.y + e.dimensions.height - t.dimensions.height;
    if (n > 0 || o > 0 || e.position.x < 0 || e.position.y < 0) {
      let r = {};
      if (typeof t.style == "function" ? r = { ...t.style(t) } : t.style && (r = { ...t.style }), r.width = r.width ?? `${t.dimensions.width}px`, r.height = r.height ?? `${t.dimensions.height}px`, n > 0)
        if (typeof r.width == "string") {
          const i = Number(r.width.replace("px", ""));
          r.width = `${i + n}px`;
        } else
          r.width += n;
      if (o > 0)
        if (typeof r.height == "string") {
          const i = Number(r.height.replace("px", ""));
          r.height = `${i + o}px`;
        } else
          r.height += o;
      if (e.position.x < 0) {
        const i = Math.abs(e.position.x);
        if (t.position.x = t.position.x - i, typeof r.width == "string") {
          const s = Number(r.width.replace("px", ""));
          r.width = `${s + i}px`;
        } else
          r.width += i;
        e.position.x = 0;
      }
      if (e.position.y < 0) {
        const i = Math.abs(e.position.y);
        if (t.position.y = t.position.y - i, typeof r.height == "string") {
          const s = Number(r.height.replace("px", ""));
          r.height = `${s + i}px`;
        } else
          r.height += i;
        e.position.y = 0;
      }
      t.dimensions.width = Number(r.width.toString().replace("px", "")), t.dimensions.height = Number(r.height.toString().replace("px", "")), typeof t.style == "function" ? t.style = (i) => {
        const s = t.style;
        return {
          ...s(i),
          ...r
        };
      } : t.style = {
        ...t.style,
        ...r
      };
    }
  }
}
function Ti(e, t) {
  var n, o;
  const r = e.filter((s) => s.type === "add" || s.type === "remove");
  for (const s of r)
    if (s.type === "add")
      t.findIndex((l) => l.id === s.item.id) === -1 && t.push(s.item);
    else if (s.type === "remove") {
      const a = t.findIndex((l) => l.id === s.id);
      a !== -1 && t.splice(a, 1);
    }
  const i = t.map((s) => s.id);
  for (const s of t)
    for (const a of e)
      if (a.id === s.id)
        switch (a.type) {
          case "select":
            s.selected = a.selected;
            break;
          case "position":
            if (on(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const l = t[i.indexOf(s.parentNode)];
              l && on(l) && Zo(s, l);
            }
            break;
          case "dimensions":
            if (on(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const l = t[i.indexOf(s.parentNode)];
              l && on(l) && (!!l.dimensions.width && !!l.dimensions.height ? Zo(s, l) : Ve(() => {
                Zo(s, l);
              }));
            }
            break;
        }
  return t;
}
function dt(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Oi(e) {
  return {
    item: e,
    type: "add"
  };
}
function Di(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Pi(e, t, n, o, r) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: r || null,
    type: "remove"
  };
}
function ht(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [r, i] of e) {
    const s = t.has(r);
    !(i.selected === void 0 && !s) && i.selected !== s && (n && (i.selected = s), o.push(dt(i.id, s)));
  }
  return o;
}
const Ai = () => {
};
function K(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Ai, o = () => !1;
  const r = () => t.size > 0 || o(), i = (f) => {
    n = f;
  }, s = () => {
    n = Ai;
  }, a = (f) => {
    o = f;
  }, l = () => {
    o = () => !1;
  }, u = (f) => {
    t.delete(f);
  };
  return {
    on: (f) => {
      t.add(f);
      const g = () => u(f);
      return hn(g), { off: g };
    },
    off: u,
    trigger: (f) => {
      const g = [n];
      return r() ? g.push(...t) : e && g.push(e), Promise.allSettled(g.map((m) => m(f)));
    },
    hasListeners: r,
    listeners: t,
    setEmitter: i,
    removeEmitter: s,
    setHasEmitListeners: a,
    removeHasEmitListeners: l
  };
}
function zi(e, t, n) {
  let o = e;
  do {
    if (o && o.matches(t))
      return !0;
    if (o === n)
      return !1;
    o = o.parentElement;
  } while (o);
  return !1;
}
function yh(e, t, n, o) {
  var r, i;
  const s = /* @__PURE__ */ new Map();
  for (const [a, l] of e)
    (l.selected || l.id === o) && (!l.parentNode || !Ma(l, e)) && (l.draggable || t && typeof l.draggable > "u") && e.get(a) && s.set(a, {
      id: l.id,
      position: l.position || { x: 0, y: 0 },
      distance: {
        x: n.x - ((r = l.computedPosition) == null ? void 0 : r.x) || 0,
        y: n.y - ((i = l.computedPosition) == null ? void 0 : i.y) || 0
      },
      from: { x: l.computedPosition.x, y: l.computedPosition.y },
      extent: l.extent,
      parentNode: l.parentNode,
      dimensions: { ...l.dimensions },
      expandParent: l.expandParent
    });
  return Array.from(s.values());
}
function Wo({
  id: e,
  dragItems: t,
  findNode: n
}) {
  const o = [];
  for (const r of t) {
    const i = n(r.id);
    i && o.push(i);
  }
  return [e ? o.find((r) => r.id === e) : o[0], o];
}
function Ta(e) {
  if (Array.isArray(e))
    switch (e.length) {
      case 1:
        return [e[0], e[0], e[0], e[0]];
      case 2:
        return [e[0], e[1], e[0], e[1]];
      case 3:
        return [e[0], e[1], e[2], e[1]];
      case 4:
        return e;
      default:
        return [0, 0, 0, 0];
    }
  return [e, e, e, e];
}
function wh(e, t, n) {
  const [o, r, i, s] = typeof e != "string" ? Ta(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - r,
      n.computedPosition.y + n.dimensions.height - i
    ]
  ] : !1;
}
function _h(e, t, n, o) {
  let r = e.extent || n;
  if ((r === "parent" || !Array.isArray(r) && r?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const i = wh(r, e, o);
      i && (r = i);
    } else
      t(new Se(Ne.NODE_EXTENT_INVALID, e.id)), r = n;
  else if (Array.isArray(r)) {
    const i = o?.computedPosition.x || 0, s = o?.computedPosition.y || 0;
    r = [
      [r[0][0] + i, r[0][1] + s],
      [r[1][0] + i, r[1][1] + s]
    ];
  } else if (r !== "parent" && r?.range && Array.isArray(r.range)) {
    const [i, s, a, l] = Ta(r.padding), u = o?.computedPosition.x || 0, c = o?.computedPosition.y || 0;
    r = [
      [r.range[0][0] + u + l, r.range[0][1] + c + i],
      [r.range[1][0] + u - s, r.range[1][1] + c - a]
    ];
  }
  return r === "parent" ? [
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  ] : r;
}
function bh({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function Gr(e, t, n, o, r) {
  const i = bh(e.dimensions, _h(e, n, o, r)), s = Ea(t, i);
  return {
    position: {
      x: s.x - (r?.computedPosition.x || 0),
      y: s.y - (r?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function Xt(e, t, n = te.Left, o = !1) {
  const r = (t?.x ?? 0) + e.computedPosition.x, i = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Nh(e);
  if (o)
    return { x: r + s / 2, y: i + a / 2 };
  switch (t?.position ?? n) {
    case te.Top:
      return { x: r + s / 2, y: i };
    case te.Right:
      return { x: r + s, y: i + a / 2 };
    case te.Bottom:
      return { x: r + s / 2, y: i + a };
    case te.Left:
      return { x: r, y: i + a / 2 };
  }
}
function Ri(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Eh({
  sourcePos: e,
  targetPos: t,
  sourceWidth: n,
  sourceHeight: o,
  targetWidth: r,
  targetHeight: i,
  width: s,
  height: a,
  viewport: l
}) {
  const u = {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x + n, t.x + r),
    y2: Math.max(e.y + o, t.y + i)
  };
  u.x === u.x2 && (u.x2 += 1), u.y === u.y2 && (u.y2 += 1);
  const c = po({
    x: (0 - l.x) / l.zoom,
    y: (0 - l.y) / l.zoom,
    width: s / l.zoom,
    height: a / l.zoom
  }), d = Math.max(0, Math.min(c.x2, u.x2) - Math.max(c.x, u.x)), f = Math.max(0, Math.min(c.y2, u.y2) - Math.max(c.y, u.y));
  return Math.ceil(d * f) > 0;
}
function xh(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let r = o ? e.zIndex : 0;
  const i = t(e.source), s = t(e.target);
  return !i || !s ? 0 : (n && (r = o ? e.zIndex : Math.max(i.computedPosition.z || 0, s.computedPosition.z || 0)), r);
}
var Ne = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(Ne || {});
const Bi = {
  MISSING_STYLES: () => "It seems that you haven't loaded the necessary styles. Please import '@vue-flow/core/dist/style.css' to ensure that the graph is rendered correctly",
  MISSING_VIEWPORT_DIMENSIONS: () => "The Vue Flow parent container needs a width and a height to render the graph",
  NODE_INVALID: (e) => `Node is invalid
Node: ${e}`,
  NODE_NOT_FOUND: (e) => `Node not found
Node: ${e}`,
  NODE_MISSING_PARENT: (e, t) => `Node is missing a parent
Node: ${e}
Parent: ${t}`,
  NODE_TYPE_MISSING: (e) => `Node type is missing
Type: ${e}`,
  NODE_EXTENT_INVALID: (e) => `Only child nodes can use a parent extent
Node: ${e}`,
  EDGE_INVALID: (e) => `An edge needs a source and a target
Edge: ${e}`,
  EDGE_SOURCE_MISSING: (e, t) => `Edge source is missing
Edge: ${e} 
Source: ${t}`,
  EDGE_TARGET_MISSING: (e, t) => `Edge target is missing
Edge: ${e} 
Target: ${t}`,
  EDGE_TYPE_MISSING: (e) => `Edge type is missing
Type: ${e}`,
  EDGE_SOURCE_TARGET_SAME: (e, t, n) => `Edge source and target are the same
Edge: ${e} 
Source: ${t} 
Target: ${n}`,
  EDGE_SOURCE_TARGET_MISSING: (e, t, n) => `Edge source or target is missing
Edge: ${e} 
Source: ${t} 
Target: ${n}`,
  EDGE_ORPHANED: (e) => `Edge was orphaned (suddenly missing source or target) and has been removed
Edge: ${e}`,
  EDGE_NOT_FOUND: (e) => `Edge not found
Edge: ${e}`,
  // deprecation errors
  USEVUEFLOW_OPTIONS: () => "The options parameter is deprecated and will be removed in the next major version. Please use the id parameter instead"
};
class Se extends Error {
  constructor(t, ...n) {
    var o;
    super((o = Bi[t]) == null ? void 0 : o.call(Bi, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function Ur(e) {
  return "clientX" in e;
}
function $h(e) {
  return "sourceEvent" in e;
}
function We(e, t) {
  const n = Ur(e);
  let o, r;
  return n ? (o = e.clientX, r = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, r = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, r = e.changedTouches[0].clientY) : (o = 0, r = 0), {
    x: o - (t?.left ?? 0),
    y: r - (t?.top ?? 0)
  };
}
const bn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator?.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function Nh(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function To(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Sh = () => !0;
function qo(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function kh(e, t, n) {
  const o = [], r = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const i of t.values())
    vo(r, go(i)) > 0 && o.push(i);
  return o;
}
const Ch = 250;
function Mh(e, t, n, o) {
  var r, i;
  let s = [], a = Number.POSITIVE_INFINITY;
  const l = kh(e, n, t + Ch);
  for (const u of l) {
    const c = [...((r = u.handleBounds) == null ? void 0 : r.source) ?? [], ...((i = u.handleBounds) == null ? void 0 : i.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: g } = Xt(u, d, d.position, !0), m = Math.sqrt((f - e.x) ** 2 + (g - e.y) ** 2);
      m > t || (m < a ? (s = [{ ...d, x: f, y: g }], a = m) : m === a && s.push({ ...d, x: f, y: g }));
    }
  }
  if (!s.length)
    return null;
  if (s.length > 1) {
    const u = o.type === "source" ? "target" : "source";
    return s.find((c) => c.type === u) ?? s[0];
  }
  return s[0];
}
function Vi(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: r,
  fromType: i,
  doc: s,
  lib: a,
  flowId: l,
  isValidConnection: u = Sh
}, c, d, f, g) {
  const m = i === "target", y = t ? s.querySelector(`.${a}-flow__handle[data-id="${l}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x, y: w } = We(e), E = s.elementFromPoint(x, w), p = E?.classList.contains(`${a}-flow__handle`) ? E : y, b = {
    handleDomNode: p,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (p) {
    const A = Oa(void 0, p), V = p.getAttribute("data-nodeid"), F = p.getAttribute("data-handleid"), z = p.classList.contains("connectable"), Z = p.classList.contains("connectableend");
    if (!V || !A)
      return b;
    const X = {
      source: m ? V : o,
      sourceHandle: m ? F : r,
      target: m ? o : V,
      targetHandle: m ? r : F
    };
    b.connection = X;
    const S = z && Z && (n === mt.Strict ? m && A === "source" || !m && A === "target" : V !== o || F !== r);
    b.isValid = S && u(X, {
      nodes: d,
      edges: c,
      sourceNode: f(X.source),
      targetNode: f(X.target)
    }), b.toHandle = Da(V, A, F, g, n, !0);
  }
  return b;
}
function Oa(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function Ih(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function Th(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function Da(e, t, n, o, r, i = !1) {
  var s, a, l;
  const u = o.get(e);
  if (!u)
    return null;
  const c = r === mt.Strict ? (s = u.handleBounds) == null ? void 0 : s[t] : [...((a = u.handleBounds) == null ? void 0 : a.source) ?? [], ...((l = u.handleBounds) == null ? void 0 : l.target) ?? []], d = (n ? c?.find((f) => f.id === n) : c?.[0]) ?? null;
  return d && i ? { ...d, ...Xt(u, d, d.position, !0) } : d;
}
const _r = {
  [te.Left]: te.Right,
  [te.Right]: te.Left,
  [te.Top]: te.Bottom,
  [te.Bottom]: te.Top
}, Oh = ["production", "prod"];
function In(e, ...t) {
  Pa() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function Pa() {
  return !Oh.includes("production");
}
function Li(e, t, n, o, r) {
  const i = t.querySelectorAll(`.vue-flow__handle.${e}`);
  return i?.length ? Array.from(i).map((s) => {
    const a = s.getBoundingClientRect();
    return {
      id: s.getAttribute("data-handleid"),
      type: e,
      nodeId: r,
      position: s.getAttribute("data-handlepos"),
      x: (a.left - n.left) / o,
      y: (a.top - n.top) / o,
      ...Io(s)
    };
  }) : null;
}
function br(e, t, n, o, r, i = !1, s) {
  r.value = !1, e.selected ? (i || e.selected && t) && (o([e]), Ve(() => {
    s.blur();
  })) : n([e]);
}
function $e(e) {
  return typeof W(e) < "u";
}
function Dh(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Se(Ne.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let r;
  return yt(e) ? r = e : r = {
    ...e,
    id: Na(e)
  }, r = xa(r, void 0, o), hh(r, t) ? !1 : r;
}
function Ph(e, t, n, o, r) {
  if (!t.source || !t.target)
    return r(new Se(Ne.EDGE_INVALID, e.id)), !1;
  if (!n)
    return r(new Se(Ne.EDGE_NOT_FOUND, e.id)), !1;
  const { id: i, ...s } = e;
  return {
    ...s,
    id: o ? Na(t) : i,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function Hi(e, t, n) {
  const o = {}, r = [];
  for (let i = 0; i < e.length; ++i) {
    const s = e[i];
    if (!St(s)) {
      n(
        new Se(Ne.NODE_INVALID, s?.id) || `[ID UNKNOWN|INDEX ${i}]`
      );
      continue;
    }
    const a = ch(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), r[i] = a;
  }
  for (const i of r) {
    const s = t(i.parentNode) || r.find((a) => a.id === i.parentNode);
    i.parentNode && !s && n(new Se(Ne.NODE_MISSING_PARENT, i.id, i.parentNode)), (i.parentNode || o[i.id]) && (o[i.id] && (i.isParent = !0), s && (s.isParent = !0));
  }
  return r;
}
function Fi(e, t, n, o, r, i) {
  let s = r;
  const a = o.get(s) || /* @__PURE__ */ new Map();
  o.set(s, a.set(n, t)), s = `${r}-${e}`;
  const l = o.get(s) || /* @__PURE__ */ new Map();
  if (o.set(s, l.set(n, t)), i) {
    s = `${r}-${e}-${i}`;
    const u = o.get(s) || /* @__PURE__ */ new Map();
    o.set(s, u.set(n, t));
  }
}
function Ko(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: r, target: i, sourceHandle: s = null, targetHandle: a = null } = o, l = { edgeId: o.id, source: r, target: i, sourceHandle: s, targetHandle: a }, u = `${r}-${s}--${i}-${a}`, c = `${i}-${a}--${r}-${s}`;
    Fi("source", l, c, e, r, s), Fi("target", l, u, e, i, a);
  }
}
function Yi(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function jo(e, t, n, o, r, i, s, a) {
  const l = [];
  for (const u of e) {
    const c = yt(u) ? u : Dh(u, a, r, i);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      r(new Se(Ne.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      r(new Se(Ne.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      r(new Se(Ne.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: a,
      nodes: s,
      sourceNode: d,
      targetNode: f
    })) {
      r(new Se(Ne.EDGE_INVALID, c.id));
      continue;
    }
    const g = o(c.id);
    l.push({
      ...xa(c, g, i),
      sourceNode: d,
      targetNode: f
    });
  }
  return l;
}
const Xi = /* @__PURE__ */ Symbol("vueFlow"), Aa = /* @__PURE__ */ Symbol("nodeId"), za = /* @__PURE__ */ Symbol("nodeRef"), Ah = /* @__PURE__ */ Symbol("edgeId"), zh = /* @__PURE__ */ Symbol("edgeRef"), Oo = /* @__PURE__ */ Symbol("slots");
function Ra(e) {
  const {
    vueFlowRef: t,
    snapToGrid: n,
    snapGrid: o,
    noDragClassName: r,
    nodeLookup: i,
    nodeExtent: s,
    nodeDragThreshold: a,
    viewport: l,
    autoPanOnNodeDrag: u,
    autoPanSpeed: c,
    nodesDraggable: d,
    panBy: f,
    findNode: g,
    multiSelectionActive: m,
    nodesSelectionActive: y,
    selectNodesOnDrag: x,
    removeSelectedElements: w,
    addSelectedNodes: E,
    updateNodePositions: p,
    emits: b
  } = we(), { onStart: A, onDrag: V, onStop: F, onClick: z, el: Z, disabled: X, id: H, selectable: S, dragHandle: U } = e, h = pt(!1);
  let $ = [], v, I = null, C = { x: void 0, y: void 0 }, P = { x: 0, y: 0 }, O = null, M = !1, B = !1, L = 0, Y = !1;
  const R = Vh(), G = ({ x: se, y: le }) => {
    C = { x: se, y: le };
    let N = !1;
    if ($ = $.map((_) => {
      const k = { x: se - _.distance.x, y: le - _.distance.y }, { computedPosition: D } = Gr(
        _,
        n.value ? To(k, o.value) : k,
        b.error,
        s.value,
        _.parentNode ? g(_.parentNode) : void 0
      );
      return N = N || _.position.x !== D.x || _.position.y !== D.y, _.position = D, _;
    }), B = B || N, !!N && (p($, !0, !0), h.value = !0, O)) {
      const [_, k] = Wo({
        id: H,
        dragItems: $,
        findNode: g
      });
      V({ event: O, node: _, nodes: k });
    }
  }, q = () => {
    if (!I)
      return;
    const [se, le] = Ia(P, I, c.value);
    if (se !== 0 || le !== 0) {
      const N = {
        x: (C.x ?? 0) - se / l.value.zoom,
        y: (C.y ?? 0) - le / l.value.zoom
      };
      f({ x: se, y: le }) && G(N);
    }
    L = requestAnimationFrame(q);
  }, ee = (se, le) => {
    M = !0;
    const N = g(H);
    !x.value && !m.value && N && (N.selected || w()), N && fe(S) && x.value && br(
      N,
      m.value,
      E,
      w,
      y,
      !1,
      le
    );
    const _ = R(se.sourceEvent);
    if (C = _, $ = yh(i.value, d.value, _, H), $.length) {
      const [k, D] = Wo({
        id: H,
        dragItems: $,
        findNode: g
      });
      A({ event: se.sourceEvent, node: k, nodes: D });
    }
  }, ce = (se, le) => {
    var N;
    se.sourceEvent.type === "touchmove" && se.sourceEvent.touches.length > 1 || (B = !1, a.value === 0 && ee(se, le), C = R(se.sourceEvent), I = ((N = t.value) == null ? void 0 : N.getBoundingClientRect()) || null, P = We(se.sourceEvent, I));
  }, ue = (se, le) => {
    const N = R(se.sourceEvent);
    if (!Y && M && u.value && (Y = !0, q()), !M) {
      const _ = N.xSnapped - (C.x ?? 0), k = N.ySnapped - (C.y ?? 0);
      Math.sqrt(_ * _ + k * k) > a.value && ee(se, le);
    }
    (C.x !== N.xSnapped || C.y !== N.ySnapped) && $.length && M && (O = se.sourceEvent, P = We(se.sourceEvent, I), G(N));
  }, he = (se) => {
    let le = !1;
    if (!M && !h.value && !m.value) {
      const N = se.sourceEvent, _ = R(N), k = _.xSnapped - (C.x ?? 0), D = _.ySnapped - (C.y ?? 0), T = Math.sqrt(k * k + D * D);
      T !== 0 && T <= a.value && (z?.(N), le = !0);
    }
    if ($.length && !le) {
      B && (p($, !1, !1), B = !1);
      const [N, _] = Wo({
        id: H,
        dragItems: $,
        findNode: g
      });
      F({ event: se.sourceEvent, node: N, nodes: _ });
    }
    $ = [], h.value = !1, Y = !1, M = !1, C = { x: void 0, y: void 0 }, cancelAnimationFrame(L);
  };
  return me([() => fe(X), Z], ([se, le], N, _) => {
    if (le) {
      const k = ze(le);
      se || (v = ld().on("start", (D) => ce(D, le)).on("drag", (D) => ue(D, le)).on("end", (D) => he(D)).filter((D) => {
        const T = D.target, j = fe(U);
        return !D.button && (!r.value || !zi(T, `.${r.value}`, le) && (!j || zi(T, j, le)));
      }), k.call(v)), _(() => {
        k.on(".drag", null), v && (v.on("start", null), v.on("drag", null), v.on("end", null));
      });
    }
  }), h;
}
function Rh() {
  return {
    doubleClick: K(),
    click: K(),
    mouseEnter: K(),
    mouseMove: K(),
    mouseLeave: K(),
    contextMenu: K(),
    updateStart: K(),
    update: K(),
    updateEnd: K()
  };
}
function Bh(e, t) {
  const n = Rh();
  return n.doubleClick.on((o) => {
    var r, i;
    t.edgeDoubleClick(o), (i = (r = e.events) == null ? void 0 : r.doubleClick) == null || i.call(r, o);
  }), n.click.on((o) => {
    var r, i;
    t.edgeClick(o), (i = (r = e.events) == null ? void 0 : r.click) == null || i.call(r, o);
  }), n.mouseEnter.on((o) => {
    var r, i;
    t.edgeMouseEnter(o), (i = (r = e.events) == null ? void 0 : r.mouseEnter) == null || i.call(r, o);
  }), n.mouseMove.on((o) => {
    var r, i;
    t.edgeMouseMove(o), (i = (r = e.events) == null ? void 0 : r.mouseMove) == null || i.call(r, o);
  }), n.mouseLeave.on((o) => {
    var r, i;
    t.edgeMouseLeave(o), (i = (r = e.events) == null ? void 0 : r.mouseLeave) == null || i.call(r, o);
  }), n.contextMenu.on((o) => {
    var r, i;
    t.edgeContextMenu(o), (i = (r = e.events) == null ? void 0 : r.contextMenu) == null || i.call(r, o);
  }), n.updateStart.on((o) => {
    var r, i;
    t.edgeUpdateStart(o), (i = (r = e.events) == null ? void 0 : r.updateStart) == null || i.call(r, o);
  }), n.update.on((o) => {
    var r, i;
    t.edgeUpdate(o), (i = (r = e.events) == null ? void 0 : r.update) == null || i.call(r, o);
  }), n.updateEnd.on((o) => {
    var r, i;
    t.edgeUpdateEnd(o), (i = (r = e.events) == null ? void 0 : r.updateEnd) == null || i.call(r, o);
  }), Object.entries(n).reduce(
    (o, [r, i]) => (o.emit[r] = i.trigger, o.on[r] = i.on, o),
    { emit: {}, on: {} }
  );
}
function Vh() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = we();
  return (r) => {
    var i;
    const s = ((i = o.value) == null ? void 0 : i.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = $h(r) ? r.sourceEvent : r, { x: l, y: u } = We(a, s), c = wn({ x: l, y: u }, e.value), { x: d, y: f } = n.value ? To(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function Ln() {
  return !0;
}
function Ba({
  handleId: e,
  nodeId: t,
  type: n,
  isValidConnection: o,
  edgeUpdaterType: r,
  onEdgeUpdate: i,
  onEdgeUpdateEnd: s
}) {
  const {
    id: a,
    vueFlowRef: l,
    connectionMode: u,
    connectionRadius: c,
    connectOnClick: d,
    connectionClickStartHandle: f,
    nodesConnectable: g,
    autoPanOnConnect: m,
    autoPanSpeed: y,
    findNode: x,
    panBy: w,
    startConnection: E,
    updateConnection: p,
    endConnection: b,
    emits: A,
    viewport: V,
    edges: F,
    nodes: z,
    isValidConnection: Z,
    nodeLookup: X
  } = we();
  let H = null, S = !1, U = null;
  function h(v) {
    var I;
    const C = fe(n) === "target", P = Ur(v), O = Ci(v.target), M = v.currentTarget;
    if (M && (P && v.button === 0 || !P)) {
      let B = function(ne) {
        N = We(ne, he), G = Mh(
          wn(N, V.value, !1, [1, 1]),
          c.value,
          X.value,
          D
        ), _ || (k(), _ = !0);
        const ae = Vi(
          ne,
          {
            handle: G,
            connectionMode: u.value,
            fromNodeId: fe(t),
            fromHandleId: fe(e),
            fromType: C ? "target" : "source",
            isValidConnection: R,
            doc: O,
            lib: "vue",
            flowId: a,
            nodeLookup: X.value
          },
          F.value,
          z.value,
          x,
          X.value
        );
        U = ae.handleDomNode, H = ae.connection, S = Th(!!G, ae.isValid);
        const de = {
          // from stays the same
          ...oe,
          isValid: S,
          to: ae.toHandle && S ? yn({ x: ae.toHandle.x, y: ae.toHandle.y }, V.value) : N,
          toHandle: ae.toHandle,
          toPosition: S && ae.toHandle ? ae.toHandle.position : _r[D.position],
          toNode: ae.toHandle ? X.value.get(ae.toHandle.nodeId) : null
        };
        if (S && G && oe?.toHandle && de.toHandle && oe.toHandle.type === de.toHandle.type && oe.toHandle.nodeId === de.toHandle.nodeId && oe.toHandle.id === de.toHandle.id && oe.to.x === de.to.x && oe.to.y === de.to.y)
          return;
        const ve = G ?? ae.toHandle;
        if (p(
          ve && S ? yn(
            {
              x: ve.x,
              y: ve.y
            },
            V.value
          ) : N,
          ve,
          Ih(!!ve, S)
        ), oe = de, !G && !S && !U)
          return qo(le);
        H && H.source !== H.target && U && (qo(le), le = U, U.classList.add("connecting", "vue-flow__handle-connecting"), U.classList.toggle("valid", !!S), U.classList.toggle("vue-flow__handle-valid", !!S));
      }, L = function(ne) {
        "touches" in ne && ne.touches.length > 0 || ((G || U) && H && S && (i ? i(ne, H) : A.connect(H)), A.connectEnd(ne), r && s?.(ne), qo(le), cancelAnimationFrame(q), b(ne), _ = !1, S = !1, H = null, U = null, O.removeEventListener("mousemove", B), O.removeEventListener("mouseup", L), O.removeEventListener("touchmove", B), O.removeEventListener("touchend", L));
      };
      const Y = x(fe(t));
      let R = fe(o) || Z.value || Ln;
      !R && Y && (R = (C ? Y.isValidSourcePos : Y.isValidTargetPos) || Ln);
      let G, q = 0;
      const { x: ee, y: ce } = We(v), ue = Oa(fe(r), M), he = (I = l.value) == null ? void 0 : I.getBoundingClientRect();
      if (!he || !ue)
        return;
      const se = Da(fe(t), ue, fe(e), X.value, u.value);
      if (!se)
        return;
      let le, N = We(v, he), _ = !1;
      const k = () => {
        if (!m.value)
          return;
        const [ne, ae] = Ia(N, he, y.value);
        w({ x: ne, y: ae }), q = requestAnimationFrame(k);
      }, D = {
        ...se,
        nodeId: fe(t),
        type: ue,
        position: se.position
      }, T = X.value.get(fe(t)), J = {
        inProgress: !0,
        isValid: null,
        from: Xt(T, D, te.Left, !0),
        fromHandle: D,
        fromPosition: D.position,
        fromNode: T,
        to: N,
        toHandle: null,
        toPosition: _r[D.position],
        toNode: null
      };
      E(
        {
          nodeId: fe(t),
          id: fe(e),
          type: ue,
          position: M?.getAttribute("data-handlepos") || te.Top,
          ...N
        },
        {
          x: ee - he.left,
          y: ce - he.top
        }
      ), A.connectStart({ event: v, nodeId: fe(t), handleId: fe(e), handleType: ue });
      let oe = J;
      O.addEventListener("mousemove", B), O.addEventListener("mouseup", L), O.addEventListener("touchmove", B), O.addEventListener("touchend", L);
    }
  }
  function $(v) {
    var I, C;
    if (!d.value)
      return;
    const P = fe(n) === "target";
    if (!f.value) {
      A.clickConnectStart({ event: v, nodeId: fe(t), handleId: fe(e) }), E(
        {
          nodeId: fe(t),
          type: fe(n),
          id: fe(e),
          position: te.Top,
          ...We(v)
        },
        void 0,
        !0
      );
      return;
    }
    let O = fe(o) || Z.value || Ln;
    const M = x(fe(t));
    if (!O && M && (O = (P ? M.isValidSourcePos : M.isValidTargetPos) || Ln), M && (typeof M.connectable > "u" ? g.value : M.connectable) === !1)
      return;
    const B = Ci(v.target), L = Vi(
      v,
      {
        handle: {
          nodeId: fe(t),
          id: fe(e),
          type: fe(n),
          position: te.Top,
          ...We(v)
        },
        connectionMode: u.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: O,
        doc: B,
        lib: "vue",
        flowId: a,
        nodeLookup: X.value
      },
      F.value,
      z.value,
      x,
      X.value
    ), Y = ((I = L.connection) == null ? void 0 : I.source) === ((C = L.connection) == null ? void 0 : C.target);
    L.isValid && L.connection && !Y && A.connect(L.connection), A.clickConnectEnd(v), b(v, !0);
  }
  return {
    handlePointerDown: h,
    handleClick: $
  };
}
function Lh() {
  return Dt(Aa, "");
}
function Va(e) {
  const t = e ?? Lh() ?? "", n = Dt(za, Ee(null)), { findNode: o, edges: r, emits: i } = we(), s = o(t);
  return s || i.error(new Se(Ne.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: re(() => o(s.parentNode)),
    connectedEdges: re(() => bt([s], r.value))
  };
}
function Hh() {
  return {
    doubleClick: K(),
    click: K(),
    mouseEnter: K(),
    mouseMove: K(),
    mouseLeave: K(),
    contextMenu: K(),
    dragStart: K(),
    drag: K(),
    dragStop: K()
  };
}
function Fh(e, t) {
  const n = Hh();
  return n.doubleClick.on((o) => {
    var r, i;
    t.nodeDoubleClick(o), (i = (r = e.events) == null ? void 0 : r.doubleClick) == null || i.call(r, o);
  }), n.click.on((o) => {
    var r, i;
    t.nodeClick(o), (i = (r = e.events) == null ? void 0 : r.click) == null || i.call(r, o);
  }), n.mouseEnter.on((o) => {
    var r, i;
    t.nodeMouseEnter(o), (i = (r = e.events) == null ? void 0 : r.mouseEnter) == null || i.call(r, o);
  }), n.mouseMove.on((o) => {
    var r, i;
    t.nodeMouseMove(o), (i = (r = e.events) == null ? void 0 : r.mouseMove) == null || i.call(r, o);
  }), n.mouseLeave.on((o) => {
    var r, i;
    t.nodeMouseLeave(o), (i = (r = e.events) == null ? void 0 : r.mouseLeave) == null || i.call(r, o);
  }), n.contextMenu.on((o) => {
    var r, i;
    t.nodeContextMenu(o), (i = (r = e.events) == null ? void 0 : r.contextMenu) == null || i.call(r, o);
  }), n.dragStart.on((o) => {
    var r, i;
    t.nodeDragStart(o), (i = (r = e.events) == null ? void 0 : r.dragStart) == null || i.call(r, o);
  }), n.drag.on((o) => {
    var r, i;
    t.nodeDrag(o), (i = (r = e.events) == null ? void 0 : r.drag) == null || i.call(r, o);
  }), n.dragStop.on((o) => {
    var r, i;
    t.nodeDragStop(o), (i = (r = e.events) == null ? void 0 : r.dragStop) == null || i.call(r, o);
  }), Object.entries(n).reduce(
    (o, [r, i]) => (o.emit[r] = i.trigger, o.on[r] = i.on, o),
    { emit: {}, on: {} }
  );
}
function La() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: r, snapToGrid: i, nodesDraggable: s, emits: a } = we();
  return (l, u = !1) => {
    const c = i.value ? r.value[0] : 5, d = i.value ? r.value[1] : 5, f = u ? 4 : 1, g = l.x * c * f, m = l.y * d * f, y = [];
    for (const x of e.value)
      if (x.draggable || s && typeof x.draggable > "u") {
        const w = { x: x.computedPosition.x + g, y: x.computedPosition.y + m }, { position: E } = Gr(
          x,
          w,
          a.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        y.push({
          id: x.id,
          position: E,
          from: x.position,
          distance: { x: l.x, y: l.y },
          dimensions: x.dimensions
        });
      }
    n(y, !0, !1);
  };
}
const Hn = 0.1, Yh = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function ct() {
  return In("Viewport not initialized yet."), Promise.resolve(!1);
}
const Xh = {
  zoomIn: ct,
  zoomOut: ct,
  zoomTo: ct,
  fitView: ct,
  setCenter: ct,
  fitBounds: ct,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: ct,
  setTransform: ct,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function Gh(e) {
  function t(o, r) {
    return new Promise((i) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? cn : Kn).scaleBy(
        Jo(e.d3Selection, r?.duration, r?.ease, () => {
          i(!0);
        }),
        o
      ) : i(!1);
    });
  }
  function n(o, r, i, s) {
    return new Promise((a) => {
      var l;
      const { x: u, y: c } = Ea({ x: -o, y: -r }, e.translateExtent), d = Yt.translate(-u, -c).scale(i);
      e.d3Selection && e.d3Zoom ? (l = e.d3Zoom) == null || l.interpolate(s?.interpolate === "linear" ? cn : Kn).transform(
        Jo(e.d3Selection, s?.duration, s?.ease, () => {
          a(!0);
        }),
        d
      ) : a(!1);
    });
  }
  return re(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (r) => t(1.2, r),
    zoomOut: (r) => t(1 / 1.2, r),
    zoomTo: (r, i) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? cn : Kn).scaleTo(
        Jo(e.d3Selection, i?.duration, i?.ease, () => {
          s(!0);
        }),
        r
      ) : s(!1);
    }),
    setViewport: (r, i) => n(r.x, r.y, r.zoom, i),
    setTransform: (r, i) => n(r.x, r.y, r.zoom, i),
    getViewport: () => ({
      x: e.viewport.x,
      y: e.viewport.y,
      zoom: e.viewport.zoom
    }),
    getTransform: () => ({
      x: e.viewport.x,
      y: e.viewport.y,
      zoom: e.viewport.zoom
    }),
    fitView: (r = {
      padding: Hn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var i, s;
      const a = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && (r?.includeHiddenNodes || !f.hidden) && (!((i = r.nodes) != null && i.length) || (s = r.nodes) != null && s.length && r.nodes.includes(f.id)) && a.push(f);
      if (!a.length)
        return Promise.resolve(!1);
      const l = Xr(a), { x: u, y: c, zoom: d } = Mi(
        l,
        e.dimensions.width,
        e.dimensions.height,
        r.minZoom ?? e.minZoom,
        r.maxZoom ?? e.maxZoom,
        r.padding ?? Hn
      );
      return n(u, c, d, r);
    },
    setCenter: (r, i, s) => {
      const a = typeof s?.zoom < "u" ? s.zoom : e.maxZoom, l = e.dimensions.width / 2 - r * a, u = e.dimensions.height / 2 - i * a;
      return n(l, u, a, s);
    },
    fitBounds: (r, i = { padding: Hn }) => {
      const { x: s, y: a, zoom: l } = Mi(
        r,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        i.padding ?? Hn
      );
      return n(s, a, l, i);
    },
    project: (r) => wn(r, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (r) => {
      if (e.vueFlowRef) {
        const { x: i, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: r.x - i,
          y: r.y - s
        };
        return wn(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (r) => {
      if (e.vueFlowRef) {
        const { x: i, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: r.x + i,
          y: r.y + s
        };
        return yn(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : Xh);
}
function Jo(e, t = 0, n = Yh, o = () => {
}) {
  const r = typeof t == "number" && t > 0;
  return r || o(), r ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function Uh(e, t, n) {
  const o = Vs(!0);
  return o.run(() => {
    const r = () => {
      o.run(() => {
        let y, x, w = !!(n.nodes.value.length || n.edges.value.length);
        y = At([e.modelValue, () => {
          var E, p;
          return (p = (E = e.modelValue) == null ? void 0 : E.value) == null ? void 0 : p.length;
        }], ([E]) => {
          E && Array.isArray(E) && (x?.pause(), n.setElements(E), !x && !w && E.length ? w = !0 : x?.resume());
        }), x = At(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([E, p]) => {
            var b;
            (b = e.modelValue) != null && b.value && Array.isArray(e.modelValue.value) && (y?.pause(), e.modelValue.value = [...E, ...p], Ve(() => {
              y?.resume();
            }));
          },
          { immediate: w }
        ), Wn(() => {
          y?.stop(), x?.stop();
        });
      });
    }, i = () => {
      o.run(() => {
        let y, x, w = !!n.nodes.value.length;
        y = At([e.nodes, () => {
          var E, p;
          return (p = (E = e.nodes) == null ? void 0 : E.value) == null ? void 0 : p.length;
        }], ([E]) => {
          E && Array.isArray(E) && (x?.pause(), n.setNodes(E), !x && !w && E.length ? w = !0 : x?.resume());
        }), x = At(
          [n.nodes, () => n.nodes.value.length],
          ([E]) => {
            var p;
            (p = e.nodes) != null && p.value && Array.isArray(e.nodes.value) && (y?.pause(), e.nodes.value = [...E], Ve(() => {
              y?.resume();
            }));
          },
          { immediate: w }
        ), Wn(() => {
          y?.stop(), x?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let y, x, w = !!n.edges.value.length;
        y = At([e.edges, () => {
          var E, p;
          return (p = (E = e.edges) == null ? void 0 : E.value) == null ? void 0 : p.length;
        }], ([E]) => {
          E && Array.isArray(E) && (x?.pause(), n.setEdges(E), !x && !w && E.length ? w = !0 : x?.resume());
        }), x = At(
          [n.edges, () => n.edges.value.length],
          ([E]) => {
            var p;
            (p = e.edges) != null && p.value && Array.isArray(e.edges.value) && (y?.pause(), e.edges.value = [...E], Ve(() => {
              y?.resume();
            }));
          },
          { immediate: w }
        ), Wn(() => {
          y?.stop(), x?.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        me(
          () => t.maxZoom,
          () => {
            t.maxZoom && $e(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, l = () => {
      o.run(() => {
        me(
          () => t.minZoom,
          () => {
            t.minZoom && $e(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, u = () => {
      o.run(() => {
        me(
          () => t.translateExtent,
          () => {
            t.translateExtent && $e(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        me(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && $e(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        me(
          () => t.applyDefault,
          () => {
            $e(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const y = async (x) => {
          let w = x;
          typeof t.autoConnect == "function" && (w = await t.autoConnect(x)), w !== !1 && n.addEdges([w]);
        };
        me(
          () => t.autoConnect,
          () => {
            $e(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), me(
          n.autoConnect,
          (x, w, E) => {
            x ? n.onConnect(y) : n.hooks.value.connect.off(y), E(() => {
              n.hooks.value.connect.off(y);
            });
          },
          { immediate: !0 }
        );
      });
    }, g = () => {
      const y = [
        "id",
        "modelValue",
        "translateExtent",
        "nodeExtent",
        "edges",
        "nodes",
        "maxZoom",
        "minZoom",
        "applyDefault",
        "autoConnect"
      ];
      for (const x of Object.keys(t)) {
        const w = x;
        if (!y.includes(w)) {
          const E = ge(() => t[w]), p = n[w];
          Pr(p) && o.run(() => {
            me(
              E,
              (b) => {
                $e(b) && (p.value = b);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    r(), i(), s(), l(), a(), u(), c(), d(), f(), g();
  }), () => o.stop();
}
function Zh() {
  return {
    edgesChange: K(),
    nodesChange: K(),
    nodeDoubleClick: K(),
    nodeClick: K(),
    nodeMouseEnter: K(),
    nodeMouseMove: K(),
    nodeMouseLeave: K(),
    nodeContextMenu: K(),
    nodeDragStart: K(),
    nodeDrag: K(),
    nodeDragStop: K(),
    nodesInitialized: K(),
    miniMapNodeClick: K(),
    miniMapNodeDoubleClick: K(),
    miniMapNodeMouseEnter: K(),
    miniMapNodeMouseMove: K(),
    miniMapNodeMouseLeave: K(),
    connect: K(),
    connectStart: K(),
    connectEnd: K(),
    clickConnectStart: K(),
    clickConnectEnd: K(),
    paneReady: K(),
    init: K(),
    move: K(),
    moveStart: K(),
    moveEnd: K(),
    selectionDragStart: K(),
    selectionDrag: K(),
    selectionDragStop: K(),
    selectionContextMenu: K(),
    selectionStart: K(),
    selectionEnd: K(),
    viewportChangeStart: K(),
    viewportChange: K(),
    viewportChangeEnd: K(),
    paneScroll: K(),
    paneClick: K(),
    paneContextMenu: K(),
    paneMouseEnter: K(),
    paneMouseMove: K(),
    paneMouseLeave: K(),
    edgeContextMenu: K(),
    edgeMouseEnter: K(),
    edgeMouseMove: K(),
    edgeMouseLeave: K(),
    edgeDoubleClick: K(),
    edgeClick: K(),
    edgeUpdateStart: K(),
    edgeUpdate: K(),
    edgeUpdateEnd: K(),
    updateNodeInternals: K(),
    error: K((e) => In(e.message))
  };
}
function Wh(e, t) {
  const n = qt();
  tu(() => {
    for (const [r, i] of Object.entries(t.value)) {
      const s = (a) => {
        e(r, a);
      };
      i.setEmitter(s), hn(i.removeEmitter), i.setHasEmitListeners(() => o(r)), hn(i.removeHasEmitListeners);
    }
  });
  function o(r) {
    var i;
    const s = qh(r);
    return !!((i = n?.vnode.props) == null ? void 0 : i[s]);
  }
}
function qh(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (r, i) => i.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function Ha() {
  return {
    vueFlowRef: null,
    viewportRef: null,
    nodes: [],
    edges: [],
    connectionLookup: /* @__PURE__ */ new Map(),
    nodeTypes: {},
    edgeTypes: {},
    initialized: !1,
    dimensions: {
      width: 0,
      height: 0
    },
    viewport: { x: 0, y: 0, zoom: 1 },
    d3Zoom: null,
    d3Selection: null,
    d3ZoomHandler: null,
    minZoom: 0.5,
    maxZoom: 2,
    translateExtent: [
      [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    ],
    nodeExtent: [
      [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    ],
    selectionMode: Yr.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: dn.Free,
    paneClickDistance: 0,
    panOnDrag: !0,
    edgeUpdaterRadius: 10,
    onlyRenderVisibleElements: !1,
    defaultViewport: { x: 0, y: 0, zoom: 1 },
    nodesSelectionActive: !1,
    userSelectionActive: !1,
    userSelectionRect: null,
    defaultMarkerColor: "#b1b1b7",
    connectionLineStyle: {},
    connectionLineType: null,
    connectionLineOptions: {
      type: _t.Bezier,
      style: {}
    },
    connectionMode: mt.Loose,
    connectionStartHandle: null,
    connectionEndHandle: null,
    connectionClickStartHandle: null,
    connectionPosition: { x: Number.NaN, y: Number.NaN },
    connectionRadius: 20,
    connectOnClick: !0,
    connectionStatus: null,
    isValidConnection: null,
    snapGrid: [15, 15],
    snapToGrid: !1,
    edgesUpdatable: !1,
    edgesFocusable: !0,
    nodesFocusable: !0,
    nodesConnectable: !0,
    nodesDraggable: !0,
    nodeDragThreshold: 1,
    elementsSelectable: !0,
    selectNodesOnDrag: !0,
    multiSelectionActive: !1,
    selectionKeyCode: "Shift",
    multiSelectionKeyCode: bn() ? "Meta" : "Control",
    zoomActivationKeyCode: bn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: Zh(),
    applyDefault: !0,
    autoConnect: !1,
    fitViewOnInit: !1,
    fitViewOnInitDone: !1,
    noDragClassName: "nodrag",
    noWheelClassName: "nowheel",
    noPanClassName: "nopan",
    defaultEdgeOptions: void 0,
    elevateEdgesOnSelect: !1,
    elevateNodesOnSelect: !0,
    autoPanOnNodeDrag: !0,
    autoPanOnConnect: !0,
    autoPanSpeed: 15,
    disableKeyboardA11y: !1,
    ariaLiveMessage: ""
  };
}
const Kh = [
  "id",
  "vueFlowRef",
  "viewportRef",
  "initialized",
  "modelValue",
  "nodes",
  "edges",
  "maxZoom",
  "minZoom",
  "translateExtent",
  "hooks",
  "defaultEdgeOptions"
];
function jh(e, t, n) {
  const o = Gh(e), r = (N) => {
    const _ = N ?? [];
    e.hooks.updateNodeInternals.trigger(_);
  }, i = (N) => fh(N, e.nodes, e.edges), s = (N) => dh(N, e.nodes, e.edges), a = (N) => bt(N, e.edges), l = ({ id: N, type: _, nodeId: k }) => {
    var D;
    const T = N ? `-${_}-${N}` : `-${_}`;
    return Array.from(((D = e.connectionLookup.get(`${k}${T}`)) == null ? void 0 : D.values()) ?? []);
  }, u = (N) => {
    if (N)
      return t.value.get(N);
  }, c = (N) => {
    if (N)
      return n.value.get(N);
  }, d = (N, _, k) => {
    var D, T;
    const j = [];
    for (const J of N) {
      const oe = {
        id: J.id,
        type: "position",
        dragging: k,
        from: J.from
      };
      if (_ && (oe.position = J.position, J.parentNode)) {
        const ne = u(J.parentNode);
        oe.position = {
          x: oe.position.x - (((D = ne?.computedPosition) == null ? void 0 : D.x) ?? 0),
          y: oe.position.y - (((T = ne?.computedPosition) == null ? void 0 : T.y) ?? 0)
        };
      }
      j.push(oe);
    }
    j?.length && e.hooks.nodesChange.trigger(j);
  }, f = (N) => {
    if (!e.vueFlowRef)
      return;
    const _ = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!_)
      return;
    const k = window.getComputedStyle(_), { m22: D } = new window.DOMMatrixReadOnly(k.transform), T = [];
    for (const j of N) {
      const J = j, oe = u(J.id);
      if (oe) {
        const ne = Io(J.nodeElement);
        if (!!(ne.width && ne.height && (oe.dimensions.width !== ne.width || oe.dimensions.height !== ne.height || J.forceUpdate))) {
          const de = J.nodeElement.getBoundingClientRect();
          oe.dimensions = ne, oe.handleBounds.source = Li("source", J.nodeElement, de, D, oe.id), oe.handleBounds.target = Li("target", J.nodeElement, de, D, oe.id), T.push({
            id: oe.id,
            type: "dimensions",
            dimensions: ne
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), T.length && e.hooks.nodesChange.trigger(T);
  }, g = (N, _) => {
    const k = /* @__PURE__ */ new Set(), D = /* @__PURE__ */ new Set();
    for (const J of N)
      St(J) ? k.add(J.id) : yt(J) && D.add(J.id);
    const T = ht(t.value, k, !0), j = ht(n.value, D);
    if (e.multiSelectionActive) {
      for (const J of k)
        T.push(dt(J, _));
      for (const J of D)
        j.push(dt(J, _));
    }
    T.length && e.hooks.nodesChange.trigger(T), j.length && e.hooks.edgesChange.trigger(j);
  }, m = (N) => {
    if (e.multiSelectionActive) {
      const _ = N.map((k) => dt(k.id, !0));
      e.hooks.nodesChange.trigger(_);
      return;
    }
    e.hooks.nodesChange.trigger(ht(t.value, new Set(N.map((_) => _.id)), !0)), e.hooks.edgesChange.trigger(ht(n.value));
  }, y = (N) => {
    if (e.multiSelectionActive) {
      const _ = N.map((k) => dt(k.id, !0));
      e.hooks.edgesChange.trigger(_);
      return;
    }
    e.hooks.edgesChange.trigger(ht(n.value, new Set(N.map((_) => _.id)))), e.hooks.nodesChange.trigger(ht(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (N) => {
    g(N, !0);
  }, w = (N) => {
    const k = (N || e.nodes).map((D) => (D.selected = !1, dt(D.id, !1)));
    e.hooks.nodesChange.trigger(k);
  }, E = (N) => {
    const k = (N || e.edges).map((D) => (D.selected = !1, dt(D.id, !1)));
    e.hooks.edgesChange.trigger(k);
  }, p = (N) => {
    if (!N || !N.length)
      return g([], !1);
    const _ = N.reduce(
      (k, D) => {
        const T = dt(D.id, !1);
        return St(D) ? k.nodes.push(T) : k.edges.push(T), k;
      },
      { nodes: [], edges: [] }
    );
    _.nodes.length && e.hooks.nodesChange.trigger(_.nodes), _.edges.length && e.hooks.edgesChange.trigger(_.edges);
  }, b = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([N, e.maxZoom]), e.minZoom = N;
  }, A = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([e.minZoom, N]), e.maxZoom = N;
  }, V = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.translateExtent(N), e.translateExtent = N;
  }, F = (N) => {
    e.nodeExtent = N, r();
  }, z = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.clickDistance(N);
  }, Z = (N) => {
    e.nodesDraggable = N, e.nodesConnectable = N, e.elementsSelectable = N;
  }, X = (N) => {
    const _ = N instanceof Function ? N(e.nodes) : N;
    !e.initialized && !_.length || (e.nodes = Hi(_, u, e.hooks.error.trigger));
  }, H = (N) => {
    const _ = N instanceof Function ? N(e.edges) : N;
    if (!e.initialized && !_.length)
      return;
    const k = jo(
      _,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    Ko(e.connectionLookup, n.value, k), e.edges = k;
  }, S = (N) => {
    const _ = N instanceof Function ? N([...e.nodes, ...e.edges]) : N;
    !e.initialized && !_.length || (X(_.filter(St)), H(_.filter(yt)));
  }, U = (N) => {
    let _ = N instanceof Function ? N(e.nodes) : N;
    _ = Array.isArray(_) ? _ : [_];
    const k = Hi(_, u, e.hooks.error.trigger), D = [];
    for (const T of k)
      D.push(Oi(T));
    D.length && e.hooks.nodesChange.trigger(D);
  }, h = (N) => {
    let _ = N instanceof Function ? N(e.edges) : N;
    _ = Array.isArray(_) ? _ : [_];
    const k = jo(
      _,
      e.isValidConnection,
      u,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), D = [];
    for (const T of k)
      D.push(Oi(T));
    D.length && e.hooks.edgesChange.trigger(D);
  }, $ = (N, _ = !0, k = !1) => {
    const D = N instanceof Function ? N(e.nodes) : N, T = Array.isArray(D) ? D : [D], j = [], J = [];
    function oe(ae) {
      const de = a(ae);
      for (const ve of de)
        (!$e(ve.deletable) || ve.deletable) && J.push(Pi(ve.id, ve.source, ve.target, ve.sourceHandle, ve.targetHandle));
    }
    function ne(ae) {
      const de = [];
      for (const ve of e.nodes)
        ve.parentNode === ae && de.push(ve);
      if (de.length) {
        for (const ve of de)
          j.push(Di(ve.id));
        _ && oe(de);
        for (const ve of de)
          ne(ve.id);
      }
    }
    for (const ae of T) {
      const de = typeof ae == "string" ? u(ae) : ae;
      de && ($e(de.deletable) && !de.deletable || (j.push(Di(de.id)), _ && oe([de]), k && ne(de.id)));
    }
    J.length && e.hooks.edgesChange.trigger(J), j.length && e.hooks.nodesChange.trigger(j);
  }, v = (N) => {
    const _ = N instanceof Function ? N(e.edges) : N, k = Array.isArray(_) ? _ : [_], D = [];
    for (const T of k) {
      const j = typeof T == "string" ? c(T) : T;
      j && ($e(j.deletable) && !j.deletable || D.push(
        Pi(
          typeof T == "string" ? T : T.id,
          j.source,
          j.target,
          j.sourceHandle,
          j.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(D);
  }, I = (N, _, k = !0) => {
    const D = c(N.id);
    if (!D)
      return !1;
    const T = e.edges.indexOf(D), j = Ph(N, _, D, k, e.hooks.error.trigger);
    if (j) {
      const [J] = jo(
        [j],
        e.isValidConnection,
        u,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((oe, ne) => ne === T ? J : oe), Ko(e.connectionLookup, n.value, [J]), J;
    }
    return !1;
  }, C = (N, _, k = { replace: !1 }) => {
    const D = c(N);
    if (!D)
      return;
    const T = typeof _ == "function" ? _(D) : _;
    D.data = k.replace ? T : { ...D.data, ...T };
  }, P = (N) => Ti(N, e.nodes), O = (N) => {
    const _ = Ti(N, e.edges);
    return Ko(e.connectionLookup, n.value, _), _;
  }, M = (N, _, k = { replace: !1 }) => {
    const D = u(N);
    if (!D)
      return;
    const T = typeof _ == "function" ? _(D) : _;
    k.replace ? e.nodes.splice(e.nodes.indexOf(D), 1, T) : Object.assign(D, T);
  }, B = (N, _, k = { replace: !1 }) => {
    const D = u(N);
    if (!D)
      return;
    const T = typeof _ == "function" ? _(D) : _;
    D.data = k.replace ? T : { ...D.data, ...T };
  }, L = (N, _, k = !1) => {
    k ? e.connectionClickStartHandle = N : e.connectionStartHandle = N, e.connectionEndHandle = null, e.connectionStatus = null, _ && (e.connectionPosition = _);
  }, Y = (N, _ = null, k = null) => {
    e.connectionStartHandle && (e.connectionPosition = N, e.connectionEndHandle = _, e.connectionStatus = k);
  }, R = (N, _) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, _ ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, G = (N) => {
    const _ = uh(N), k = _ ? null : on(N) ? N : u(N.id);
    return !_ && !k ? [null, null, _] : [_ ? N : go(k), k, _];
  }, q = (N, _ = !0, k = e.nodes) => {
    const [D, T, j] = G(N);
    if (!D)
      return [];
    const J = [];
    for (const oe of k || e.nodes) {
      if (!j && (oe.id === T.id || !oe.computedPosition))
        continue;
      const ne = go(oe), ae = vo(ne, D);
      (_ && ae > 0 || ae >= ne.width * ne.height || ae >= Number(D.width) * Number(D.height)) && J.push(oe);
    }
    return J;
  }, ee = (N, _, k = !0) => {
    const [D] = G(N);
    if (!D)
      return !1;
    const T = vo(D, _);
    return k && T > 0 || T >= Number(D.width) * Number(D.height);
  }, ce = (N) => {
    const { viewport: _, dimensions: k, d3Zoom: D, d3Selection: T, translateExtent: j } = e;
    if (!D || !T || !N.x && !N.y)
      return !1;
    const J = Yt.translate(_.x + N.x, _.y + N.y).scale(_.zoom), oe = [
      [0, 0],
      [k.width, k.height]
    ], ne = D.constrain()(J, oe, j), ae = e.viewport.x !== ne.x || e.viewport.y !== ne.y || e.viewport.zoom !== ne.k;
    return D.transform(T, ne), ae;
  }, ue = (N) => {
    const _ = N instanceof Function ? N(e) : N, k = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    $e(_.defaultEdgeOptions) && (e.defaultEdgeOptions = _.defaultEdgeOptions);
    const D = _.modelValue || _.nodes || _.edges ? [] : void 0;
    D && (_.modelValue && D.push(..._.modelValue), _.nodes && D.push(..._.nodes), _.edges && D.push(..._.edges), S(D));
    const T = () => {
      $e(_.maxZoom) && A(_.maxZoom), $e(_.minZoom) && b(_.minZoom), $e(_.translateExtent) && V(_.translateExtent);
    };
    for (const j of Object.keys(_)) {
      const J = j, oe = _[J];
      ![...Kh, ...k].includes(J) && $e(oe) && (e[J] = oe);
    }
    ur(() => e.d3Zoom).not.toBeNull().then(T), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: S,
    setNodes: X,
    setEdges: H,
    addNodes: U,
    addEdges: h,
    removeNodes: $,
    removeEdges: v,
    findNode: u,
    findEdge: c,
    updateEdge: I,
    updateEdgeData: C,
    updateNode: M,
    updateNodeData: B,
    applyEdgeChanges: O,
    applyNodeChanges: P,
    addSelectedElements: x,
    addSelectedNodes: m,
    addSelectedEdges: y,
    setMinZoom: b,
    setMaxZoom: A,
    setTranslateExtent: V,
    setNodeExtent: F,
    setPaneClickDistance: z,
    removeSelectedElements: p,
    removeSelectedNodes: w,
    removeSelectedEdges: E,
    startConnection: L,
    updateConnection: Y,
    endConnection: R,
    setInteractive: Z,
    setState: ue,
    getIntersectingNodes: q,
    getIncomers: i,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: l,
    isNodeIntersecting: ee,
    panBy: ce,
    fitView: (N) => o.value.fitView(N),
    zoomIn: (N) => o.value.zoomIn(N),
    zoomOut: (N) => o.value.zoomOut(N),
    zoomTo: (N, _) => o.value.zoomTo(N, _),
    setViewport: (N, _) => o.value.setViewport(N, _),
    setTransform: (N, _) => o.value.setTransform(N, _),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (N, _, k) => o.value.setCenter(N, _, k),
    fitBounds: (N, _) => o.value.fitBounds(N, _),
    project: (N) => o.value.project(N),
    screenToFlowCoordinate: (N) => o.value.screenToFlowCoordinate(N),
    flowToScreenCoordinate: (N) => o.value.flowToScreenCoordinate(N),
    toObject: () => {
      const N = [], _ = [];
      for (const k of e.nodes) {
        const {
          computedPosition: D,
          handleBounds: T,
          selected: j,
          dimensions: J,
          isParent: oe,
          resizing: ne,
          dragging: ae,
          events: de,
          ...ve
        } = k;
        N.push(ve);
      }
      for (const k of e.edges) {
        const { selected: D, sourceNode: T, targetNode: j, events: J, ...oe } = k;
        _.push(oe);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: N,
          edges: _,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (N) => new Promise((_) => {
      const { nodes: k, edges: D, position: T, zoom: j, viewport: J } = N;
      k && X(k), D && H(D);
      const [oe, ne] = J?.x && J?.y ? [J.x, J.y] : T ?? [null, null];
      if (oe && ne) {
        const ae = J?.zoom || j || e.viewport.zoom;
        return ur(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: oe,
            y: ne,
            zoom: ae
          }).then(() => {
            _(!0);
          });
        });
      } else
        _(!0);
    }),
    updateNodeInternals: r,
    viewportHelper: o,
    $reset: () => {
      const N = Ha();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const _ = Yt.translate(N.defaultViewport.x ?? 0, N.defaultViewport.y ?? 0).scale(Tt(N.defaultViewport.zoom ?? 1, N.minZoom, N.maxZoom)), k = e.viewportRef.getBoundingClientRect(), D = [
          [0, 0],
          [k.width, k.height]
        ], T = e.d3Zoom.constrain()(_, D, N.translateExtent);
        e.d3Zoom.transform(e.d3Selection, T);
      }
      ue(N);
    },
    $destroy: () => {
    }
  };
}
const Jh = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], Qh = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, Gt = /* @__PURE__ */ ye({
  ...Qh,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => te.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = eu(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = ge(() => n.type ?? "source"), r = ge(() => n.isValidConnection ?? null), {
      id: i,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: l,
      vueFlowRef: u,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = we(), { id: g, node: m, nodeEl: y, connectedEdges: x } = Va(), w = Ee(), E = ge(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), p = ge(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), b = ge(
      () => {
        var H, S, U, h, $, v;
        return ((H = s.value) == null ? void 0 : H.nodeId) === g && ((S = s.value) == null ? void 0 : S.id) === e.id && ((U = s.value) == null ? void 0 : U.type) === o.value || ((h = l.value) == null ? void 0 : h.nodeId) === g && (($ = l.value) == null ? void 0 : $.id) === e.id && ((v = l.value) == null ? void 0 : v.type) === o.value;
      }
    ), A = ge(
      () => {
        var H, S, U;
        return ((H = a.value) == null ? void 0 : H.nodeId) === g && ((S = a.value) == null ? void 0 : S.id) === e.id && ((U = a.value) == null ? void 0 : U.type) === o.value;
      }
    ), { handlePointerDown: V, handleClick: F } = Ba({
      nodeId: g,
      handleId: e.id,
      isValidConnection: r,
      type: o
    }), z = re(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((H) => {
      const S = H[`${o.value}Handle`];
      return H[o.value] !== g ? !1 : S ? S === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((H) => {
      const S = H[`${o.value}Handle`];
      return H[o.value] !== g ? !1 : S ? S === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(m, x.value) : $e(e.connectable) ? e.connectable : c.value);
    lt(() => {
      var H;
      if (!m.dimensions.width || !m.dimensions.height)
        return;
      const S = (H = m.handleBounds[o.value]) == null ? void 0 : H.find((P) => P.id === e.id);
      if (!u.value || S)
        return;
      const U = u.value.querySelector(".vue-flow__transformationpane");
      if (!y.value || !w.value || !U || !e.id)
        return;
      const h = y.value.getBoundingClientRect(), $ = w.value.getBoundingClientRect(), v = window.getComputedStyle(U), { m22: I } = new window.DOMMatrixReadOnly(v.transform), C = {
        id: e.id,
        position: e.position,
        x: ($.left - h.left) / I,
        y: ($.top - h.top) / I,
        type: o.value,
        nodeId: g,
        ...Io(w.value)
      };
      m.handleBounds[o.value] = [...m.handleBounds[o.value] ?? [], C];
    });
    function Z(H) {
      const S = Ur(H);
      z.value && E.value && (S && H.button === 0 || !S) && V(H);
    }
    function X(H) {
      !g || !a.value && !E.value || z.value && F(H);
    }
    return t({
      handleClick: F,
      handlePointerDown: V,
      onClick: X,
      onPointerDown: Z
    }), (H, S) => (Q(), ie("div", {
      ref_key: "handle",
      ref: w,
      "data-id": `${W(i)}-${W(g)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": W(g),
      "data-handlepos": H.position,
      class: Le(["vue-flow__handle", [
        `vue-flow__handle-${H.position}`,
        `vue-flow__handle-${e.id}`,
        W(d),
        W(f),
        o.value,
        {
          connectable: z.value,
          connecting: A.value,
          connectablestart: E.value,
          connectableend: p.value,
          connectionindicator: z.value && (E.value && !b.value || p.value && b.value)
        }
      ]]),
      onMousedown: Z,
      onTouchstartPassive: Z,
      onClick: X
    }, [
      be(H.$slots, "default", { id: H.id })
    ], 42, Jh));
  }
}), Do = function({
  sourcePosition: e = te.Bottom,
  targetPosition: t = te.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: r,
  isValidSourcePos: i,
  data: s
}) {
  const a = s.label ?? n;
  return [
    pe(Gt, { type: "target", position: t, connectable: o, isValidConnection: r }),
    typeof a != "string" && a ? pe(a) : pe(Oe, [a]),
    pe(Gt, { type: "source", position: e, connectable: o, isValidConnection: i })
  ];
};
Do.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Do.inheritAttrs = !1;
Do.compatConfig = { MODE: 3 };
const eg = Do, Po = function({
  targetPosition: e = te.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: r
}) {
  const i = r.label ?? t;
  return [
    pe(Gt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof i != "string" && i ? pe(i) : pe(Oe, [i])
  ];
};
Po.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Po.inheritAttrs = !1;
Po.compatConfig = { MODE: 3 };
const tg = Po, Ao = function({
  sourcePosition: e = te.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: r
}) {
  const i = r.label ?? t;
  return [
    typeof i != "string" && i ? pe(i) : pe(Oe, [i]),
    pe(Gt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
Ao.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Ao.inheritAttrs = !1;
Ao.compatConfig = { MODE: 3 };
const ng = Ao, og = ["transform"], rg = ["width", "height", "x", "y", "rx", "ry"], ig = ["y"], sg = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, ag = /* @__PURE__ */ ye({
  ...sg,
  props: {
    x: {},
    y: {},
    label: {},
    labelStyle: { default: () => ({}) },
    labelShowBg: { type: Boolean, default: !0 },
    labelBgStyle: { default: () => ({}) },
    labelBgPadding: { default: () => [2, 4] },
    labelBgBorderRadius: { default: 2 }
  },
  setup(e) {
    const t = Ee({ x: 0, y: 0, width: 0, height: 0 }), n = Ee(null), o = re(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    lt(r), me([() => e.x, () => e.y, n, () => e.label], r);
    function r() {
      if (!n.value)
        return;
      const i = n.value.getBBox();
      (i.width !== t.value.width || i.height !== t.value.height) && (t.value = i);
    }
    return (i, s) => (Q(), ie("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      i.labelShowBg ? (Q(), ie("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * i.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * i.labelBgPadding[1]}px`,
        x: -i.labelBgPadding[0],
        y: -i.labelBgPadding[1],
        style: Me(i.labelBgStyle),
        rx: i.labelBgBorderRadius,
        ry: i.labelBgBorderRadius
      }, null, 12, rg)) : xe("", !0),
      _e("text", ro(i.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: i.labelStyle
      }), [
        be(i.$slots, "default", {}, () => [
          typeof i.label != "string" ? (Q(), ke(wt(i.label), { key: 0 })) : (Q(), ie(Oe, { key: 1 }, [
            iu(Ae(i.label), 1)
          ], 64))
        ])
      ], 16, ig)
    ], 8, og));
  }
}), lg = ["id", "d", "marker-end", "marker-start"], ug = ["d", "stroke-width"], cg = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, zo = /* @__PURE__ */ ye({
  ...cg,
  props: {
    id: {},
    labelX: {},
    labelY: {},
    path: {},
    label: {},
    markerStart: {},
    markerEnd: {},
    interactionWidth: { default: 20 },
    labelStyle: {},
    labelShowBg: { type: Boolean },
    labelBgStyle: {},
    labelBgPadding: {},
    labelBgBorderRadius: {}
  },
  setup(e, { expose: t }) {
    const n = Ee(null), o = Ee(null), r = Ee(null), i = Ar();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: r
    }), (s, a) => (Q(), ie(Oe, null, [
      _e("path", ro(W(i), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, lg),
      s.interactionWidth ? (Q(), ie("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, ug)) : xe("", !0),
      s.label && s.labelX && s.labelY ? (Q(), ke(ag, {
        key: 1,
        ref_key: "labelEl",
        ref: r,
        x: s.labelX,
        y: s.labelY,
        label: s.label,
        "label-show-bg": s.labelShowBg,
        "label-bg-style": s.labelBgStyle,
        "label-bg-padding": s.labelBgPadding,
        "label-bg-border-radius": s.labelBgBorderRadius,
        "label-style": s.labelStyle
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : xe("", !0)
    ], 64));
  }
});
function Fa({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const r = Math.abs(n - e) / 2, i = n < e ? n + r : n - r, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [i, a, r, s];
}
function Ya({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: r,
  sourceControlY: i,
  targetControlX: s,
  targetControlY: a
}) {
  const l = e * 0.125 + r * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + i * 0.375 + a * 0.375 + o * 0.125, c = Math.abs(l - e), d = Math.abs(u - t);
  return [l, u, c, d];
}
function Fn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Gi({ pos: e, x1: t, y1: n, x2: o, y2: r, c: i }) {
  let s, a;
  switch (e) {
    case te.Left:
      s = t - Fn(t - o, i), a = n;
      break;
    case te.Right:
      s = t + Fn(o - t, i), a = n;
      break;
    case te.Top:
      s = t, a = n - Fn(n - r, i);
      break;
    case te.Bottom:
      s = t, a = n + Fn(r - n, i);
      break;
  }
  return [s, a];
}
function Xa(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = te.Bottom,
    targetX: r,
    targetY: i,
    targetPosition: s = te.Top,
    curvature: a = 0.25
  } = e, [l, u] = Gi({
    pos: o,
    x1: t,
    y1: n,
    x2: r,
    y2: i,
    c: a
  }), [c, d] = Gi({
    pos: s,
    x1: r,
    y1: i,
    x2: t,
    y2: n,
    c: a
  }), [f, g, m, y] = Ya({
    sourceX: t,
    sourceY: n,
    targetX: r,
    targetY: i,
    sourceControlX: l,
    sourceControlY: u,
    targetControlX: c,
    targetControlY: d
  });
  return [
    `M${t},${n} C${l},${u} ${c},${d} ${r},${i}`,
    f,
    g,
    m,
    y
  ];
}
function Ui({ pos: e, x1: t, y1: n, x2: o, y2: r }) {
  let i, s;
  switch (e) {
    case te.Left:
    case te.Right:
      i = 0.5 * (t + o), s = n;
      break;
    case te.Top:
    case te.Bottom:
      i = t, s = 0.5 * (n + r);
      break;
  }
  return [i, s];
}
function Ga(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = te.Bottom,
    targetX: r,
    targetY: i,
    targetPosition: s = te.Top
  } = e, [a, l] = Ui({
    pos: o,
    x1: t,
    y1: n,
    x2: r,
    y2: i
  }), [u, c] = Ui({
    pos: s,
    x1: r,
    y1: i,
    x2: t,
    y2: n
  }), [d, f, g, m] = Ya({
    sourceX: t,
    sourceY: n,
    targetX: r,
    targetY: i,
    sourceControlX: a,
    sourceControlY: l,
    targetControlX: u,
    targetControlY: c
  });
  return [
    `M${t},${n} C${a},${l} ${u},${c} ${r},${i}`,
    d,
    f,
    g,
    m
  ];
}
const Zi = {
  [te.Left]: { x: -1, y: 0 },
  [te.Right]: { x: 1, y: 0 },
  [te.Top]: { x: 0, y: -1 },
  [te.Bottom]: { x: 0, y: 1 }
};
function dg({
  source: e,
  sourcePosition: t = te.Bottom,
  target: n
}) {
  return t === te.Left || t === te.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function Wi(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function fg({
  source: e,
  sourcePosition: t = te.Bottom,
  target: n,
  targetPosition: o = te.Top,
  center: r,
  offset: i
}) {
  const s = Zi[t], a = Zi[o], l = { x: e.x + s.x * i, y: e.y + s.y * i }, u = { x: n.x + a.x * i, y: n.y + a.y * i }, c = dg({
    source: l,
    sourcePosition: t,
    target: u
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let g, m, y;
  const x = { x: 0, y: 0 }, w = { x: 0, y: 0 }, [E, p, b, A] = Fa({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    m = r.x ?? E, y = r.y ?? p;
    const F = [
      { x: m, y: l.y },
      { x: m, y: u.y }
    ], z = [
      { x: l.x, y },
      { x: u.x, y }
    ];
    s[d] === f ? g = d === "x" ? F : z : g = d === "x" ? z : F;
  } else {
    const F = [{ x: l.x, y: u.y }], z = [{ x: u.x, y: l.y }];
    if (d === "x" ? g = s.x === f ? z : F : g = s.y === f ? F : z, t === o) {
      const U = Math.abs(e[d] - n[d]);
      if (U <= i) {
        const h = Math.min(i - 1, i - U);
        s[d] === f ? x[d] = (l[d] > e[d] ? -1 : 1) * h : w[d] = (u[d] > n[d] ? -1 : 1) * h;
      }
    }
    if (t !== o) {
      const U = d === "x" ? "y" : "x", h = s[d] === a[U], $ = l[U] > u[U], v = l[U] < u[U];
      (s[d] === 1 && (!h && $ || h && v) || s[d] !== 1 && (!h && v || h && $)) && (g = d === "x" ? F : z);
    }
    const Z = { x: l.x + x.x, y: l.y + x.y }, X = { x: u.x + w.x, y: u.y + w.y }, H = Math.max(Math.abs(Z.x - g[0].x), Math.abs(X.x - g[0].x)), S = Math.max(Math.abs(Z.y - g[0].y), Math.abs(X.y - g[0].y));
    H >= S ? (m = (Z.x + X.x) / 2, y = g[0].y) : (m = g[0].x, y = (Z.y + X.y) / 2);
  }
  return [[
    e,
    { x: l.x + x.x, y: l.y + x.y },
    ...g,
    { x: u.x + w.x, y: u.y + w.y },
    n
  ], m, y, b, A];
}
function hg(e, t, n, o) {
  const r = Math.min(Wi(e, t) / 2, Wi(t, n) / 2, o), { x: i, y: s } = t;
  if (e.x === i && i === n.x || e.y === s && s === n.y)
    return `L${i} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${i + r * u},${s}Q ${i},${s} ${i},${s + r * c}`;
  }
  const a = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${i},${s + r * l}Q ${i},${s} ${i + r * a},${s}`;
}
function Er(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = te.Bottom,
    targetX: r,
    targetY: i,
    targetPosition: s = te.Top,
    borderRadius: a = 5,
    centerX: l,
    centerY: u,
    offset: c = 20
  } = e, [d, f, g, m, y] = fg({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: r, y: i },
    targetPosition: s,
    center: { x: l, y: u },
    offset: c
  });
  return [d.reduce((w, E, p) => {
    let b;
    return p > 0 && p < d.length - 1 ? b = hg(d[p - 1], E, d[p + 1], a) : b = `${p === 0 ? "M" : "L"}${E.x} ${E.y}`, w += b, w;
  }, ""), f, g, m, y];
}
function gg(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: r } = e, [i, s, a, l] = Fa({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: r
  });
  return [`M ${t},${n}L ${o},${r}`, i, s, a, l];
}
const vg = ye({
  name: "StraightEdge",
  props: [
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, r] = gg(e);
      return pe(zo, {
        path: n,
        labelX: o,
        labelY: r,
        ...t,
        ...e
      });
    };
  }
}), pg = vg, mg = ye({
  name: "SmoothStepEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "borderRadius",
    "markerEnd",
    "markerStart",
    "interactionWidth",
    "offset"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, r] = Er({
        ...e,
        sourcePosition: e.sourcePosition ?? te.Bottom,
        targetPosition: e.targetPosition ?? te.Top
      });
      return pe(zo, {
        path: n,
        labelX: o,
        labelY: r,
        ...t,
        ...e
      });
    };
  }
}), Ua = mg, yg = ye({
  name: "StepEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  setup(e, { attrs: t }) {
    return () => pe(Ua, { ...e, ...t, borderRadius: 0 });
  }
}), wg = yg, _g = ye({
  name: "BezierEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "curvature",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, r] = Xa({
        ...e,
        sourcePosition: e.sourcePosition ?? te.Bottom,
        targetPosition: e.targetPosition ?? te.Top
      });
      return pe(zo, {
        path: n,
        labelX: o,
        labelY: r,
        ...t,
        ...e
      });
    };
  }
}), bg = _g, Eg = ye({
  name: "SimpleBezierEdge",
  props: [
    "sourcePosition",
    "targetPosition",
    "label",
    "labelStyle",
    "labelShowBg",
    "labelBgStyle",
    "labelBgPadding",
    "labelBgBorderRadius",
    "sourceY",
    "sourceX",
    "targetX",
    "targetY",
    "markerEnd",
    "markerStart",
    "interactionWidth"
  ],
  compatConfig: { MODE: 3 },
  setup(e, { attrs: t }) {
    return () => {
      const [n, o, r] = Ga({
        ...e,
        sourcePosition: e.sourcePosition ?? te.Bottom,
        targetPosition: e.targetPosition ?? te.Top
      });
      return pe(zo, {
        path: n,
        labelX: o,
        labelY: r,
        ...t,
        ...e
      });
    };
  }
}), xg = Eg, $g = {
  input: ng,
  default: eg,
  output: tg
}, Ng = {
  default: bg,
  straight: pg,
  step: wg,
  smoothstep: Ua,
  simplebezier: xg
};
function Sg(e, t, n) {
  const o = re(() => (y) => t.value.get(y)), r = re(() => (y) => n.value.get(y)), i = re(() => {
    const y = {
      ...Ng,
      ...e.edgeTypes
    }, x = Object.keys(y);
    for (const w of e.edges)
      w.type && !x.includes(w.type) && (y[w.type] = w.type);
    return y;
  }), s = re(() => {
    const y = {
      ...$g,
      ...e.nodeTypes
    }, x = Object.keys(y);
    for (const w of e.nodes)
      w.type && !x.includes(w.type) && (y[w.type] = w.type);
    return y;
  }), a = re(() => e.onlyRenderVisibleElements ? Ca(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), l = re(() => {
    if (e.onlyRenderVisibleElements) {
      const y = [];
      for (const x of e.edges) {
        const w = t.value.get(x.source), E = t.value.get(x.target);
        Eh({
          sourcePos: w.computedPosition || { x: 0, y: 0 },
          targetPos: E.computedPosition || { x: 0, y: 0 },
          sourceWidth: w.dimensions.width,
          sourceHeight: w.dimensions.height,
          targetWidth: E.dimensions.width,
          targetHeight: E.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && y.push(x);
      }
      return y;
    }
    return e.edges;
  }), u = re(() => [...a.value, ...l.value]), c = re(() => {
    const y = [];
    for (const x of e.nodes)
      x.selected && y.push(x);
    return y;
  }), d = re(() => {
    const y = [];
    for (const x of e.edges)
      x.selected && y.push(x);
    return y;
  }), f = re(() => [
    ...c.value,
    ...d.value
  ]), g = re(() => {
    const y = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && y.push(x);
    return y;
  }), m = re(
    () => a.value.length > 0 && g.value.length === a.value.length
  );
  return {
    getNode: o,
    getEdge: r,
    getElements: u,
    getEdgeTypes: i,
    getNodeTypes: s,
    getEdges: l,
    getNodes: a,
    getSelectedElements: f,
    getSelectedNodes: c,
    getSelectedEdges: d,
    getNodesInitialized: g,
    areNodesInitialized: m
  };
}
class Et {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = qt()) == null ? void 0 : t.appContext.app, o = n?.config.globalProperties.$vueFlowStorage ?? Et.instance;
    return Et.instance = o ?? new Et(), n && (n.config.globalProperties.$vueFlowStorage = Et.instance), Et.instance;
  }
  set(t, n) {
    return this.flows.set(t, n);
  }
  get(t) {
    return this.flows.get(t);
  }
  remove(t) {
    return this.flows.delete(t);
  }
  create(t, n) {
    const o = Ha(), r = Ql(o), i = {};
    for (const [f, g] of Object.entries(r.hooks)) {
      const m = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      i[m] = g.on;
    }
    const s = {};
    for (const [f, g] of Object.entries(r.hooks))
      s[f] = g.trigger;
    const a = re(() => {
      const f = /* @__PURE__ */ new Map();
      for (const g of r.nodes)
        f.set(g.id, g);
      return f;
    }), l = re(() => {
      const f = /* @__PURE__ */ new Map();
      for (const g of r.edges)
        f.set(g.id, g);
      return f;
    }), u = Sg(r, a, l), c = jh(r, a, l);
    c.setState({ ...r, ...n });
    const d = {
      ...i,
      ...u,
      ...c,
      ...mu(r),
      nodeLookup: a,
      edgeLookup: l,
      emits: s,
      id: t,
      vueFlowVersion: "1.48.2",
      $destroy: () => {
        this.remove(t);
      }
    };
    return this.set(t, d), d;
  }
  getId() {
    return `vue-flow-${this.currentId++}`;
  }
}
function we(e) {
  const t = Et.getInstance(), n = Bs(), o = typeof e == "object", r = o ? e : { id: e }, i = r.id, s = i ?? n?.vueFlowId;
  let a;
  if (n) {
    const l = Dt(Xi, null);
    typeof l < "u" && l !== null && (!s || l.id === s) && (a = l);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const l = i ?? t.getId(), u = t.create(l, r);
    a = u, (n ?? Vs(!0)).run(() => {
      me(
        u.applyDefault,
        (d, f, g) => {
          const m = (x) => {
            u.applyNodeChanges(x);
          }, y = (x) => {
            u.applyEdgeChanges(x);
          };
          d ? (u.onNodesChange(m), u.onEdgesChange(y)) : (u.hooks.value.nodesChange.off(m), u.hooks.value.edgesChange.off(y)), g(() => {
            u.hooks.value.nodesChange.off(m), u.hooks.value.edgesChange.off(y);
          });
        },
        { immediate: !0 }
      ), hn(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : In(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(r);
  if (n && (Ct(Xi, a), n.vueFlowId = a.id), o) {
    const l = qt();
    l?.type.name !== "VueFlow" && a.emits.error(new Se(Ne.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function kg(e) {
  const { emits: t, dimensions: n } = we();
  let o;
  lt(() => {
    const r = () => {
      var i, s;
      if (!e.value || !(((s = (i = e.value).checkVisibility) == null ? void 0 : s.call(i)) ?? !0))
        return;
      const a = Io(e.value);
      (a.width === 0 || a.height === 0) && t.error(new Se(Ne.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    r(), window.addEventListener("resize", r), e.value && (o = new ResizeObserver(() => r()), o.observe(e.value)), Dr(() => {
      window.removeEventListener("resize", r), o && e.value && o.unobserve(e.value);
    });
  });
}
const Cg = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Mg = /* @__PURE__ */ ye({
  ...Cg,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (Q(), ie("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Me({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), Ig = ["tabIndex"], Tg = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, Og = /* @__PURE__ */ ye({
  ...Tg,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: r, disableKeyboardA11y: i, userSelectionActive: s } = we(), a = La(), l = Ee(null), u = Ra({
      el: l,
      onStart(m) {
        t.selectionDragStart(m), t.nodeDragStart(m);
      },
      onDrag(m) {
        t.selectionDrag(m), t.nodeDrag(m);
      },
      onStop(m) {
        t.selectionDragStop(m), t.nodeDragStop(m);
      }
    });
    lt(() => {
      var m;
      i.value || (m = l.value) == null || m.focus({ preventScroll: !0 });
    });
    const c = re(() => Xr(o.value)), d = re(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(m) {
      t.selectionContextMenu({ event: m, nodes: o.value });
    }
    function g(m) {
      i.value || Vt[m.key] && (m.preventDefault(), a(
        {
          x: Vt[m.key].x,
          y: Vt[m.key].y
        },
        m.shiftKey
      ));
    }
    return (m, y) => !W(s) && c.value.width && c.value.height ? (Q(), ie("div", {
      key: 0,
      class: Le(["vue-flow__nodesselection vue-flow__container", W(r)]),
      style: Me({ transform: `translate(${W(n).x}px,${W(n).y}px) scale(${W(n).zoom})` })
    }, [
      _e("div", {
        ref_key: "el",
        ref: l,
        class: Le([{ dragging: W(u) }, "vue-flow__nodesselection-rect"]),
        style: Me(d.value),
        tabIndex: W(i) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: g
      }, null, 46, Ig)
    ], 6)) : xe("", !0);
  }
});
function Dg(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const Pg = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, Ag = /* @__PURE__ */ ye({
  ...Pg,
  props: {
    isSelecting: { type: Boolean },
    selectionKeyPressed: { type: Boolean }
  },
  setup(e) {
    const {
      vueFlowRef: t,
      nodes: n,
      viewport: o,
      emits: r,
      userSelectionActive: i,
      removeSelectedElements: s,
      userSelectionRect: a,
      elementsSelectable: l,
      nodesSelectionActive: u,
      getSelectedEdges: c,
      getSelectedNodes: d,
      removeNodes: f,
      removeEdges: g,
      selectionMode: m,
      deleteKeyCode: y,
      multiSelectionKeyCode: x,
      multiSelectionActive: w,
      edgeLookup: E,
      nodeLookup: p,
      connectionLookup: b,
      defaultEdgeOptions: A,
      connectionStartHandle: V,
      panOnDrag: F
    } = we(), z = pt(null), Z = pt(/* @__PURE__ */ new Set()), X = pt(/* @__PURE__ */ new Set()), H = pt(null), S = ge(() => l.value && (e.isSelecting || i.value)), U = ge(() => V.value !== null);
    let h = !1, $ = !1;
    const v = fn(y, { actInsideInputWithModifier: !1 }), I = fn(x);
    me(v, (R) => {
      R && (f(d.value), g(c.value), u.value = !1);
    }), me(I, (R) => {
      w.value = R;
    });
    function C(R, G) {
      return (q) => {
        q.target === G && R?.(q);
      };
    }
    function P(R) {
      if (h || U.value) {
        h = !1;
        return;
      }
      r.paneClick(R), s(), u.value = !1;
    }
    function O(R) {
      var G;
      if (Array.isArray(F.value) && ((G = F.value) != null && G.includes(2))) {
        R.preventDefault();
        return;
      }
      r.paneContextMenu(R);
    }
    function M(R) {
      r.paneScroll(R);
    }
    function B(R) {
      var G, q, ee;
      if (H.value = ((G = t.value) == null ? void 0 : G.getBoundingClientRect()) ?? null, !l.value || !e.isSelecting || R.button !== 0 || R.target !== z.value || !H.value)
        return;
      (ee = (q = R.target) == null ? void 0 : q.setPointerCapture) == null || ee.call(q, R.pointerId);
      const { x: ce, y: ue } = Dg(R, H.value);
      $ = !0, h = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: ce,
        startY: ue,
        x: ce,
        y: ue
      }, r.selectionStart(R);
    }
    function L(R) {
      var G;
      if (!H.value || !a.value)
        return;
      h = !0;
      const { x: q, y: ee } = We(R, H.value), { startX: ce = 0, startY: ue = 0 } = a.value, he = {
        startX: ce,
        startY: ue,
        x: q < ce ? q : ce,
        y: ee < ue ? ee : ue,
        width: Math.abs(q - ce),
        height: Math.abs(ee - ue)
      }, se = Z.value, le = X.value;
      Z.value = new Set(
        Ca(n.value, he, o.value, m.value === Yr.Partial, !0).map(
          (_) => _.id
        )
      ), X.value = /* @__PURE__ */ new Set();
      const N = ((G = A.value) == null ? void 0 : G.selectable) ?? !0;
      for (const _ of Z.value) {
        const k = b.value.get(_);
        if (k)
          for (const { edgeId: D } of k.values()) {
            const T = E.value.get(D);
            T && (T.selectable ?? N) && X.value.add(D);
          }
      }
      if (!Yi(se, Z.value)) {
        const _ = ht(p.value, Z.value, !0);
        r.nodesChange(_);
      }
      if (!Yi(le, X.value)) {
        const _ = ht(E.value, X.value);
        r.edgesChange(_);
      }
      a.value = he, i.value = !0, u.value = !1;
    }
    function Y(R) {
      var G;
      R.button !== 0 || !$ || ((G = R.target) == null || G.releasePointerCapture(R.pointerId), !i.value && a.value && R.target === z.value && P(R), i.value = !1, a.value = null, u.value = Z.value.size > 0, r.selectionEnd(R), e.selectionKeyPressed && (h = !1), $ = !1);
    }
    return (R, G) => (Q(), ie("div", {
      ref_key: "container",
      ref: z,
      class: Le(["vue-flow__pane vue-flow__container", { selection: R.isSelecting }]),
      onClick: G[0] || (G[0] = (q) => S.value ? void 0 : C(P, z.value)(q)),
      onContextmenu: G[1] || (G[1] = (q) => C(O, z.value)(q)),
      onWheelPassive: G[2] || (G[2] = (q) => C(M, z.value)(q)),
      onPointerenter: G[3] || (G[3] = (q) => S.value ? void 0 : W(r).paneMouseEnter(q)),
      onPointerdown: G[4] || (G[4] = (q) => S.value ? B(q) : W(r).paneMouseMove(q)),
      onPointermove: G[5] || (G[5] = (q) => S.value ? L(q) : W(r).paneMouseMove(q)),
      onPointerup: G[6] || (G[6] = (q) => S.value ? Y(q) : void 0),
      onPointerleave: G[7] || (G[7] = (q) => W(r).paneMouseLeave(q))
    }, [
      be(R.$slots, "default"),
      W(i) && W(a) ? (Q(), ke(Mg, {
        key: 0,
        "user-selection-rect": W(a)
      }, null, 8, ["user-selection-rect"])) : xe("", !0),
      W(u) && W(d).length ? (Q(), ke(Og, { key: 1 })) : xe("", !0)
    ], 34));
  }
}), zg = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Rg = /* @__PURE__ */ ye({
  ...zg,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = we(), r = re(() => n.value ? !o.value : !1), i = re(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (Q(), ie("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Me({ transform: i.value, opacity: r.value ? 0 : void 0 })
    }, [
      be(s.$slots, "default")
    ], 4));
  }
}), Bg = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, Vg = /* @__PURE__ */ ye({
  ...Bg,
  setup(e) {
    const {
      minZoom: t,
      maxZoom: n,
      defaultViewport: o,
      translateExtent: r,
      zoomActivationKeyCode: i,
      selectionKeyCode: s,
      panActivationKeyCode: a,
      panOnScroll: l,
      panOnScrollMode: u,
      panOnScrollSpeed: c,
      panOnDrag: d,
      zoomOnDoubleClick: f,
      zoomOnPinch: g,
      zoomOnScroll: m,
      preventScrolling: y,
      noWheelClassName: x,
      noPanClassName: w,
      emits: E,
      connectionStartHandle: p,
      userSelectionActive: b,
      paneDragging: A,
      d3Zoom: V,
      d3Selection: F,
      d3ZoomHandler: z,
      viewport: Z,
      viewportRef: X,
      paneClickDistance: H
    } = we();
    kg(X);
    const S = pt(!1), U = pt(!1);
    let h = null, $ = !1, v = 0, I = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const C = fn(a), P = fn(s), O = fn(i), M = ge(
      () => (!P.value || P.value && s.value === !0) && (C.value || d.value)
    ), B = ge(() => C.value || l.value), L = ge(() => s.value === !0 && M.value !== !0), Y = ge(
      () => P.value && s.value !== !0 || b.value || L.value
    ), R = ge(() => p.value !== null);
    lt(() => {
      if (!X.value) {
        In("Viewport element is missing");
        return;
      }
      const ue = X.value, he = ue.getBoundingClientRect(), se = nh().clickDistance(H.value).scaleExtent([t.value, n.value]).translateExtent(r.value), le = ze(ue).call(se), N = le.on("wheel.zoom"), _ = Yt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(Tt(o.value.zoom ?? 1, t.value, n.value)), k = [
        [0, 0],
        [he.width, he.height]
      ], D = se.constrain()(_, k, r.value);
      se.transform(le, D), se.wheelDelta(wr), V.value = se, F.value = le, z.value = N, Z.value = { x: D.x, y: D.y, zoom: D.k }, se.on("start", (T) => {
        var j;
        if (!T.sourceEvent)
          return null;
        v = T.sourceEvent.button, S.value = !0;
        const J = ee(T.transform);
        ((j = T.sourceEvent) == null ? void 0 : j.type) === "mousedown" && (A.value = !0), I = J, E.viewportChangeStart(J), E.moveStart({ event: T, flowTransform: J });
      }), se.on("end", (T) => {
        if (!T.sourceEvent)
          return null;
        if (S.value = !1, A.value = !1, G(M.value, v ?? 0) && !$ && E.paneContextMenu(T.sourceEvent), $ = !1, q(I, T.transform)) {
          const j = ee(T.transform);
          I = j, E.viewportChangeEnd(j), E.moveEnd({ event: T, flowTransform: j });
        }
      }), se.filter((T) => {
        var j;
        const J = O.value || m.value, oe = g.value && T.ctrlKey, ne = T.button, ae = T.type === "wheel";
        if (ne === 1 && T.type === "mousedown" && (ce(T, "vue-flow__node") || ce(T, "vue-flow__edge")))
          return !0;
        if (!M.value && !J && !B.value && !f.value && !g.value || b.value || R.value && !ae || !f.value && T.type === "dblclick" || ce(T, x.value) && ae || ce(T, w.value) && (!ae || B.value && ae && !O.value) || !g.value && T.ctrlKey && ae || !J && !B.value && !oe && ae)
          return !1;
        if (!g && T.type === "touchstart" && ((j = T.touches) == null ? void 0 : j.length) > 1)
          return T.preventDefault(), !1;
        if (!M.value && (T.type === "mousedown" || T.type === "touchstart") || L.value && Array.isArray(d.value) && d.value.includes(0) && ne === 0 || Array.isArray(d.value) && !d.value.includes(ne) && (T.type === "mousedown" || T.type === "touchstart"))
          return !1;
        const de = Array.isArray(d.value) && d.value.includes(ne) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !ne || ne <= 1;
        return (!T.ctrlKey || C.value || ae) && de;
      }), me(
        [b, M],
        () => {
          b.value && !S.value ? se.on("zoom", null) : b.value || se.on("zoom", (T) => {
            Z.value = { x: T.transform.x, y: T.transform.y, zoom: T.transform.k };
            const j = ee(T.transform);
            $ = G(M.value, v ?? 0), E.viewportChange(j), E.move({ event: T, flowTransform: j });
          });
        },
        { immediate: !0 }
      ), me(
        [b, B, u, O, g, y, x],
        () => {
          B.value && !O.value && !b.value ? le.on(
            "wheel.zoom",
            (T) => {
              if (ce(T, x.value))
                return !1;
              const j = O.value || m.value, J = g.value && T.ctrlKey;
              if (!(!y.value || B.value || j || J))
                return !1;
              T.preventDefault(), T.stopImmediatePropagation();
              const ne = le.property("__zoom").k || 1, ae = bn();
              if (!C.value && T.ctrlKey && g.value && ae) {
                const ql = Ge(T), Kl = wr(T), jl = ne * 2 ** Kl;
                se.scaleTo(le, jl, ql, T);
                return;
              }
              const de = T.deltaMode === 1 ? 20 : 1;
              let ve = u.value === dn.Vertical ? 0 : T.deltaX * de, ut = u.value === dn.Horizontal ? 0 : T.deltaY * de;
              !ae && T.shiftKey && u.value !== dn.Vertical && !ve && ut && (ve = ut, ut = 0), se.translateBy(
                le,
                -(ve / ne) * c.value,
                -(ut / ne) * c.value
              );
              const Xe = ee(le.property("__zoom"));
              h && clearTimeout(h), U.value ? (E.move({ event: T, flowTransform: Xe }), E.viewportChange(Xe), h = setTimeout(() => {
                E.moveEnd({ event: T, flowTransform: Xe }), E.viewportChangeEnd(Xe), U.value = !1;
              }, 150)) : (U.value = !0, E.moveStart({ event: T, flowTransform: Xe }), E.viewportChangeStart(Xe));
            },
            { passive: !1 }
          ) : typeof N < "u" && le.on(
            "wheel.zoom",
            function(T, j) {
              const J = !y.value && T.type === "wheel" && !T.ctrlKey, oe = O.value || m.value, ne = g.value && T.ctrlKey;
              if (!oe && !l.value && !ne && T.type === "wheel" || J || ce(T, x.value))
                return null;
              T.preventDefault(), N.call(this, T, j);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function G(ue, he) {
      return he === 2 && Array.isArray(ue) && ue.includes(2);
    }
    function q(ue, he) {
      return ue.x !== he.x && !Number.isNaN(he.x) || ue.y !== he.y && !Number.isNaN(he.y) || ue.zoom !== he.k && !Number.isNaN(he.k);
    }
    function ee(ue) {
      return {
        x: ue.x,
        y: ue.y,
        zoom: ue.k
      };
    }
    function ce(ue, he) {
      return ue.target.closest(`.${he}`);
    }
    return (ue, he) => (Q(), ie("div", {
      ref_key: "viewportRef",
      ref: X,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      Ce(Ag, {
        "is-selecting": Y.value,
        "selection-key-pressed": W(P),
        class: Le({
          connecting: R.value,
          dragging: W(A),
          draggable: W(d) === !0 || Array.isArray(W(d)) && W(d).includes(0)
        })
      }, {
        default: Ze(() => [
          Ce(Rg, null, {
            default: Ze(() => [
              be(ue.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), Lg = ["id"], Hg = ["id"], Fg = ["id"], Yg = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, Xg = /* @__PURE__ */ ye({
  ...Yg,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = we();
    return (r, i) => (Q(), ie(Oe, null, [
      _e("div", {
        id: `${W(wa)}-${W(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Ae(W(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Lg),
      _e("div", {
        id: `${W(_a)}-${W(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, Hg),
      W(n) ? xe("", !0) : (Q(), ie("div", {
        key: 0,
        id: `${W(lh)}-${W(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Ae(W(o)), 9, Fg))
    ], 64));
  }
});
function Gg() {
  const e = we();
  me(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function Ug(e, t, n) {
  return n === te.Left ? e - t : n === te.Right ? e + t : e;
}
function Zg(e, t, n) {
  return n === te.Top ? e - t : n === te.Bottom ? e + t : e;
}
const Zr = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = te.Top,
  type: r
}) {
  return pe("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${r}`,
    cx: Ug(t, e, o),
    cy: Zg(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
Zr.props = ["radius", "centerX", "centerY", "position", "type"];
Zr.compatConfig = { MODE: 3 };
const qi = Zr, Wg = ye({
  name: "Edge",
  compatConfig: { MODE: 3 },
  props: ["id"],
  setup(e) {
    const {
      id: t,
      addSelectedEdges: n,
      connectionMode: o,
      edgeUpdaterRadius: r,
      emits: i,
      nodesSelectionActive: s,
      noPanClassName: a,
      getEdgeTypes: l,
      removeSelectedEdges: u,
      findEdge: c,
      findNode: d,
      isValidConnection: f,
      multiSelectionActive: g,
      disableKeyboardA11y: m,
      elementsSelectable: y,
      edgesUpdatable: x,
      edgesFocusable: w,
      hooks: E
    } = we(), p = re(() => c(e.id)), { emit: b, on: A } = Bh(p.value, i), V = Dt(Oo), F = qt(), z = Ee(!1), Z = Ee(!1), X = Ee(""), H = Ee(null), S = Ee("source"), U = Ee(null), h = ge(
      () => typeof p.value.selectable > "u" ? y.value : p.value.selectable
    ), $ = ge(() => typeof p.value.updatable > "u" ? x.value : p.value.updatable), v = ge(() => typeof p.value.focusable > "u" ? w.value : p.value.focusable);
    Ct(Ah, e.id), Ct(zh, U);
    const I = re(() => p.value.class instanceof Function ? p.value.class(p.value) : p.value.class), C = re(() => p.value.style instanceof Function ? p.value.style(p.value) : p.value.style), P = re(() => {
      const _ = p.value.type || "default", k = V?.[`edge-${_}`];
      if (k)
        return k;
      let D = p.value.template ?? l.value[_];
      if (typeof D == "string" && F) {
        const T = Object.keys(F.appContext.components);
        T && T.includes(_) && (D = Hs(_, !1));
      }
      return D && typeof D != "string" ? D : (i.error(new Se(Ne.EDGE_TYPE_MISSING, D)), !1);
    }), { handlePointerDown: O } = Ba({
      nodeId: X,
      handleId: H,
      type: S,
      isValidConnection: f,
      edgeUpdaterType: S,
      onEdgeUpdate: L,
      onEdgeUpdateEnd: Y
    });
    return () => {
      const _ = d(p.value.source), k = d(p.value.target), D = "pathOptions" in p.value ? p.value.pathOptions : {};
      if (!_ && !k)
        return i.error(new Se(Ne.EDGE_SOURCE_TARGET_MISSING, p.value.id, p.value.source, p.value.target)), null;
      if (!_)
        return i.error(new Se(Ne.EDGE_SOURCE_MISSING, p.value.id, p.value.source)), null;
      if (!k)
        return i.error(new Se(Ne.EDGE_TARGET_MISSING, p.value.id, p.value.target)), null;
      if (!p.value || p.value.hidden || _.hidden || k.hidden)
        return null;
      let T;
      o.value === mt.Strict ? T = _.handleBounds.source : T = [..._.handleBounds.source || [], ..._.handleBounds.target || []];
      const j = Ri(T, p.value.sourceHandle);
      let J;
      o.value === mt.Strict ? J = k.handleBounds.target : J = [...k.handleBounds.target || [], ...k.handleBounds.source || []];
      const oe = Ri(J, p.value.targetHandle), ne = j?.position || te.Bottom, ae = oe?.position || te.Top, { x: de, y: ve } = Xt(_, j, ne), { x: ut, y: Xe } = Xt(k, oe, ae);
      return p.value.sourceX = de, p.value.sourceY = ve, p.value.targetX = ut, p.value.targetY = Xe, pe(
        "g",
        {
          ref: U,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${P.value === !1 ? "default" : p.value.type || "default"}`,
            a.value,
            I.value,
            {
              updating: z.value,
              selected: p.value.selected,
              animated: p.value.animated,
              inactive: !h.value && !E.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: v.value ? 0 : void 0,
          "aria-label": p.value.ariaLabel === null ? void 0 : p.value.ariaLabel ?? `Edge from ${p.value.source} to ${p.value.target}`,
          "aria-describedby": v.value ? `${_a}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: v.value ? "group" : "img",
          ...p.value.domAttributes,
          onClick: G,
          onContextmenu: q,
          onDblclick: ee,
          onMouseenter: ce,
          onMousemove: ue,
          onMouseleave: he,
          onKeyDown: v.value ? N : void 0
        },
        [
          Z.value ? null : pe(P.value === !1 ? l.value.default : P.value, {
            id: e.id,
            sourceNode: _,
            targetNode: k,
            source: p.value.source,
            target: p.value.target,
            type: p.value.type,
            updatable: $.value,
            selected: p.value.selected,
            animated: p.value.animated,
            label: p.value.label,
            labelStyle: p.value.labelStyle,
            labelShowBg: p.value.labelShowBg,
            labelBgStyle: p.value.labelBgStyle,
            labelBgPadding: p.value.labelBgPadding,
            labelBgBorderRadius: p.value.labelBgBorderRadius,
            data: p.value.data,
            events: { ...p.value.events, ...A },
            style: C.value,
            markerStart: `url('#${_n(p.value.markerStart, t)}')`,
            markerEnd: `url('#${_n(p.value.markerEnd, t)}')`,
            sourcePosition: ne,
            targetPosition: ae,
            sourceX: de,
            sourceY: ve,
            targetX: ut,
            targetY: Xe,
            sourceHandleId: p.value.sourceHandle,
            targetHandleId: p.value.targetHandle,
            interactionWidth: p.value.interactionWidth,
            ...D
          }),
          [
            $.value === "source" || $.value === !0 ? [
              pe(
                "g",
                {
                  onMousedown: se,
                  onMouseenter: M,
                  onMouseout: B
                },
                pe(qi, {
                  position: ne,
                  centerX: de,
                  centerY: ve,
                  radius: r.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            $.value === "target" || $.value === !0 ? [
              pe(
                "g",
                {
                  onMousedown: le,
                  onMouseenter: M,
                  onMouseout: B
                },
                pe(qi, {
                  position: ae,
                  centerX: ut,
                  centerY: Xe,
                  radius: r.value,
                  type: "target",
                  "data-type": "target"
                })
              )
            ] : null
          ]
        ]
      );
    };
    function M() {
      z.value = !0;
    }
    function B() {
      z.value = !1;
    }
    function L(_, k) {
      b.update({ event: _, edge: p.value, connection: k });
    }
    function Y(_) {
      b.updateEnd({ event: _, edge: p.value }), Z.value = !1;
    }
    function R(_, k) {
      _.button === 0 && (Z.value = !0, X.value = k ? p.value.target : p.value.source, H.value = (k ? p.value.targetHandle : p.value.sourceHandle) ?? null, S.value = k ? "target" : "source", b.updateStart({ event: _, edge: p.value }), O(_));
    }
    function G(_) {
      var k;
      const D = { event: _, edge: p.value };
      h.value && (s.value = !1, p.value.selected && g.value ? (u([p.value]), (k = U.value) == null || k.blur()) : n([p.value])), b.click(D);
    }
    function q(_) {
      b.contextMenu({ event: _, edge: p.value });
    }
    function ee(_) {
      b.doubleClick({ event: _, edge: p.value });
    }
    function ce(_) {
      b.mouseEnter({ event: _, edge: p.value });
    }
    function ue(_) {
      b.mouseMove({ event: _, edge: p.value });
    }
    function he(_) {
      b.mouseLeave({ event: _, edge: p.value });
    }
    function se(_) {
      R(_, !0);
    }
    function le(_) {
      R(_, !1);
    }
    function N(_) {
      var k;
      !m.value && ba.includes(_.key) && h.value && (_.key === "Escape" ? ((k = U.value) == null || k.blur(), u([c(e.id)])) : n([c(e.id)]));
    }
  }
}), qg = Wg, Kg = ye({
  name: "ConnectionLine",
  compatConfig: { MODE: 3 },
  setup() {
    var e;
    const {
      id: t,
      connectionMode: n,
      connectionStartHandle: o,
      connectionEndHandle: r,
      connectionPosition: i,
      connectionLineType: s,
      connectionLineStyle: a,
      connectionLineOptions: l,
      connectionStatus: u,
      viewport: c,
      findNode: d
    } = we(), f = (e = Dt(Oo)) == null ? void 0 : e["connection-line"], g = re(() => {
      var E;
      return d((E = o.value) == null ? void 0 : E.nodeId);
    }), m = re(() => {
      var E;
      return d((E = r.value) == null ? void 0 : E.nodeId) ?? null;
    }), y = re(() => ({
      x: (i.value.x - c.value.x) / c.value.zoom,
      y: (i.value.y - c.value.y) / c.value.zoom
    })), x = re(
      () => l.value.markerStart ? `url(#${_n(l.value.markerStart, t)})` : ""
    ), w = re(
      () => l.value.markerEnd ? `url(#${_n(l.value.markerEnd, t)})` : ""
    );
    return () => {
      var E, p, b;
      if (!g.value || !o.value)
        return null;
      const A = o.value.id, V = o.value.type, F = g.value.handleBounds;
      let z = F?.[V] ?? [];
      if (n.value === mt.Loose) {
        const C = F?.[V === "source" ? "target" : "source"] ?? [];
        z = [...z, ...C];
      }
      if (!z)
        return null;
      const Z = (A ? z.find((C) => C.id === A) : z[0]) ?? null, X = Z?.position ?? te.Top, { x: H, y: S } = Xt(g.value, Z, X);
      let U = null;
      m.value && (n.value === mt.Strict ? U = ((E = m.value.handleBounds[V === "source" ? "target" : "source"]) == null ? void 0 : E.find(
        (C) => {
          var P;
          return C.id === ((P = r.value) == null ? void 0 : P.id);
        }
      )) || null : U = ((p = [...m.value.handleBounds.source ?? [], ...m.value.handleBounds.target ?? []]) == null ? void 0 : p.find(
        (C) => {
          var P;
          return C.id === ((P = r.value) == null ? void 0 : P.id);
        }
      )) || null);
      const h = ((b = r.value) == null ? void 0 : b.position) ?? (X ? _r[X] : null);
      if (!X || !h)
        return null;
      const $ = s.value ?? l.value.type ?? _t.Bezier;
      let v = "";
      const I = {
        sourceX: H,
        sourceY: S,
        sourcePosition: X,
        targetX: y.value.x,
        targetY: y.value.y,
        targetPosition: h
      };
      return $ === _t.Bezier ? [v] = Xa(I) : $ === _t.Step ? [v] = Er({
        ...I,
        borderRadius: 0
      }) : $ === _t.SmoothStep ? [v] = Er(I) : $ === _t.SimpleBezier ? [v] = Ga(I) : v = `M${H},${S} ${y.value.x},${y.value.y}`, pe(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        pe(
          "g",
          { class: "vue-flow__connection" },
          f ? pe(f, {
            sourceX: H,
            sourceY: S,
            sourcePosition: X,
            targetX: y.value.x,
            targetY: y.value.y,
            targetPosition: h,
            sourceNode: g.value,
            sourceHandle: Z,
            targetNode: m.value,
            targetHandle: U,
            markerEnd: w.value,
            markerStart: x.value,
            connectionStatus: u.value
          }) : pe("path", {
            d: v,
            class: [l.value.class, u.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...l.value.style
            },
            "marker-end": w.value,
            "marker-start": x.value
          })
        )
      );
    };
  }
}), jg = Kg, Jg = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], Qg = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, ev = /* @__PURE__ */ ye({
  ...Qg,
  props: {
    id: {},
    type: {},
    color: { default: "none" },
    width: { default: 12.5 },
    height: { default: 12.5 },
    markerUnits: { default: "strokeWidth" },
    orient: { default: "auto-start-reverse" },
    strokeWidth: { default: 1 }
  },
  setup(e) {
    return (t, n) => (Q(), ie("marker", {
      id: t.id,
      class: "vue-flow__arrowhead",
      viewBox: "-10 -10 20 20",
      refX: "0",
      refY: "0",
      markerWidth: `${t.width}`,
      markerHeight: `${t.height}`,
      markerUnits: t.markerUnits,
      orient: t.orient
    }, [
      t.type === W(ho).ArrowClosed ? (Q(), ie("polyline", {
        key: 0,
        style: Me({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : xe("", !0),
      t.type === W(ho).Arrow ? (Q(), ie("polyline", {
        key: 1,
        style: Me({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : xe("", !0)
    ], 8, Jg));
  }
}), tv = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, nv = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, ov = /* @__PURE__ */ ye({
  ...nv,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: r } = we(), i = re(() => {
      const s = /* @__PURE__ */ new Set(), a = [], l = (u) => {
        if (u) {
          const c = _n(u, t);
          s.has(c) || (typeof u == "object" ? a.push({ ...u, id: c, color: u.color || r.value }) : a.push({ id: c, color: r.value, type: u }), s.add(c));
        }
      };
      for (const u of [o.value.markerEnd, o.value.markerStart])
        l(u);
      for (const u of n.value)
        for (const c of [u.markerStart, u.markerEnd])
          l(c);
      return a.sort((u, c) => u.id.localeCompare(c.id));
    });
    return (s, a) => (Q(), ie("svg", tv, [
      _e("defs", null, [
        (Q(!0), ie(Oe, null, kn(i.value, (l) => (Q(), ke(ev, {
          id: l.id,
          key: l.id,
          type: l.type,
          color: l.color,
          width: l.width,
          height: l.height,
          markerUnits: l.markerUnits,
          "stroke-width": l.strokeWidth,
          orient: l.orient
        }, null, 8, ["id", "type", "color", "width", "height", "markerUnits", "stroke-width", "orient"]))), 128))
      ])
    ]));
  }
}), rv = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, iv = /* @__PURE__ */ ye({
  ...rv,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = we();
    return (r, i) => (Q(), ie(Oe, null, [
      Ce(ov),
      (Q(!0), ie(Oe, null, kn(W(n), (s) => (Q(), ie("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Me({ zIndex: W(xh)(s, W(t), W(o)) })
      }, [
        Ce(W(qg), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      Ce(W(jg))
    ], 64));
  }
}), sv = ye({
  name: "Node",
  compatConfig: { MODE: 3 },
  props: ["id", "resizeObserver"],
  setup(e) {
    const {
      id: t,
      noPanClassName: n,
      selectNodesOnDrag: o,
      nodesSelectionActive: r,
      multiSelectionActive: i,
      emits: s,
      removeSelectedNodes: a,
      addSelectedNodes: l,
      updateNodeDimensions: u,
      onUpdateNodeInternals: c,
      getNodeTypes: d,
      nodeExtent: f,
      elevateNodesOnSelect: g,
      disableKeyboardA11y: m,
      ariaLiveMessage: y,
      snapToGrid: x,
      snapGrid: w,
      nodeDragThreshold: E,
      nodesDraggable: p,
      elementsSelectable: b,
      nodesConnectable: A,
      nodesFocusable: V,
      hooks: F
    } = we(), z = Ee(null);
    Ct(za, z), Ct(Aa, e.id);
    const Z = Dt(Oo), X = qt(), H = La(), { node: S, parentNode: U } = Va(e.id), { emit: h, on: $ } = Fh(S, s), v = ge(() => typeof S.draggable > "u" ? p.value : S.draggable), I = ge(() => typeof S.selectable > "u" ? b.value : S.selectable), C = ge(() => typeof S.connectable > "u" ? A.value : S.connectable), P = ge(() => typeof S.focusable > "u" ? V.value : S.focusable), O = re(
      () => I.value || v.value || F.value.nodeClick.hasListeners() || F.value.nodeDoubleClick.hasListeners() || F.value.nodeMouseEnter.hasListeners() || F.value.nodeMouseMove.hasListeners() || F.value.nodeMouseLeave.hasListeners()
    ), M = ge(() => !!S.dimensions.width && !!S.dimensions.height), B = re(() => {
      const k = S.type || "default", D = Z?.[`node-${k}`];
      if (D)
        return D;
      let T = S.template || d.value[k];
      if (typeof T == "string" && X) {
        const j = Object.keys(X.appContext.components);
        j && j.includes(k) && (T = Hs(k, !1));
      }
      return T && typeof T != "string" ? T : (s.error(new Se(Ne.NODE_TYPE_MISSING, T)), !1);
    }), L = Ra({
      id: e.id,
      el: z,
      disabled: () => !v.value,
      selectable: I,
      dragHandle: () => S.dragHandle,
      onStart(k) {
        h.dragStart(k);
      },
      onDrag(k) {
        h.drag(k);
      },
      onStop(k) {
        h.dragStop(k);
      },
      onClick(k) {
        N(k);
      }
    }), Y = re(() => S.class instanceof Function ? S.class(S) : S.class), R = re(() => {
      const k = (S.style instanceof Function ? S.style(S) : S.style) || {}, D = S.width instanceof Function ? S.width(S) : S.width, T = S.height instanceof Function ? S.height(S) : S.height;
      return !k.width && D && (k.width = typeof D == "string" ? D : `${D}px`), !k.height && T && (k.height = typeof T == "string" ? T : `${T}px`), k;
    }), G = ge(() => Number(S.zIndex ?? R.value.zIndex ?? 0));
    return c((k) => {
      (k.includes(e.id) || !k.length) && ee();
    }), lt(() => {
      me(
        () => S.hidden,
        (k = !1, D, T) => {
          !k && z.value && (e.resizeObserver.observe(z.value), T(() => {
            z.value && e.resizeObserver.unobserve(z.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), me([() => S.type, () => S.sourcePosition, () => S.targetPosition], () => {
      Ve(() => {
        u([{ id: e.id, nodeElement: z.value, forceUpdate: !0 }]);
      });
    }), me(
      [
        () => S.position.x,
        () => S.position.y,
        () => {
          var k;
          return (k = U.value) == null ? void 0 : k.computedPosition.x;
        },
        () => {
          var k;
          return (k = U.value) == null ? void 0 : k.computedPosition.y;
        },
        () => {
          var k;
          return (k = U.value) == null ? void 0 : k.computedPosition.z;
        },
        G,
        () => S.selected,
        () => S.dimensions.height,
        () => S.dimensions.width,
        () => {
          var k;
          return (k = U.value) == null ? void 0 : k.dimensions.height;
        },
        () => {
          var k;
          return (k = U.value) == null ? void 0 : k.dimensions.width;
        }
      ],
      ([k, D, T, j, J, oe]) => {
        const ne = {
          x: k,
          y: D,
          z: oe + (g.value && S.selected ? 1e3 : 0)
        };
        typeof T < "u" && typeof j < "u" ? S.computedPosition = mh({ x: T, y: j, z: J }, ne) : S.computedPosition = ne;
      },
      { flush: "post", immediate: !0 }
    ), me([() => S.extent, f], ([k, D], [T, j]) => {
      (k !== T || D !== j) && q();
    }), S.extent === "parent" || typeof S.extent == "object" && "range" in S.extent && S.extent.range === "parent" ? ur(() => M).toBe(!0).then(q) : q(), () => S.hidden ? null : pe(
      "div",
      {
        ref: z,
        "data-id": S.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${B.value === !1 ? "default" : S.type || "default"}`,
          {
            [n.value]: v.value,
            dragging: L?.value,
            draggable: v.value,
            selected: S.selected,
            selectable: I.value,
            parent: S.isParent
          },
          Y.value
        ],
        style: {
          visibility: M.value ? "visible" : "hidden",
          zIndex: S.computedPosition.z ?? G.value,
          transform: `translate(${S.computedPosition.x}px,${S.computedPosition.y}px)`,
          pointerEvents: O.value ? "all" : "none",
          ...R.value
        },
        tabIndex: P.value ? 0 : void 0,
        role: P.value ? "group" : void 0,
        "aria-describedby": m.value ? void 0 : `${wa}-${t}`,
        "aria-label": S.ariaLabel,
        "aria-roledescription": "node",
        ...S.domAttributes,
        onMouseenter: ce,
        onMousemove: ue,
        onMouseleave: he,
        onContextmenu: se,
        onClick: N,
        onDblclick: le,
        onKeydown: _
      },
      [
        pe(B.value === !1 ? d.value.default : B.value, {
          id: S.id,
          type: S.type,
          data: S.data,
          events: { ...S.events, ...$ },
          selected: S.selected,
          resizing: S.resizing,
          dragging: L.value,
          connectable: C.value,
          position: S.computedPosition,
          dimensions: S.dimensions,
          isValidTargetPos: S.isValidTargetPos,
          isValidSourcePos: S.isValidSourcePos,
          parent: S.parentNode,
          parentNodeId: S.parentNode,
          zIndex: S.computedPosition.z ?? G.value,
          targetPosition: S.targetPosition,
          sourcePosition: S.sourcePosition,
          label: S.label,
          dragHandle: S.dragHandle,
          onUpdateNodeInternals: ee
        })
      ]
    );
    function q() {
      const k = S.computedPosition, { computedPosition: D, position: T } = Gr(
        S,
        x.value ? To(k, w.value) : k,
        s.error,
        f.value,
        U.value
      );
      (S.computedPosition.x !== D.x || S.computedPosition.y !== D.y) && (S.computedPosition = { ...S.computedPosition, ...D }), (S.position.x !== T.x || S.position.y !== T.y) && (S.position = T);
    }
    function ee() {
      z.value && u([{ id: e.id, nodeElement: z.value, forceUpdate: !0 }]);
    }
    function ce(k) {
      L?.value || h.mouseEnter({ event: k, node: S });
    }
    function ue(k) {
      L?.value || h.mouseMove({ event: k, node: S });
    }
    function he(k) {
      L?.value || h.mouseLeave({ event: k, node: S });
    }
    function se(k) {
      return h.contextMenu({ event: k, node: S });
    }
    function le(k) {
      return h.doubleClick({ event: k, node: S });
    }
    function N(k) {
      I.value && (!o.value || !v.value || E.value > 0) && br(
        S,
        i.value,
        l,
        a,
        r,
        !1,
        z.value
      ), h.click({ event: k, node: S });
    }
    function _(k) {
      if (!(yr(k) || m.value))
        if (ba.includes(k.key) && I.value) {
          const D = k.key === "Escape";
          br(
            S,
            i.value,
            l,
            a,
            r,
            D,
            z.value
          );
        } else v.value && S.selected && Vt[k.key] && (k.preventDefault(), y.value = `Moved selected node ${k.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~S.position.x}, y: ${~~S.position.y}`, H(
          {
            x: Vt[k.key].x,
            y: Vt[k.key].y
          },
          k.shiftKey
        ));
    }
  }
}), av = sv;
function lv(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = we();
  return re(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && (n?.handleBounds === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const uv = { class: "vue-flow__nodes vue-flow__container" }, cv = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, dv = /* @__PURE__ */ ye({
  ...cv,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = we(), r = lv(), i = Ee();
    return me(
      r,
      (s) => {
        s && Ve(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), lt(() => {
      i.value = new ResizeObserver((s) => {
        const a = s.map((l) => ({
          id: l.target.getAttribute("data-id"),
          nodeElement: l.target,
          forceUpdate: !0
        }));
        Ve(() => n(a));
      });
    }), Dr(() => {
      var s;
      return (s = i.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (Q(), ie("div", uv, [
      i.value ? (Q(!0), ie(Oe, { key: 0 }, kn(W(t), (l, u, c, d) => {
        const f = [l.id];
        if (d && d.key === l.id && nu(d, f))
          return d;
        const g = (Q(), ke(W(av), {
          id: l.id,
          key: l.id,
          "resize-observer": i.value
        }, null, 8, ["id", "resize-observer"]));
        return g.memo = f, g;
      }, a, 0), 128)) : xe("", !0)
    ]));
  }
});
function fv() {
  const { emits: e } = we();
  lt(() => {
    if (Pa()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Se(Ne.MISSING_STYLES));
    }
  });
}
const hv = /* @__PURE__ */ _e("div", { class: "vue-flow__edge-labels" }, null, -1), gv = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, vv = /* @__PURE__ */ ye({
  ...gv,
  props: {
    id: {},
    modelValue: {},
    nodes: {},
    edges: {},
    edgeTypes: {},
    nodeTypes: {},
    connectionMode: {},
    connectionLineType: {},
    connectionLineStyle: { default: void 0 },
    connectionLineOptions: { default: void 0 },
    connectionRadius: {},
    isValidConnection: { type: [Function, null], default: void 0 },
    deleteKeyCode: { default: void 0 },
    selectionKeyCode: { type: [Boolean, null], default: void 0 },
    multiSelectionKeyCode: { default: void 0 },
    zoomActivationKeyCode: { default: void 0 },
    panActivationKeyCode: { default: void 0 },
    snapToGrid: { type: Boolean, default: void 0 },
    snapGrid: {},
    onlyRenderVisibleElements: { type: Boolean, default: void 0 },
    edgesUpdatable: { type: [Boolean, String], default: void 0 },
    nodesDraggable: { type: Boolean, default: void 0 },
    nodesConnectable: { type: Boolean, default: void 0 },
    nodeDragThreshold: {},
    elementsSelectable: { type: Boolean, default: void 0 },
    selectNodesOnDrag: { type: Boolean, default: void 0 },
    panOnDrag: { type: [Boolean, Array], default: void 0 },
    minZoom: {},
    maxZoom: {},
    defaultViewport: {},
    translateExtent: {},
    nodeExtent: {},
    defaultMarkerColor: {},
    zoomOnScroll: { type: Boolean, default: void 0 },
    zoomOnPinch: { type: Boolean, default: void 0 },
    panOnScroll: { type: Boolean, default: void 0 },
    panOnScrollSpeed: {},
    panOnScrollMode: {},
    paneClickDistance: {},
    zoomOnDoubleClick: { type: Boolean, default: void 0 },
    preventScrolling: { type: Boolean, default: void 0 },
    selectionMode: {},
    edgeUpdaterRadius: {},
    fitViewOnInit: { type: Boolean, default: void 0 },
    connectOnClick: { type: Boolean, default: void 0 },
    applyDefault: { type: Boolean, default: void 0 },
    autoConnect: { type: [Boolean, Function], default: void 0 },
    noDragClassName: {},
    noWheelClassName: {},
    noPanClassName: {},
    defaultEdgeOptions: {},
    elevateEdgesOnSelect: { type: Boolean, default: void 0 },
    elevateNodesOnSelect: { type: Boolean, default: void 0 },
    disableKeyboardA11y: { type: Boolean, default: void 0 },
    edgesFocusable: { type: Boolean, default: void 0 },
    nodesFocusable: { type: Boolean, default: void 0 },
    autoPanOnConnect: { type: Boolean, default: void 0 },
    autoPanOnNodeDrag: { type: Boolean, default: void 0 },
    autoPanSpeed: {}
  },
  emits: ["nodesChange", "edgesChange", "nodesInitialized", "paneReady", "init", "updateNodeInternals", "error", "connect", "connectStart", "connectEnd", "clickConnectStart", "clickConnectEnd", "moveStart", "move", "moveEnd", "selectionDragStart", "selectionDrag", "selectionDragStop", "selectionContextMenu", "selectionStart", "selectionEnd", "viewportChangeStart", "viewportChange", "viewportChangeEnd", "paneScroll", "paneClick", "paneContextMenu", "paneMouseEnter", "paneMouseMove", "paneMouseLeave", "edgeUpdate", "edgeContextMenu", "edgeMouseEnter", "edgeMouseMove", "edgeMouseLeave", "edgeDoubleClick", "edgeClick", "edgeUpdateStart", "edgeUpdateEnd", "nodeContextMenu", "nodeMouseEnter", "nodeMouseMove", "nodeMouseLeave", "nodeDoubleClick", "nodeClick", "nodeDragStart", "nodeDrag", "nodeDragStop", "miniMapNodeClick", "miniMapNodeDoubleClick", "miniMapNodeMouseEnter", "miniMapNodeMouseMove", "miniMapNodeMouseLeave", "update:modelValue", "update:nodes", "update:edges"],
  setup(e, { expose: t, emit: n }) {
    const o = e, r = Ls(), i = Fo(o, "modelValue", n), s = Fo(o, "nodes", n), a = Fo(o, "edges", n), l = we(o), u = Uh({ modelValue: i, nodes: s, edges: a }, o, l);
    return Wh(n, l.hooks), Gg(), fv(), Ct(Oo, r), Jl(u), t(l), (c, d) => (Q(), ie("div", {
      ref: W(l).vueFlowRef,
      class: "vue-flow"
    }, [
      Ce(Vg, null, {
        default: Ze(() => [
          Ce(iv),
          hv,
          Ce(dv),
          be(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      be(c.$slots, "default"),
      Ce(Xg)
    ], 512));
  }
}), pv = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, Za = /* @__PURE__ */ ye({
  ...pv,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = we(), o = re(() => `${t.position}`.split("-"));
    return (r, i) => (Q(), ie("div", {
      class: Le(["vue-flow__panel", o.value]),
      style: Me({ pointerEvents: W(n) ? "none" : "all" })
    }, [
      be(r.$slots, "default")
    ], 6));
  }
});
var rt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(rt || {});
const Wa = function({ dimensions: e, size: t, color: n }) {
  return pe("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, qa = function({ radius: e, color: t }) {
  return pe("circle", { cx: e, cy: e, r: e, fill: t });
};
rt.Lines + "", rt.Dots + "";
const mv = {
  [rt.Dots]: "#81818a",
  [rt.Lines]: "#eee"
}, yv = ["id", "x", "y", "width", "height", "patternTransform"], wv = {
  key: 2,
  height: "100",
  width: "100"
}, _v = ["fill"], bv = ["x", "y", "fill"], Ev = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, xv = /* @__PURE__ */ ye({
  ...Ev,
  props: {
    id: {},
    variant: { default: () => rt.Dots },
    gap: { default: 20 },
    size: { default: 1 },
    lineWidth: { default: 1 },
    patternColor: {},
    color: {},
    bgColor: {},
    height: { default: 100 },
    width: { default: 100 },
    x: { default: 0 },
    y: { default: 0 },
    offset: { default: 0 }
  },
  setup(e) {
    const { id: t, viewport: n } = we(), o = re(() => {
      const s = n.value.zoom, [a, l] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], u = [a * s || 1, l * s || 1], c = e.size * s, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], g = [d * s || 1 + u[0] / 2, f * s || 1 + u[1] / 2];
      return {
        scaledGap: u,
        offset: g,
        size: c
      };
    }), r = ge(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), i = ge(() => e.color || e.patternColor || mv[e.variant || rt.Dots]);
    return (s, a) => (Q(), ie("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Me({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      be(s.$slots, "pattern-container", { id: r.value }, () => [
        _e("pattern", {
          id: r.value,
          x: W(n).x % o.value.scaledGap[0],
          y: W(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          be(s.$slots, "pattern", {}, () => [
            s.variant === W(rt).Lines ? (Q(), ke(W(Wa), {
              key: 0,
              size: s.lineWidth,
              color: i.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === W(rt).Dots ? (Q(), ke(W(qa), {
              key: 1,
              color: i.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : xe("", !0),
            s.bgColor ? (Q(), ie("svg", wv, [
              _e("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, _v)
            ])) : xe("", !0)
          ])
        ], 8, yv)
      ]),
      _e("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${r.value})`
      }, null, 8, bv),
      be(s.$slots, "default", { id: r.value })
    ], 4));
  }
}), $v = {
  name: "ControlButton",
  compatConfig: { MODE: 3 }
}, Nv = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [o, r] of t)
    n[o] = r;
  return n;
}, Sv = {
  type: "button",
  class: "vue-flow__controls-button"
};
function kv(e, t, n, o, r, i) {
  return Q(), ie("button", Sv, [
    be(e.$slots, "default")
  ]);
}
const Yn = /* @__PURE__ */ Nv($v, [["render", kv]]), Cv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 32"
}, Mv = /* @__PURE__ */ _e("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" }, null, -1), Iv = [
  Mv
];
function Tv(e, t) {
  return Q(), ie("svg", Cv, Iv);
}
const Ov = { render: Tv }, Dv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 5"
}, Pv = /* @__PURE__ */ _e("path", { d: "M0 0h32v4.2H0z" }, null, -1), Av = [
  Pv
];
function zv(e, t) {
  return Q(), ie("svg", Dv, Av);
}
const Rv = { render: zv }, Bv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 30"
}, Vv = /* @__PURE__ */ _e("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0 0 27.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94a.919.919 0 0 1-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" }, null, -1), Lv = [
  Vv
];
function Hv(e, t) {
  return Q(), ie("svg", Bv, Lv);
}
const Fv = { render: Hv }, Yv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, Xv = /* @__PURE__ */ _e("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" }, null, -1), Gv = [
  Xv
];
function Uv(e, t) {
  return Q(), ie("svg", Yv, Gv);
}
const Zv = { render: Uv }, Wv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, qv = /* @__PURE__ */ _e("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047z" }, null, -1), Kv = [
  qv
];
function jv(e, t) {
  return Q(), ie("svg", Wv, Kv);
}
const Jv = { render: jv }, Qv = {
  name: "Controls",
  compatConfig: { MODE: 3 }
}, ep = /* @__PURE__ */ ye({
  ...Qv,
  props: {
    showZoom: { type: Boolean, default: !0 },
    showFitView: { type: Boolean, default: !0 },
    showInteractive: { type: Boolean, default: !0 },
    fitViewParams: {},
    position: { default: () => ya.BottomLeft }
  },
  emits: ["zoomIn", "zoomOut", "fitView", "interactionChange"],
  setup(e, { emit: t }) {
    const {
      nodesDraggable: n,
      nodesConnectable: o,
      elementsSelectable: r,
      setInteractive: i,
      zoomIn: s,
      zoomOut: a,
      fitView: l,
      viewport: u,
      minZoom: c,
      maxZoom: d
    } = we(), f = ge(() => n.value || o.value || r.value), g = ge(() => u.value.zoom <= c.value), m = ge(() => u.value.zoom >= d.value);
    function y() {
      s(), t("zoomIn");
    }
    function x() {
      a(), t("zoomOut");
    }
    function w() {
      l(e.fitViewParams), t("fitView");
    }
    function E() {
      i(!f.value), t("interactionChange", !f.value);
    }
    return (p, b) => (Q(), ke(W(Za), {
      class: "vue-flow__controls",
      position: p.position
    }, {
      default: Ze(() => [
        be(p.$slots, "top"),
        p.showZoom ? (Q(), ie(Oe, { key: 0 }, [
          be(p.$slots, "control-zoom-in", {}, () => [
            Ce(Yn, {
              class: "vue-flow__controls-zoomin",
              disabled: m.value,
              onClick: y
            }, {
              default: Ze(() => [
                be(p.$slots, "icon-zoom-in", {}, () => [
                  (Q(), ke(wt(W(Ov))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ]),
          be(p.$slots, "control-zoom-out", {}, () => [
            Ce(Yn, {
              class: "vue-flow__controls-zoomout",
              disabled: g.value,
              onClick: x
            }, {
              default: Ze(() => [
                be(p.$slots, "icon-zoom-out", {}, () => [
                  (Q(), ke(wt(W(Rv))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ])
        ], 64)) : xe("", !0),
        p.showFitView ? be(p.$slots, "control-fit-view", { key: 1 }, () => [
          Ce(Yn, {
            class: "vue-flow__controls-fitview",
            onClick: w
          }, {
            default: Ze(() => [
              be(p.$slots, "icon-fit-view", {}, () => [
                (Q(), ke(wt(W(Fv))))
              ])
            ]),
            _: 3
          })
        ]) : xe("", !0),
        p.showInteractive ? be(p.$slots, "control-interactive", { key: 2 }, () => [
          p.showInteractive ? (Q(), ke(Yn, {
            key: 0,
            class: "vue-flow__controls-interactive",
            onClick: E
          }, {
            default: Ze(() => [
              f.value ? be(p.$slots, "icon-unlock", { key: 0 }, () => [
                (Q(), ke(wt(W(Jv))))
              ]) : xe("", !0),
              f.value ? xe("", !0) : be(p.$slots, "icon-lock", { key: 1 }, () => [
                (Q(), ke(wt(W(Zv))))
              ])
            ]),
            _: 3
          })) : xe("", !0)
        ]) : xe("", !0),
        be(p.$slots, "default")
      ]),
      _: 3
    }, 8, ["position"]));
  }
});
var tp = { value: () => {
} };
function Wr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new eo(n);
}
function eo(e) {
  this._ = e;
}
function np(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", r = n.indexOf(".");
    if (r >= 0 && (o = n.slice(r + 1), n = n.slice(0, r)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
eo.prototype = Wr.prototype = {
  constructor: eo,
  on: function(e, t) {
    var n = this._, o = np(e + "", n), r, i = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++i < s; ) if ((r = (e = o[i]).type) && (r = op(n[r], e.name))) return r;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++i < s; )
      if (r = (e = o[i]).type) n[r] = Ki(n[r], e.name, t);
      else if (t == null) for (r in n) n[r] = Ki(n[r], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new eo(e);
  },
  call: function(e, t) {
    if ((r = arguments.length - 2) > 0) for (var n = new Array(r), o = 0, r, i; o < r; ++o) n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (i = this._[e], o = 0, r = i.length; o < r; ++o) i[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (var o = this._[e], r = 0, i = o.length; r < i; ++r) o[r].value.apply(t, n);
  }
};
function op(e, t) {
  for (var n = 0, o = e.length, r; n < o; ++n)
    if ((r = e[n]).name === t)
      return r.value;
}
function Ki(e, t, n) {
  for (var o = 0, r = e.length; o < r; ++o)
    if (e[o].name === t) {
      e[o] = tp, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var xr = "http://www.w3.org/1999/xhtml";
const ji = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: xr,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Ro(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ji.hasOwnProperty(t) ? { space: ji[t], local: e } : e;
}
function rp(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === xr && t.documentElement.namespaceURI === xr ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function ip(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Ka(e) {
  var t = Ro(e);
  return (t.local ? ip : rp)(t);
}
function sp() {
}
function qr(e) {
  return e == null ? sp : function() {
    return this.querySelector(e);
  };
}
function ap(e) {
  typeof e != "function" && (e = qr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), r = 0; r < n; ++r)
    for (var i = t[r], s = i.length, a = o[r] = new Array(s), l, u, c = 0; c < s; ++c)
      (l = i[c]) && (u = e.call(l, l.__data__, c, i)) && ("__data__" in l && (u.__data__ = l.__data__), a[c] = u);
  return new Pe(o, this._parents);
}
function lp(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function up() {
  return [];
}
function ja(e) {
  return e == null ? up : function() {
    return this.querySelectorAll(e);
  };
}
function cp(e) {
  return function() {
    return lp(e.apply(this, arguments));
  };
}
function dp(e) {
  typeof e == "function" ? e = cp(e) : e = ja(e);
  for (var t = this._groups, n = t.length, o = [], r = [], i = 0; i < n; ++i)
    for (var s = t[i], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (o.push(e.call(l, l.__data__, u, s)), r.push(l));
  return new Pe(o, r);
}
function Ja(e) {
  return function() {
    return this.matches(e);
  };
}
function Qa(e) {
  return function(t) {
    return t.matches(e);
  };
}
var fp = Array.prototype.find;
function hp(e) {
  return function() {
    return fp.call(this.children, e);
  };
}
function gp() {
  return this.firstElementChild;
}
function vp(e) {
  return this.select(e == null ? gp : hp(typeof e == "function" ? e : Qa(e)));
}
var pp = Array.prototype.filter;
function mp() {
  return Array.from(this.children);
}
function yp(e) {
  return function() {
    return pp.call(this.children, e);
  };
}
function wp(e) {
  return this.selectAll(e == null ? mp : yp(typeof e == "function" ? e : Qa(e)));
}
function _p(e) {
  typeof e != "function" && (e = Ja(e));
  for (var t = this._groups, n = t.length, o = new Array(n), r = 0; r < n; ++r)
    for (var i = t[r], s = i.length, a = o[r] = [], l, u = 0; u < s; ++u)
      (l = i[u]) && e.call(l, l.__data__, u, i) && a.push(l);
  return new Pe(o, this._parents);
}
function el(e) {
  return new Array(e.length);
}
function bp() {
  return new Pe(this._enter || this._groups.map(el), this._parents);
}
function mo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
mo.prototype = {
  constructor: mo,
  appendChild: function(e) {
    return this._parent.insertBefore(e, this._next);
  },
  insertBefore: function(e, t) {
    return this._parent.insertBefore(e, t);
  },
  querySelector: function(e) {
    return this._parent.querySelector(e);
  },
  querySelectorAll: function(e) {
    return this._parent.querySelectorAll(e);
  }
};
function Ep(e) {
  return function() {
    return e;
  };
}
function xp(e, t, n, o, r, i) {
  for (var s = 0, a, l = t.length, u = i.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = i[s], o[s] = a) : n[s] = new mo(e, i[s]);
  for (; s < l; ++s)
    (a = t[s]) && (r[s] = a);
}
function $p(e, t, n, o, r, i, s) {
  var a, l, u = /* @__PURE__ */ new Map(), c = t.length, d = i.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (l = t[a]) && (f[a] = g = s.call(l, l.__data__, a, t) + "", u.has(g) ? r[a] = l : u.set(g, l));
  for (a = 0; a < d; ++a)
    g = s.call(e, i[a], a, i) + "", (l = u.get(g)) ? (o[a] = l, l.__data__ = i[a], u.delete(g)) : n[a] = new mo(e, i[a]);
  for (a = 0; a < c; ++a)
    (l = t[a]) && u.get(f[a]) === l && (r[a] = l);
}
function Np(e) {
  return e.__data__;
}
function Sp(e, t) {
  if (!arguments.length) return Array.from(this, Np);
  var n = t ? $p : xp, o = this._parents, r = this._groups;
  typeof e != "function" && (e = Ep(e));
  for (var i = r.length, s = new Array(i), a = new Array(i), l = new Array(i), u = 0; u < i; ++u) {
    var c = o[u], d = r[u], f = d.length, g = kp(e.call(c, c && c.__data__, u, o)), m = g.length, y = a[u] = new Array(m), x = s[u] = new Array(m), w = l[u] = new Array(f);
    n(c, d, y, x, w, g, t);
    for (var E = 0, p = 0, b, A; E < m; ++E)
      if (b = y[E]) {
        for (E >= p && (p = E + 1); !(A = x[p]) && ++p < m; ) ;
        b._next = A || null;
      }
  }
  return s = new Pe(s, o), s._enter = a, s._exit = l, s;
}
function kp(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Cp() {
  return new Pe(this._exit || this._groups.map(el), this._parents);
}
function Mp(e, t, n) {
  var o = this.enter(), r = this, i = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (r = t(r), r && (r = r.selection())), n == null ? i.remove() : n(i), o && r ? o.merge(r).order() : r;
}
function Ip(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, r = n.length, i = o.length, s = Math.min(r, i), a = new Array(r), l = 0; l < s; ++l)
    for (var u = n[l], c = o[l], d = u.length, f = a[l] = new Array(d), g, m = 0; m < d; ++m)
      (g = u[m] || c[m]) && (f[m] = g);
  for (; l < r; ++l)
    a[l] = n[l];
  return new Pe(a, this._parents);
}
function Tp() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], r = o.length - 1, i = o[r], s; --r >= 0; )
      (s = o[r]) && (i && s.compareDocumentPosition(i) ^ 4 && i.parentNode.insertBefore(s, i), i = s);
  return this;
}
function Op(e) {
  e || (e = Dp);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, r = new Array(o), i = 0; i < o; ++i) {
    for (var s = n[i], a = s.length, l = r[i] = new Array(a), u, c = 0; c < a; ++c)
      (u = s[c]) && (l[c] = u);
    l.sort(t);
  }
  return new Pe(r, this._parents).order();
}
function Dp(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Pp() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Ap() {
  return Array.from(this);
}
function zp() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], r = 0, i = o.length; r < i; ++r) {
      var s = o[r];
      if (s) return s;
    }
  return null;
}
function Rp() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Bp() {
  return !this.node();
}
function Vp(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var r = t[n], i = 0, s = r.length, a; i < s; ++i)
      (a = r[i]) && e.call(a, a.__data__, i, r);
  return this;
}
function Lp(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Hp(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Fp(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Yp(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Xp(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Gp(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Up(e, t) {
  var n = Ro(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Hp : Lp : typeof t == "function" ? n.local ? Gp : Xp : n.local ? Yp : Fp)(n, t));
}
function tl(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Zp(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Wp(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function qp(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Kp(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Zp : typeof t == "function" ? qp : Wp)(e, t, n ?? "")) : Ut(this.node(), e);
}
function Ut(e, t) {
  return e.style.getPropertyValue(t) || tl(e).getComputedStyle(e, null).getPropertyValue(t);
}
function jp(e) {
  return function() {
    delete this[e];
  };
}
function Jp(e, t) {
  return function() {
    this[e] = t;
  };
}
function Qp(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function em(e, t) {
  return arguments.length > 1 ? this.each((t == null ? jp : typeof t == "function" ? Qp : Jp)(e, t)) : this.node()[e];
}
function nl(e) {
  return e.trim().split(/^|\s+/);
}
function Kr(e) {
  return e.classList || new ol(e);
}
function ol(e) {
  this._node = e, this._names = nl(e.getAttribute("class") || "");
}
ol.prototype = {
  add: function(e) {
    var t = this._names.indexOf(e);
    t < 0 && (this._names.push(e), this._node.setAttribute("class", this._names.join(" ")));
  },
  remove: function(e) {
    var t = this._names.indexOf(e);
    t >= 0 && (this._names.splice(t, 1), this._node.setAttribute("class", this._names.join(" ")));
  },
  contains: function(e) {
    return this._names.indexOf(e) >= 0;
  }
};
function rl(e, t) {
  for (var n = Kr(e), o = -1, r = t.length; ++o < r; ) n.add(t[o]);
}
function il(e, t) {
  for (var n = Kr(e), o = -1, r = t.length; ++o < r; ) n.remove(t[o]);
}
function tm(e) {
  return function() {
    rl(this, e);
  };
}
function nm(e) {
  return function() {
    il(this, e);
  };
}
function om(e, t) {
  return function() {
    (t.apply(this, arguments) ? rl : il)(this, e);
  };
}
function rm(e, t) {
  var n = nl(e + "");
  if (arguments.length < 2) {
    for (var o = Kr(this.node()), r = -1, i = n.length; ++r < i; ) if (!o.contains(n[r])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? om : t ? tm : nm)(n, t));
}
function im() {
  this.textContent = "";
}
function sm(e) {
  return function() {
    this.textContent = e;
  };
}
function am(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function lm(e) {
  return arguments.length ? this.each(e == null ? im : (typeof e == "function" ? am : sm)(e)) : this.node().textContent;
}
function um() {
  this.innerHTML = "";
}
function cm(e) {
  return function() {
    this.innerHTML = e;
  };
}
function dm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function fm(e) {
  return arguments.length ? this.each(e == null ? um : (typeof e == "function" ? dm : cm)(e)) : this.node().innerHTML;
}
function hm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function gm() {
  return this.each(hm);
}
function vm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function pm() {
  return this.each(vm);
}
function mm(e) {
  var t = typeof e == "function" ? e : Ka(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function ym() {
  return null;
}
function wm(e, t) {
  var n = typeof e == "function" ? e : Ka(e), o = t == null ? ym : typeof t == "function" ? t : qr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function _m() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function bm() {
  return this.each(_m);
}
function Em() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function xm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function $m(e) {
  return this.select(e ? xm : Em);
}
function Nm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Sm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function km(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Cm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, r = t.length, i; n < r; ++n)
        i = t[n], (!e.type || i.type === e.type) && i.name === e.name ? this.removeEventListener(i.type, i.listener, i.options) : t[++o] = i;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Mm(e, t, n) {
  return function() {
    var o = this.__on, r, i = Sm(t);
    if (o) {
      for (var s = 0, a = o.length; s < a; ++s)
        if ((r = o[s]).type === e.type && r.name === e.name) {
          this.removeEventListener(r.type, r.listener, r.options), this.addEventListener(r.type, r.listener = i, r.options = n), r.value = t;
          return;
        }
    }
    this.addEventListener(e.type, i, n), r = { type: e.type, name: e.name, value: t, listener: i, options: n }, o ? o.push(r) : this.__on = [r];
  };
}
function Im(e, t, n) {
  var o = km(e + ""), r, i = o.length, s;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var l = 0, u = a.length, c; l < u; ++l)
        for (r = 0, c = a[l]; r < i; ++r)
          if ((s = o[r]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (a = t ? Mm : Cm, r = 0; r < i; ++r) this.each(a(o[r], t, n));
  return this;
}
function sl(e, t, n) {
  var o = tl(e), r = o.CustomEvent;
  typeof r == "function" ? r = new r(t, n) : (r = o.document.createEvent("Event"), n ? (r.initEvent(t, n.bubbles, n.cancelable), r.detail = n.detail) : r.initEvent(t, !1, !1)), e.dispatchEvent(r);
}
function Tm(e, t) {
  return function() {
    return sl(this, e, t);
  };
}
function Om(e, t) {
  return function() {
    return sl(this, e, t.apply(this, arguments));
  };
}
function Dm(e, t) {
  return this.each((typeof t == "function" ? Om : Tm)(e, t));
}
function* Pm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], r = 0, i = o.length, s; r < i; ++r)
      (s = o[r]) && (yield s);
}
var al = [null];
function Pe(e, t) {
  this._groups = e, this._parents = t;
}
function Tn() {
  return new Pe([[document.documentElement]], al);
}
function Am() {
  return this;
}
Pe.prototype = Tn.prototype = {
  constructor: Pe,
  select: ap,
  selectAll: dp,
  selectChild: vp,
  selectChildren: wp,
  filter: _p,
  data: Sp,
  enter: bp,
  exit: Cp,
  join: Mp,
  merge: Ip,
  selection: Am,
  order: Tp,
  sort: Op,
  call: Pp,
  nodes: Ap,
  node: zp,
  size: Rp,
  empty: Bp,
  each: Vp,
  attr: Up,
  style: Kp,
  property: em,
  classed: rm,
  text: lm,
  html: fm,
  raise: gm,
  lower: pm,
  append: mm,
  insert: wm,
  remove: bm,
  clone: $m,
  datum: Nm,
  on: Im,
  dispatch: Dm,
  [Symbol.iterator]: Pm
};
function vt(e) {
  return typeof e == "string" ? new Pe([[document.querySelector(e)]], [document.documentElement]) : new Pe([[e]], al);
}
function zm(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function ft(e, t) {
  if (e = zm(e), t === void 0 && (t = e.currentTarget), t) {
    var n = t.ownerSVGElement || t;
    if (n.createSVGPoint) {
      var o = n.createSVGPoint();
      return o.x = e.clientX, o.y = e.clientY, o = o.matrixTransform(t.getScreenCTM().inverse()), [o.x, o.y];
    }
    if (t.getBoundingClientRect) {
      var r = t.getBoundingClientRect();
      return [e.clientX - r.left - t.clientLeft, e.clientY - r.top - t.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
const $r = { capture: !0, passive: !1 };
function Nr(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Rm(e) {
  var t = e.document.documentElement, n = vt(e).on("dragstart.drag", Nr, $r);
  "onselectstart" in t ? n.on("selectstart.drag", Nr, $r) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Bm(e, t) {
  var n = e.document.documentElement, o = vt(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Nr, $r), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function jr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function ll(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t) n[o] = t[o];
  return n;
}
function On() {
}
var En = 0.7, yo = 1 / En, Lt = "\\s*([+-]?\\d+)\\s*", xn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", je = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Vm = /^#([0-9a-f]{3,8})$/, Lm = new RegExp(`^rgb\\(${Lt},${Lt},${Lt}\\)$`), Hm = new RegExp(`^rgb\\(${je},${je},${je}\\)$`), Fm = new RegExp(`^rgba\\(${Lt},${Lt},${Lt},${xn}\\)$`), Ym = new RegExp(`^rgba\\(${je},${je},${je},${xn}\\)$`), Xm = new RegExp(`^hsl\\(${xn},${je},${je}\\)$`), Gm = new RegExp(`^hsla\\(${xn},${je},${je},${xn}\\)$`), Ji = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
jr(On, $n, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Qi,
  // Deprecated! Use color.formatHex.
  formatHex: Qi,
  formatHex8: Um,
  formatHsl: Zm,
  formatRgb: es,
  toString: es
});
function Qi() {
  return this.rgb().formatHex();
}
function Um() {
  return this.rgb().formatHex8();
}
function Zm() {
  return ul(this).formatHsl();
}
function es() {
  return this.rgb().formatRgb();
}
function $n(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Vm.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ts(t) : n === 3 ? new Te(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Xn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Xn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Lm.exec(e)) ? new Te(t[1], t[2], t[3], 1) : (t = Hm.exec(e)) ? new Te(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Fm.exec(e)) ? Xn(t[1], t[2], t[3], t[4]) : (t = Ym.exec(e)) ? Xn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Xm.exec(e)) ? rs(t[1], t[2] / 100, t[3] / 100, 1) : (t = Gm.exec(e)) ? rs(t[1], t[2] / 100, t[3] / 100, t[4]) : Ji.hasOwnProperty(e) ? ts(Ji[e]) : e === "transparent" ? new Te(NaN, NaN, NaN, 0) : null;
}
function ts(e) {
  return new Te(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Xn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Te(e, t, n, o);
}
function Wm(e) {
  return e instanceof On || (e = $n(e)), e ? (e = e.rgb(), new Te(e.r, e.g, e.b, e.opacity)) : new Te();
}
function Sr(e, t, n, o) {
  return arguments.length === 1 ? Wm(e) : new Te(e, t, n, o ?? 1);
}
function Te(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
jr(Te, Sr, ll(On, {
  brighter(e) {
    return e = e == null ? yo : Math.pow(yo, e), new Te(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? En : Math.pow(En, e), new Te(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Te(kt(this.r), kt(this.g), kt(this.b), wo(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: ns,
  // Deprecated! Use color.formatHex.
  formatHex: ns,
  formatHex8: qm,
  formatRgb: os,
  toString: os
}));
function ns() {
  return `#${$t(this.r)}${$t(this.g)}${$t(this.b)}`;
}
function qm() {
  return `#${$t(this.r)}${$t(this.g)}${$t(this.b)}${$t((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function os() {
  const e = wo(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${kt(this.r)}, ${kt(this.g)}, ${kt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function wo(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function kt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function $t(e) {
  return e = kt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function rs(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Be(e, t, n, o);
}
function ul(e) {
  if (e instanceof Be) return new Be(e.h, e.s, e.l, e.opacity);
  if (e instanceof On || (e = $n(e)), !e) return new Be();
  if (e instanceof Be) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, r = Math.min(t, n, o), i = Math.max(t, n, o), s = NaN, a = i - r, l = (i + r) / 2;
  return a ? (t === i ? s = (n - o) / a + (n < o) * 6 : n === i ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? i + r : 2 - i - r, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new Be(s, a, l, e.opacity);
}
function Km(e, t, n, o) {
  return arguments.length === 1 ? ul(e) : new Be(e, t, n, o ?? 1);
}
function Be(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
jr(Be, Km, ll(On, {
  brighter(e) {
    return e = e == null ? yo : Math.pow(yo, e), new Be(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? En : Math.pow(En, e), new Be(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, r = 2 * n - o;
    return new Te(
      Qo(e >= 240 ? e - 240 : e + 120, r, o),
      Qo(e, r, o),
      Qo(e < 120 ? e + 240 : e - 120, r, o),
      this.opacity
    );
  },
  clamp() {
    return new Be(is(this.h), Gn(this.s), Gn(this.l), wo(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = wo(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${is(this.h)}, ${Gn(this.s) * 100}%, ${Gn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function is(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Gn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function Qo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const cl = (e) => () => e;
function jm(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Jm(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Qm(e) {
  return (e = +e) == 1 ? dl : function(t, n) {
    return n - t ? Jm(t, n, e) : cl(isNaN(t) ? n : t);
  };
}
function dl(e, t) {
  var n = t - e;
  return n ? jm(e, n) : cl(isNaN(e) ? t : e);
}
const ss = (function e(t) {
  var n = Qm(t);
  function o(r, i) {
    var s = n((r = Sr(r)).r, (i = Sr(i)).r), a = n(r.g, i.g), l = n(r.b, i.b), u = dl(r.opacity, i.opacity);
    return function(c) {
      return r.r = s(c), r.g = a(c), r.b = l(c), r.opacity = u(c), r + "";
    };
  }
  return o.gamma = e, o;
})(1);
function gt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
var kr = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, er = new RegExp(kr.source, "g");
function e0(e) {
  return function() {
    return e;
  };
}
function t0(e) {
  return function(t) {
    return e(t) + "";
  };
}
function n0(e, t) {
  var n = kr.lastIndex = er.lastIndex = 0, o, r, i, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (o = kr.exec(e)) && (r = er.exec(t)); )
    (i = r.index) > n && (i = t.slice(n, i), a[s] ? a[s] += i : a[++s] = i), (o = o[0]) === (r = r[0]) ? a[s] ? a[s] += r : a[++s] = r : (a[++s] = null, l.push({ i: s, x: gt(o, r) })), n = er.lastIndex;
  return n < t.length && (i = t.slice(n), a[s] ? a[s] += i : a[++s] = i), a.length < 2 ? l[0] ? t0(l[0].x) : e0(t) : (t = l.length, function(u) {
    for (var c = 0, d; c < t; ++c) a[(d = l[c]).i] = d.x(u);
    return a.join("");
  });
}
var as = 180 / Math.PI, Cr = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function fl(e, t, n, o, r, i) {
  var s, a, l;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (l = e * n + t * o) && (n -= e * l, o -= t * l), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, l /= a), e * o < t * n && (e = -e, t = -t, l = -l, s = -s), {
    translateX: r,
    translateY: i,
    rotate: Math.atan2(t, e) * as,
    skewX: Math.atan(l) * as,
    scaleX: s,
    scaleY: a
  };
}
var Un;
function o0(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Cr : fl(t.a, t.b, t.c, t.d, t.e, t.f);
}
function r0(e) {
  return e == null || (Un || (Un = document.createElementNS("http://www.w3.org/2000/svg", "g")), Un.setAttribute("transform", e), !(e = Un.transform.baseVal.consolidate())) ? Cr : (e = e.matrix, fl(e.a, e.b, e.c, e.d, e.e, e.f));
}
function hl(e, t, n, o) {
  function r(u) {
    return u.length ? u.pop() + " " : "";
  }
  function i(u, c, d, f, g, m) {
    if (u !== d || c !== f) {
      var y = g.push("translate(", null, t, null, n);
      m.push({ i: y - 4, x: gt(u, d) }, { i: y - 2, x: gt(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(u, c, d, f) {
    u !== c ? (u - c > 180 ? c += 360 : c - u > 180 && (u += 360), f.push({ i: d.push(r(d) + "rotate(", null, o) - 2, x: gt(u, c) })) : c && d.push(r(d) + "rotate(" + c + o);
  }
  function a(u, c, d, f) {
    u !== c ? f.push({ i: d.push(r(d) + "skewX(", null, o) - 2, x: gt(u, c) }) : c && d.push(r(d) + "skewX(" + c + o);
  }
  function l(u, c, d, f, g, m) {
    if (u !== d || c !== f) {
      var y = g.push(r(g) + "scale(", null, ",", null, ")");
      m.push({ i: y - 4, x: gt(u, d) }, { i: y - 2, x: gt(c, f) });
    } else (d !== 1 || f !== 1) && g.push(r(g) + "scale(" + d + "," + f + ")");
  }
  return function(u, c) {
    var d = [], f = [];
    return u = e(u), c = e(c), i(u.translateX, u.translateY, c.translateX, c.translateY, d, f), s(u.rotate, c.rotate, d, f), a(u.skewX, c.skewX, d, f), l(u.scaleX, u.scaleY, c.scaleX, c.scaleY, d, f), u = c = null, function(g) {
      for (var m = -1, y = f.length, x; ++m < y; ) d[(x = f[m]).i] = x.x(g);
      return d.join("");
    };
  };
}
var i0 = hl(o0, "px, ", "px)", "deg)"), s0 = hl(r0, ", ", ")", ")"), a0 = 1e-12;
function ls(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function l0(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function u0(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const c0 = (function e(t, n, o) {
  function r(i, s) {
    var a = i[0], l = i[1], u = i[2], c = s[0], d = s[1], f = s[2], g = c - a, m = d - l, y = g * g + m * m, x, w;
    if (y < a0)
      w = Math.log(f / u) / t, x = function(F) {
        return [
          a + F * g,
          l + F * m,
          u * Math.exp(t * F * w)
        ];
      };
    else {
      var E = Math.sqrt(y), p = (f * f - u * u + o * y) / (2 * u * n * E), b = (f * f - u * u - o * y) / (2 * f * n * E), A = Math.log(Math.sqrt(p * p + 1) - p), V = Math.log(Math.sqrt(b * b + 1) - b);
      w = (V - A) / t, x = function(F) {
        var z = F * w, Z = ls(A), X = u / (n * E) * (Z * u0(t * z + A) - l0(A));
        return [
          a + X * g,
          l + X * m,
          u * Z / ls(t * z + A)
        ];
      };
    }
    return x.duration = w * 1e3 * t / Math.SQRT2, x;
  }
  return r.rho = function(i) {
    var s = Math.max(1e-3, +i), a = s * s, l = a * a;
    return e(s, a, l);
  }, r;
})(Math.SQRT2, 2, 4);
var Zt = 0, rn = 0, Qt = 0, gl = 1e3, _o, sn, bo = 0, Ot = 0, Bo = 0, Nn = typeof performance == "object" && performance.now ? performance : Date, vl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Jr() {
  return Ot || (vl(d0), Ot = Nn.now() + Bo);
}
function d0() {
  Ot = 0;
}
function Eo() {
  this._call = this._time = this._next = null;
}
Eo.prototype = pl.prototype = {
  constructor: Eo,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? Jr() : +n) + (t == null ? 0 : +t), !this._next && sn !== this && (sn ? sn._next = this : _o = this, sn = this), this._call = e, this._time = n, Mr();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Mr());
  }
};
function pl(e, t, n) {
  var o = new Eo();
  return o.restart(e, t, n), o;
}
function f0() {
  Jr(), ++Zt;
  for (var e = _o, t; e; )
    (t = Ot - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Zt;
}
function us() {
  Ot = (bo = Nn.now()) + Bo, Zt = rn = 0;
  try {
    f0();
  } finally {
    Zt = 0, g0(), Ot = 0;
  }
}
function h0() {
  var e = Nn.now(), t = e - bo;
  t > gl && (Bo -= t, bo = e);
}
function g0() {
  for (var e, t = _o, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : _o = n);
  sn = e, Mr(o);
}
function Mr(e) {
  if (!Zt) {
    rn && (rn = clearTimeout(rn));
    var t = e - Ot;
    t > 24 ? (e < 1 / 0 && (rn = setTimeout(us, e - Nn.now() - Bo)), Qt && (Qt = clearInterval(Qt))) : (Qt || (bo = Nn.now(), Qt = setInterval(h0, gl)), Zt = 1, vl(us));
  }
}
function cs(e, t, n) {
  var o = new Eo();
  return t = t == null ? 0 : +t, o.restart((r) => {
    o.stop(), e(r + t);
  }, t, n), o;
}
var v0 = Wr("start", "end", "cancel", "interrupt"), p0 = [], ml = 0, ds = 1, Ir = 2, to = 3, fs = 4, Tr = 5, no = 6;
function Vo(e, t, n, o, r, i) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  m0(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: r,
    // For context during callback.
    on: v0,
    tween: p0,
    time: i.time,
    delay: i.delay,
    duration: i.duration,
    ease: i.ease,
    timer: null,
    state: ml
  });
}
function Qr(e, t) {
  var n = Fe(e, t);
  if (n.state > ml) throw new Error("too late; already scheduled");
  return n;
}
function Qe(e, t) {
  var n = Fe(e, t);
  if (n.state > to) throw new Error("too late; already running");
  return n;
}
function Fe(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function m0(e, t, n) {
  var o = e.__transition, r;
  o[t] = n, n.timer = pl(i, 0, n.time);
  function i(u) {
    n.state = ds, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var c, d, f, g;
    if (n.state !== ds) return l();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === to) return cs(s);
        g.state === fs ? (g.state = no, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = no, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (cs(function() {
      n.state === to && (n.state = fs, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Ir, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ir) {
      for (n.state = to, r = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (r[++d] = g);
      r.length = d + 1;
    }
  }
  function a(u) {
    for (var c = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Tr, 1), d = -1, f = r.length; ++d < f; )
      r[d].call(e, c);
    n.state === Tr && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = no, n.timer.stop(), delete o[t];
    for (var u in o) return;
    delete e.__transition;
  }
}
function oo(e, t) {
  var n = e.__transition, o, r, i = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        i = !1;
        continue;
      }
      r = o.state > Ir && o.state < Tr, o.state = no, o.timer.stop(), o.on.call(r ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    i && delete e.__transition;
  }
}
function y0(e) {
  return this.each(function() {
    oo(this, e);
  });
}
function w0(e, t) {
  var n, o;
  return function() {
    var r = Qe(this, e), i = r.tween;
    if (i !== n) {
      o = n = i;
      for (var s = 0, a = o.length; s < a; ++s)
        if (o[s].name === t) {
          o = o.slice(), o.splice(s, 1);
          break;
        }
    }
    r.tween = o;
  };
}
function _0(e, t, n) {
  var o, r;
  if (typeof n != "function") throw new Error();
  return function() {
    var i = Qe(this, e), s = i.tween;
    if (s !== o) {
      r = (o = s).slice();
      for (var a = { name: t, value: n }, l = 0, u = r.length; l < u; ++l)
        if (r[l].name === t) {
          r[l] = a;
          break;
        }
      l === u && r.push(a);
    }
    i.tween = r;
  };
}
function b0(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Fe(this.node(), n).tween, r = 0, i = o.length, s; r < i; ++r)
      if ((s = o[r]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? w0 : _0)(n, e, t));
}
function ei(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var r = Qe(this, o);
    (r.value || (r.value = {}))[t] = n.apply(this, arguments);
  }), function(r) {
    return Fe(r, o).value[t];
  };
}
function yl(e, t) {
  var n;
  return (typeof t == "number" ? gt : t instanceof $n ? ss : (n = $n(t)) ? (t = n, ss) : n0)(e, t);
}
function E0(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function x0(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function $0(e, t, n) {
  var o, r = n + "", i;
  return function() {
    var s = this.getAttribute(e);
    return s === r ? null : s === o ? i : i = t(o = s, n);
  };
}
function N0(e, t, n) {
  var o, r = n + "", i;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === r ? null : s === o ? i : i = t(o = s, n);
  };
}
function S0(e, t, n) {
  var o, r, i;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === o && l === r ? i : (r = l, i = t(o = s, a)));
  };
}
function k0(e, t, n) {
  var o, r, i;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === o && l === r ? i : (r = l, i = t(o = s, a)));
  };
}
function C0(e, t) {
  var n = Ro(e), o = n === "transform" ? s0 : yl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? k0 : S0)(n, o, ei(this, "attr." + e, t)) : t == null ? (n.local ? x0 : E0)(n) : (n.local ? N0 : $0)(n, o, t));
}
function M0(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function I0(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function T0(e, t) {
  var n, o;
  function r() {
    var i = t.apply(this, arguments);
    return i !== o && (n = (o = i) && I0(e, i)), n;
  }
  return r._value = t, r;
}
function O0(e, t) {
  var n, o;
  function r() {
    var i = t.apply(this, arguments);
    return i !== o && (n = (o = i) && M0(e, i)), n;
  }
  return r._value = t, r;
}
function D0(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = Ro(e);
  return this.tween(n, (o.local ? T0 : O0)(o, t));
}
function P0(e, t) {
  return function() {
    Qr(this, e).delay = +t.apply(this, arguments);
  };
}
function A0(e, t) {
  return t = +t, function() {
    Qr(this, e).delay = t;
  };
}
function z0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? P0 : A0)(t, e)) : Fe(this.node(), t).delay;
}
function R0(e, t) {
  return function() {
    Qe(this, e).duration = +t.apply(this, arguments);
  };
}
function B0(e, t) {
  return t = +t, function() {
    Qe(this, e).duration = t;
  };
}
function V0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? R0 : B0)(t, e)) : Fe(this.node(), t).duration;
}
function L0(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    Qe(this, e).ease = t;
  };
}
function H0(e) {
  var t = this._id;
  return arguments.length ? this.each(L0(t, e)) : Fe(this.node(), t).ease;
}
function F0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    Qe(this, e).ease = n;
  };
}
function Y0(e) {
  if (typeof e != "function") throw new Error();
  return this.each(F0(this._id, e));
}
function X0(e) {
  typeof e != "function" && (e = Ja(e));
  for (var t = this._groups, n = t.length, o = new Array(n), r = 0; r < n; ++r)
    for (var i = t[r], s = i.length, a = o[r] = [], l, u = 0; u < s; ++u)
      (l = i[u]) && e.call(l, l.__data__, u, i) && a.push(l);
  return new at(o, this._parents, this._name, this._id);
}
function G0(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, r = n.length, i = Math.min(o, r), s = new Array(o), a = 0; a < i; ++a)
    for (var l = t[a], u = n[a], c = l.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = l[g] || u[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new at(s, this._parents, this._name, this._id);
}
function U0(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Z0(e, t, n) {
  var o, r, i = U0(t) ? Qr : Qe;
  return function() {
    var s = i(this, e), a = s.on;
    a !== o && (r = (o = a).copy()).on(t, n), s.on = r;
  };
}
function W0(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Fe(this.node(), n).on.on(e) : this.each(Z0(n, e, t));
}
function q0(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function K0() {
  return this.on("end.remove", q0(this._id));
}
function j0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = qr(e));
  for (var o = this._groups, r = o.length, i = new Array(r), s = 0; s < r; ++s)
    for (var a = o[s], l = a.length, u = i[s] = new Array(l), c, d, f = 0; f < l; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), u[f] = d, Vo(u[f], t, n, f, u, Fe(c, n)));
  return new at(i, this._parents, t, n);
}
function J0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ja(e));
  for (var o = this._groups, r = o.length, i = [], s = [], a = 0; a < r; ++a)
    for (var l = o[a], u = l.length, c, d = 0; d < u; ++d)
      if (c = l[d]) {
        for (var f = e.call(c, c.__data__, d, l), g, m = Fe(c, n), y = 0, x = f.length; y < x; ++y)
          (g = f[y]) && Vo(g, t, n, y, f, m);
        i.push(f), s.push(c);
      }
  return new at(i, s, t, n);
}
var Q0 = Tn.prototype.constructor;
function ey() {
  return new Q0(this._groups, this._parents);
}
function ty(e, t) {
  var n, o, r;
  return function() {
    var i = Ut(this, e), s = (this.style.removeProperty(e), Ut(this, e));
    return i === s ? null : i === n && s === o ? r : r = t(n = i, o = s);
  };
}
function wl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function ny(e, t, n) {
  var o, r = n + "", i;
  return function() {
    var s = Ut(this, e);
    return s === r ? null : s === o ? i : i = t(o = s, n);
  };
}
function oy(e, t, n) {
  var o, r, i;
  return function() {
    var s = Ut(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), Ut(this, e))), s === l ? null : s === o && l === r ? i : (r = l, i = t(o = s, a));
  };
}
function ry(e, t) {
  var n, o, r, i = "style." + t, s = "end." + i, a;
  return function() {
    var l = Qe(this, e), u = l.on, c = l.value[i] == null ? a || (a = wl(t)) : void 0;
    (u !== n || r !== c) && (o = (n = u).copy()).on(s, r = c), l.on = o;
  };
}
function iy(e, t, n) {
  var o = (e += "") == "transform" ? i0 : yl;
  return t == null ? this.styleTween(e, ty(e, o)).on("end.style." + e, wl(e)) : typeof t == "function" ? this.styleTween(e, oy(e, o, ei(this, "style." + e, t))).each(ry(this._id, e)) : this.styleTween(e, ny(e, o, t), n).on("end.style." + e, null);
}
function sy(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function ay(e, t, n) {
  var o, r;
  function i() {
    var s = t.apply(this, arguments);
    return s !== r && (o = (r = s) && sy(e, s, n)), o;
  }
  return i._value = t, i;
}
function ly(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, ay(e, t, n ?? ""));
}
function uy(e) {
  return function() {
    this.textContent = e;
  };
}
function cy(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function dy(e) {
  return this.tween("text", typeof e == "function" ? cy(ei(this, "text", e)) : uy(e == null ? "" : e + ""));
}
function fy(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function hy(e) {
  var t, n;
  function o() {
    var r = e.apply(this, arguments);
    return r !== n && (t = (n = r) && fy(r)), t;
  }
  return o._value = e, o;
}
function gy(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, hy(e));
}
function vy() {
  for (var e = this._name, t = this._id, n = _l(), o = this._groups, r = o.length, i = 0; i < r; ++i)
    for (var s = o[i], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var c = Fe(l, t);
        Vo(l, e, n, u, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new at(o, this._parents, e, n);
}
function py() {
  var e, t, n = this, o = n._id, r = n.size();
  return new Promise(function(i, s) {
    var a = { value: s }, l = { value: function() {
      --r === 0 && i();
    } };
    n.each(function() {
      var u = Qe(this, o), c = u.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), r === 0 && i();
  });
}
var my = 0;
function at(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function _l() {
  return ++my;
}
var tt = Tn.prototype;
at.prototype = {
  constructor: at,
  select: j0,
  selectAll: J0,
  selectChild: tt.selectChild,
  selectChildren: tt.selectChildren,
  filter: X0,
  merge: G0,
  selection: ey,
  transition: vy,
  call: tt.call,
  nodes: tt.nodes,
  node: tt.node,
  size: tt.size,
  empty: tt.empty,
  each: tt.each,
  on: W0,
  attr: C0,
  attrTween: D0,
  style: iy,
  styleTween: ly,
  text: dy,
  textTween: gy,
  remove: K0,
  tween: b0,
  delay: z0,
  duration: V0,
  ease: H0,
  easeVarying: Y0,
  end: py,
  [Symbol.iterator]: tt[Symbol.iterator]
};
function yy(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var wy = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: yy
};
function _y(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function by(e) {
  var t, n;
  e instanceof at ? (t = e._id, e = e._name) : (t = _l(), (n = wy).time = Jr(), e = e == null ? null : e + "");
  for (var o = this._groups, r = o.length, i = 0; i < r; ++i)
    for (var s = o[i], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && Vo(l, e, t, u, s, n || _y(l, t));
  return new at(o, this._parents, e, t);
}
Tn.prototype.interrupt = y0;
Tn.prototype.transition = by;
const Zn = (e) => () => e;
function Ey(e, {
  sourceEvent: t,
  target: n,
  transform: o,
  dispatch: r
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    target: { value: n, enumerable: !0, configurable: !0 },
    transform: { value: o, enumerable: !0, configurable: !0 },
    _: { value: r }
  });
}
function it(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
it.prototype = {
  constructor: it,
  scale: function(e) {
    return e === 1 ? this : new it(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new it(this.k, this.x + this.k * e, this.y + this.k * t);
  },
  apply: function(e) {
    return [e[0] * this.k + this.x, e[1] * this.k + this.y];
  },
  applyX: function(e) {
    return e * this.k + this.x;
  },
  applyY: function(e) {
    return e * this.k + this.y;
  },
  invert: function(e) {
    return [(e[0] - this.x) / this.k, (e[1] - this.y) / this.k];
  },
  invertX: function(e) {
    return (e - this.x) / this.k;
  },
  invertY: function(e) {
    return (e - this.y) / this.k;
  },
  rescaleX: function(e) {
    return e.copy().domain(e.range().map(this.invertX, this).map(e.invert, e));
  },
  rescaleY: function(e) {
    return e.copy().domain(e.range().map(this.invertY, this).map(e.invert, e));
  },
  toString: function() {
    return "translate(" + this.x + "," + this.y + ") scale(" + this.k + ")";
  }
};
var ti = new it(1, 0, 0);
it.prototype;
function tr(e) {
  e.stopImmediatePropagation();
}
function en(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function xy(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function $y() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function hs() {
  return this.__zoom || ti;
}
function Ny(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Sy() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function ky(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], r = e.invertX(t[1][0]) - n[1][0], i = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    r > o ? (o + r) / 2 : Math.min(0, o) || Math.max(0, r),
    s > i ? (i + s) / 2 : Math.min(0, i) || Math.max(0, s)
  );
}
function Cy() {
  var e = xy, t = $y, n = ky, o = Ny, r = Sy, i = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = c0, u = Wr("start", "zoom", "end"), c, d, f, g = 500, m = 150, y = 0, x = 10;
  function w(h) {
    h.property("__zoom", hs).on("wheel.zoom", z, { passive: !1 }).on("mousedown.zoom", Z).on("dblclick.zoom", X).filter(r).on("touchstart.zoom", H).on("touchmove.zoom", S).on("touchend.zoom touchcancel.zoom", U).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  w.transform = function(h, $, v, I) {
    var C = h.selection ? h.selection() : h;
    C.property("__zoom", hs), h !== C ? A(h, $, v, I) : C.interrupt().each(function() {
      V(this, arguments).event(I).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, w.scaleBy = function(h, $, v, I) {
    w.scaleTo(h, function() {
      var C = this.__zoom.k, P = typeof $ == "function" ? $.apply(this, arguments) : $;
      return C * P;
    }, v, I);
  }, w.scaleTo = function(h, $, v, I) {
    w.transform(h, function() {
      var C = t.apply(this, arguments), P = this.__zoom, O = v == null ? b(C) : typeof v == "function" ? v.apply(this, arguments) : v, M = P.invert(O), B = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(p(E(P, B), O, M), C, s);
    }, v, I);
  }, w.translateBy = function(h, $, v, I) {
    w.transform(h, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof v == "function" ? v.apply(this, arguments) : v
      ), t.apply(this, arguments), s);
    }, null, I);
  }, w.translateTo = function(h, $, v, I, C) {
    w.transform(h, function() {
      var P = t.apply(this, arguments), O = this.__zoom, M = I == null ? b(P) : typeof I == "function" ? I.apply(this, arguments) : I;
      return n(ti.translate(M[0], M[1]).scale(O.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof v == "function" ? -v.apply(this, arguments) : -v
      ), P, s);
    }, I, C);
  };
  function E(h, $) {
    return $ = Math.max(i[0], Math.min(i[1], $)), $ === h.k ? h : new it($, h.x, h.y);
  }
  function p(h, $, v) {
    var I = $[0] - v[0] * h.k, C = $[1] - v[1] * h.k;
    return I === h.x && C === h.y ? h : new it(h.k, I, C);
  }
  function b(h) {
    return [(+h[0][0] + +h[1][0]) / 2, (+h[0][1] + +h[1][1]) / 2];
  }
  function A(h, $, v, I) {
    h.on("start.zoom", function() {
      V(this, arguments).event(I).start();
    }).on("interrupt.zoom end.zoom", function() {
      V(this, arguments).event(I).end();
    }).tween("zoom", function() {
      var C = this, P = arguments, O = V(C, P).event(I), M = t.apply(C, P), B = v == null ? b(M) : typeof v == "function" ? v.apply(C, P) : v, L = Math.max(M[1][0] - M[0][0], M[1][1] - M[0][1]), Y = C.__zoom, R = typeof $ == "function" ? $.apply(C, P) : $, G = l(Y.invert(B).concat(L / Y.k), R.invert(B).concat(L / R.k));
      return function(q) {
        if (q === 1) q = R;
        else {
          var ee = G(q), ce = L / ee[2];
          q = new it(ce, B[0] - ee[0] * ce, B[1] - ee[1] * ce);
        }
        O.zoom(null, q);
      };
    });
  }
  function V(h, $, v) {
    return !v && h.__zooming || new F(h, $);
  }
  function F(h, $) {
    this.that = h, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(h, $), this.taps = 0;
  }
  F.prototype = {
    event: function(h) {
      return h && (this.sourceEvent = h), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(h, $) {
      return this.mouse && h !== "mouse" && (this.mouse[1] = $.invert(this.mouse[0])), this.touch0 && h !== "touch" && (this.touch0[1] = $.invert(this.touch0[0])), this.touch1 && h !== "touch" && (this.touch1[1] = $.invert(this.touch1[0])), this.that.__zoom = $, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(h) {
      var $ = vt(this.that).datum();
      u.call(
        h,
        this.that,
        new Ey(h, {
          sourceEvent: this.sourceEvent,
          target: w,
          transform: this.that.__zoom,
          dispatch: u
        }),
        $
      );
    }
  };
  function z(h, ...$) {
    if (!e.apply(this, arguments)) return;
    var v = V(this, $).event(h), I = this.__zoom, C = Math.max(i[0], Math.min(i[1], I.k * Math.pow(2, o.apply(this, arguments)))), P = ft(h);
    if (v.wheel)
      (v.mouse[0][0] !== P[0] || v.mouse[0][1] !== P[1]) && (v.mouse[1] = I.invert(v.mouse[0] = P)), clearTimeout(v.wheel);
    else {
      if (I.k === C) return;
      v.mouse = [P, I.invert(P)], oo(this), v.start();
    }
    en(h), v.wheel = setTimeout(O, m), v.zoom("mouse", n(p(E(I, C), v.mouse[0], v.mouse[1]), v.extent, s));
    function O() {
      v.wheel = null, v.end();
    }
  }
  function Z(h, ...$) {
    if (f || !e.apply(this, arguments)) return;
    var v = h.currentTarget, I = V(this, $, !0).event(h), C = vt(h.view).on("mousemove.zoom", B, !0).on("mouseup.zoom", L, !0), P = ft(h, v), O = h.clientX, M = h.clientY;
    Rm(h.view), tr(h), I.mouse = [P, this.__zoom.invert(P)], oo(this), I.start();
    function B(Y) {
      if (en(Y), !I.moved) {
        var R = Y.clientX - O, G = Y.clientY - M;
        I.moved = R * R + G * G > y;
      }
      I.event(Y).zoom("mouse", n(p(I.that.__zoom, I.mouse[0] = ft(Y, v), I.mouse[1]), I.extent, s));
    }
    function L(Y) {
      C.on("mousemove.zoom mouseup.zoom", null), Bm(Y.view, I.moved), en(Y), I.event(Y).end();
    }
  }
  function X(h, ...$) {
    if (e.apply(this, arguments)) {
      var v = this.__zoom, I = ft(h.changedTouches ? h.changedTouches[0] : h, this), C = v.invert(I), P = v.k * (h.shiftKey ? 0.5 : 2), O = n(p(E(v, P), I, C), t.apply(this, $), s);
      en(h), a > 0 ? vt(this).transition().duration(a).call(A, O, I, h) : vt(this).call(w.transform, O, I, h);
    }
  }
  function H(h, ...$) {
    if (e.apply(this, arguments)) {
      var v = h.touches, I = v.length, C = V(this, $, h.changedTouches.length === I).event(h), P, O, M, B;
      for (tr(h), O = 0; O < I; ++O)
        M = v[O], B = ft(M, this), B = [B, this.__zoom.invert(B), M.identifier], C.touch0 ? !C.touch1 && C.touch0[2] !== B[2] && (C.touch1 = B, C.taps = 0) : (C.touch0 = B, P = !0, C.taps = 1 + !!c);
      c && (c = clearTimeout(c)), P && (C.taps < 2 && (d = B[0], c = setTimeout(function() {
        c = null;
      }, g)), oo(this), C.start());
    }
  }
  function S(h, ...$) {
    if (this.__zooming) {
      var v = V(this, $).event(h), I = h.changedTouches, C = I.length, P, O, M, B;
      for (en(h), P = 0; P < C; ++P)
        O = I[P], M = ft(O, this), v.touch0 && v.touch0[2] === O.identifier ? v.touch0[0] = M : v.touch1 && v.touch1[2] === O.identifier && (v.touch1[0] = M);
      if (O = v.that.__zoom, v.touch1) {
        var L = v.touch0[0], Y = v.touch0[1], R = v.touch1[0], G = v.touch1[1], q = (q = R[0] - L[0]) * q + (q = R[1] - L[1]) * q, ee = (ee = G[0] - Y[0]) * ee + (ee = G[1] - Y[1]) * ee;
        O = E(O, Math.sqrt(q / ee)), M = [(L[0] + R[0]) / 2, (L[1] + R[1]) / 2], B = [(Y[0] + G[0]) / 2, (Y[1] + G[1]) / 2];
      } else if (v.touch0) M = v.touch0[0], B = v.touch0[1];
      else return;
      v.zoom("touch", n(p(O, M, B), v.extent, s));
    }
  }
  function U(h, ...$) {
    if (this.__zooming) {
      var v = V(this, $).event(h), I = h.changedTouches, C = I.length, P, O;
      for (tr(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), P = 0; P < C; ++P)
        O = I[P], v.touch0 && v.touch0[2] === O.identifier ? delete v.touch0 : v.touch1 && v.touch1[2] === O.identifier && delete v.touch1;
      if (v.touch1 && !v.touch0 && (v.touch0 = v.touch1, delete v.touch1), v.touch0) v.touch0[1] = this.__zoom.invert(v.touch0[0]);
      else if (v.end(), v.taps === 2 && (O = ft(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < x)) {
        var M = vt(this).on("dblclick.zoom");
        M && M.apply(this, arguments);
      }
    }
  }
  return w.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : Zn(+h), w) : o;
  }, w.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : Zn(!!h), w) : e;
  }, w.touchable = function(h) {
    return arguments.length ? (r = typeof h == "function" ? h : Zn(!!h), w) : r;
  }, w.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : Zn([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), w) : t;
  }, w.scaleExtent = function(h) {
    return arguments.length ? (i[0] = +h[0], i[1] = +h[1], w) : [i[0], i[1]];
  }, w.translateExtent = function(h) {
    return arguments.length ? (s[0][0] = +h[0][0], s[1][0] = +h[1][0], s[0][1] = +h[0][1], s[1][1] = +h[1][1], w) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, w.constrain = function(h) {
    return arguments.length ? (n = h, w) : n;
  }, w.duration = function(h) {
    return arguments.length ? (a = +h, w) : a;
  }, w.interpolate = function(h) {
    return arguments.length ? (l = h, w) : l;
  }, w.on = function() {
    var h = u.on.apply(u, arguments);
    return h === u ? w : h;
  }, w.clickDistance = function(h) {
    return arguments.length ? (y = (h = +h) * h, w) : Math.sqrt(y);
  }, w.tapDistance = function(h) {
    return arguments.length ? (x = +h, w) : x;
  }, w;
}
const bl = /* @__PURE__ */ Symbol("MiniMapSlots"), My = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], Iy = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, Ty = /* @__PURE__ */ ye({
  ...Iy,
  props: {
    id: {},
    type: {},
    selected: { type: Boolean },
    dragging: { type: Boolean },
    position: {},
    dimensions: {},
    borderRadius: {},
    color: {},
    shapeRendering: {},
    strokeColor: {},
    strokeWidth: {},
    hidden: { type: Boolean }
  },
  emits: ["click", "dblclick", "mouseenter", "mousemove", "mouseleave"],
  setup(e, { emit: t }) {
    const n = e, o = Dt(bl), r = Ar(), i = ge(() => r.style ?? {});
    function s(d) {
      t("click", d);
    }
    function a(d) {
      t("dblclick", d);
    }
    function l(d) {
      t("mouseenter", d);
    }
    function u(d) {
      t("mousemove", d);
    }
    function c(d) {
      t("mouseleave", d);
    }
    return (d, f) => !d.hidden && d.dimensions.width !== 0 && d.dimensions.height !== 0 ? (Q(), ie(Oe, { key: 0 }, [
      W(o)[`node-${n.type}`] ? (Q(), ke(wt(W(o)[`node-${n.type}`]), lu(ro({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (Q(), ie("rect", ro({
        key: 1,
        id: d.id
      }, d.$attrs, {
        class: ["vue-flow__minimap-node", { selected: d.selected, dragging: d.dragging }],
        x: d.position.x,
        y: d.position.y,
        rx: d.borderRadius,
        ry: d.borderRadius,
        width: d.dimensions.width,
        height: d.dimensions.height,
        fill: d.color || i.value.background || i.value.backgroundColor,
        stroke: d.strokeColor,
        "stroke-width": d.strokeWidth,
        "shape-rendering": d.shapeRendering,
        onClick: s,
        onDblclick: a,
        onMouseenter: l,
        onMousemove: u,
        onMouseleave: c
      }), null, 16, My))
    ], 64)) : xe("", !0);
  }
}), Oy = ["width", "height", "viewBox", "aria-labelledby"], Dy = ["id"], Py = ["d", "fill", "stroke", "stroke-width"], Ay = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, zy = /* @__PURE__ */ ye({
  ...Ay,
  props: {
    nodeColor: { type: [String, Function], default: "#e2e2e2" },
    nodeStrokeColor: { type: [String, Function], default: "transparent" },
    nodeClassName: { type: [String, Function] },
    nodeBorderRadius: { default: 5 },
    nodeStrokeWidth: { default: 2 },
    maskColor: { default: "rgb(240, 240, 240, 0.6)" },
    maskStrokeColor: { default: "none" },
    maskStrokeWidth: { default: 1 },
    position: { default: "bottom-right" },
    pannable: { type: Boolean, default: !1 },
    zoomable: { type: Boolean, default: !1 },
    width: {},
    height: {},
    ariaLabel: { default: "Vue Flow mini map" },
    inversePan: { type: Boolean, default: !1 },
    zoomStep: { default: 1 },
    offsetScale: { default: 5 },
    maskBorderRadius: { default: 0 }
  },
  emits: ["click", "nodeClick", "nodeDblclick", "nodeMouseenter", "nodeMousemove", "nodeMouseleave"],
  setup(e, { emit: t }) {
    const n = Ls(), o = Ar(), r = 200, i = 150, { id: s, edges: a, viewport: l, translateExtent: u, dimensions: c, emits: d, d3Selection: f, d3Zoom: g, getNodesInitialized: m } = we(), y = Ee();
    Ct(bl, n);
    const x = ge(() => {
      var C;
      return e.width ?? ((C = o.style) == null ? void 0 : C.width) ?? r;
    }), w = ge(() => {
      var C;
      return e.height ?? ((C = o.style) == null ? void 0 : C.height) ?? i;
    }), E = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", p = re(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), b = re(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), A = re(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), V = re(() => Xr(m.value.filter((C) => !C.hidden))), F = re(() => ({
      x: -l.value.x / l.value.zoom,
      y: -l.value.y / l.value.zoom,
      width: c.value.width / l.value.zoom,
      height: c.value.height / l.value.zoom
    })), z = re(
      () => m.value && m.value.length ? gh(V.value, F.value) : F.value
    ), Z = re(() => {
      const C = z.value.width / x.value, P = z.value.height / w.value;
      return Math.max(C, P);
    }), X = re(() => {
      const C = Z.value * x.value, P = Z.value * w.value, O = e.offsetScale * Z.value;
      return {
        offset: O,
        x: z.value.x - (C - z.value.width) / 2 - O,
        y: z.value.y - (P - z.value.height) / 2 - O,
        width: C + O * 2,
        height: P + O * 2
      };
    }), H = re(() => !X.value.x || !X.value.y ? "" : `
    M${X.value.x - X.value.offset},${X.value.y - X.value.offset}
    h${X.value.width + X.value.offset * 2}
    v${X.value.height + X.value.offset * 2}
    h${-X.value.width - X.value.offset * 2}z
    M${F.value.x + e.maskBorderRadius},${F.value.y}
    h${F.value.width - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},${e.maskBorderRadius}
    v${F.value.height - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},${e.maskBorderRadius}
    h${-(F.value.width - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},-${e.maskBorderRadius}
    v${-(F.value.height - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},-${e.maskBorderRadius}z`);
    au(
      (C) => {
        if (y.value) {
          const P = vt(y.value), O = (L) => {
            if (L.sourceEvent.type !== "wheel" || !f.value || !g.value)
              return;
            const Y = L.sourceEvent.ctrlKey && bn() ? 10 : 1, R = -L.sourceEvent.deltaY * (L.sourceEvent.deltaMode === 1 ? 0.05 : L.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, G = l.value.zoom * 2 ** (R * Y);
            g.value.scaleTo(f.value, G);
          }, M = (L) => {
            if (L.sourceEvent.type !== "mousemove" || !f.value || !g.value)
              return;
            const Y = Z.value * Math.max(1, l.value.zoom) * (e.inversePan ? -1 : 1), R = {
              x: l.value.x - L.sourceEvent.movementX * Y,
              y: l.value.y - L.sourceEvent.movementY * Y
            }, G = [
              [0, 0],
              [c.value.width, c.value.height]
            ], q = ti.translate(R.x, R.y).scale(l.value.zoom), ee = g.value.constrain()(q, G, u.value);
            g.value.transform(f.value, ee);
          }, B = Cy().wheelDelta((L) => wr(L) * (e.zoomStep / 10)).on("zoom", e.pannable ? M : () => {
          }).on("zoom.wheel", e.zoomable ? O : () => {
          });
          P.call(B), C(() => {
            P.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function S(C) {
      const [P, O] = ft(C);
      t("click", { event: C, position: { x: P, y: O } });
    }
    function U(C, P) {
      const O = { event: C, node: P, connectedEdges: bt([P], a.value) };
      d.miniMapNodeClick(O), t("nodeClick", O);
    }
    function h(C, P) {
      const O = { event: C, node: P, connectedEdges: bt([P], a.value) };
      d.miniMapNodeDoubleClick(O), t("nodeDblclick", O);
    }
    function $(C, P) {
      const O = { event: C, node: P, connectedEdges: bt([P], a.value) };
      d.miniMapNodeMouseEnter(O), t("nodeMouseenter", O);
    }
    function v(C, P) {
      const O = { event: C, node: P, connectedEdges: bt([P], a.value) };
      d.miniMapNodeMouseMove(O), t("nodeMousemove", O);
    }
    function I(C, P) {
      const O = { event: C, node: P, connectedEdges: bt([P], a.value) };
      d.miniMapNodeMouseLeave(O), t("nodeMouseleave", O);
    }
    return (C, P) => (Q(), ke(W(Za), {
      position: C.position,
      class: Le(["vue-flow__minimap", { pannable: C.pannable, zoomable: C.zoomable }])
    }, {
      default: Ze(() => [
        (Q(), ie("svg", {
          ref_key: "el",
          ref: y,
          width: x.value,
          height: w.value,
          viewBox: [X.value.x, X.value.y, X.value.width, X.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${W(s)}`,
          onClick: S
        }, [
          C.ariaLabel ? (Q(), ie("title", {
            key: 0,
            id: `vue-flow__minimap-${W(s)}`
          }, Ae(C.ariaLabel), 9, Dy)) : xe("", !0),
          (Q(!0), ie(Oe, null, kn(W(m), (O) => (Q(), ke(Ty, {
            id: O.id,
            key: O.id,
            f: "",
            position: O.computedPosition,
            dimensions: O.dimensions,
            selected: O.selected,
            dragging: O.dragging,
            style: Me(O.style),
            class: Le(A.value(O)),
            color: p.value(O),
            "border-radius": C.nodeBorderRadius,
            "stroke-color": b.value(O),
            "stroke-width": C.nodeStrokeWidth,
            "shape-rendering": W(E),
            type: O.type,
            hidden: O.hidden,
            onClick: (M) => U(M, O),
            onDblclick: (M) => h(M, O),
            onMouseenter: (M) => $(M, O),
            onMousemove: (M) => v(M, O),
            onMouseleave: (M) => I(M, O)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          _e("path", {
            class: "vue-flow__minimap-mask",
            d: H.value,
            fill: C.maskColor,
            stroke: C.maskStrokeColor,
            "stroke-width": C.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, Py)
        ], 8, Oy))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
var El = Object.defineProperty, Ry = (e, t, n) => t in e ? El(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, By = (e, t) => {
  for (var n in t) El(e, n, { get: t[n], enumerable: !0 });
}, Vy = (e, t, n) => Ry(e, t + "", n), xl = {};
By(xl, { Graph: () => Ye, alg: () => oi });
var Ly = Object.defineProperty, $l = (e, t) => {
  for (var n in t) Ly(e, n, { get: t[n], enumerable: !0 });
}, ni = class {
  constructor(e) {
    this._isDirected = !0, this._isMultigraph = !1, this._isCompound = !1, this._nodes = {}, this._in = {}, this._preds = {}, this._out = {}, this._sucs = {}, this._edgeObjs = {}, this._edgeLabels = {}, this._nodeCount = 0, this._edgeCount = 0, this._defaultNodeLabelFn = () => {
    }, this._defaultEdgeLabelFn = () => {
    }, e && (this._isDirected = "directed" in e ? e.directed : !0, this._isMultigraph = "multigraph" in e ? e.multigraph : !1, this._isCompound = "compound" in e ? e.compound : !1), this._isCompound && (this._parent = {}, this._children = {}, this._children["\0"] = {});
  }
  isDirected() {
    return this._isDirected;
  }
  isMultigraph() {
    return this._isMultigraph;
  }
  isCompound() {
    return this._isCompound;
  }
  setGraph(e) {
    return this._label = e, this;
  }
  graph() {
    return this._label;
  }
  setDefaultNodeLabel(e) {
    return typeof e != "function" ? this._defaultNodeLabelFn = () => e : this._defaultNodeLabelFn = e, this;
  }
  nodeCount() {
    return this._nodeCount;
  }
  nodes() {
    return Object.keys(this._nodes);
  }
  sources() {
    return this.nodes().filter((e) => Object.keys(this._in[e]).length === 0);
  }
  sinks() {
    return this.nodes().filter((e) => Object.keys(this._out[e]).length === 0);
  }
  setNodes(e, t) {
    return e.forEach((n) => {
      t !== void 0 ? this.setNode(n, t) : this.setNode(n);
    }), this;
  }
  setNode(e, t) {
    return e in this._nodes ? (arguments.length > 1 && (this._nodes[e] = t), this) : (this._nodes[e] = arguments.length > 1 ? t : this._defaultNodeLabelFn(e), this._isCompound && (this._parent[e] = "\0", this._children[e] = {}, this._children["\0"][e] = !0), this._in[e] = {}, this._preds[e] = {}, this._out[e] = {}, this._sucs[e] = {}, ++this._nodeCount, this);
  }
  node(e) {
    return this._nodes[e];
  }
  hasNode(e) {
    return e in this._nodes;
  }
  removeNode(e) {
    if (e in this._nodes) {
      let t = (n) => this.removeEdge(this._edgeObjs[n]);
      delete this._nodes[e], this._isCompound && (this._removeFromParentsChildList(e), delete this._parent[e], this.children(e).forEach((n) => {
        this.setParent(n);
      }), delete this._children[e]), Object.keys(this._in[e]).forEach(t), delete this._in[e], delete this._preds[e], Object.keys(this._out[e]).forEach(t), delete this._out[e], delete this._sucs[e], --this._nodeCount;
    }
    return this;
  }
  setParent(e, t) {
    if (!this._isCompound) throw new Error("Cannot set parent in a non-compound graph");
    if (t === void 0) t = "\0";
    else {
      t += "";
      for (let n = t; n !== void 0; n = this.parent(n)) if (n === e) throw new Error("Setting " + t + " as parent of " + e + " would create a cycle");
      this.setNode(t);
    }
    return this.setNode(e), this._removeFromParentsChildList(e), this._parent[e] = t, this._children[t][e] = !0, this;
  }
  parent(e) {
    if (this._isCompound) {
      let t = this._parent[e];
      if (t !== "\0") return t;
    }
  }
  children(e = "\0") {
    if (this._isCompound) {
      let t = this._children[e];
      if (t) return Object.keys(t);
    } else {
      if (e === "\0") return this.nodes();
      if (this.hasNode(e)) return [];
    }
    return [];
  }
  predecessors(e) {
    let t = this._preds[e];
    if (t) return Object.keys(t);
  }
  successors(e) {
    let t = this._sucs[e];
    if (t) return Object.keys(t);
  }
  neighbors(e) {
    let t = this.predecessors(e);
    if (t) {
      let n = new Set(t), o = this.successors(e);
      if (o) for (let r of o) n.add(r);
      return Array.from(n.values());
    }
  }
  isLeaf(e) {
    var t;
    let n;
    return this.isDirected() ? n = this.successors(e) : n = this.neighbors(e), ((t = n?.length) != null ? t : 0) === 0;
  }
  filterNodes(e) {
    let t = new this.constructor({ directed: this._isDirected, multigraph: this._isMultigraph, compound: this._isCompound });
    t.setGraph(this.graph()), Object.entries(this._nodes).forEach(([r, i]) => {
      e(r) && t.setNode(r, i);
    }), Object.values(this._edgeObjs).forEach((r) => {
      t.hasNode(r.v) && t.hasNode(r.w) && t.setEdge(r, this.edge(r));
    });
    let n = {}, o = (r) => {
      let i = this.parent(r);
      return !i || t.hasNode(i) ? (n[r] = i, i) : i in n ? n[i] : o(i);
    };
    return this._isCompound && t.nodes().forEach((r) => t.setParent(r, o(r))), t;
  }
  setDefaultEdgeLabel(e) {
    return typeof e != "function" ? this._defaultEdgeLabelFn = () => e : this._defaultEdgeLabelFn = e, this;
  }
  edgeCount() {
    return this._edgeCount;
  }
  edges() {
    return Object.values(this._edgeObjs);
  }
  setPath(e, t) {
    return e.reduce((n, o) => (t !== void 0 ? this.setEdge(n, o, t) : this.setEdge(n, o), o)), this;
  }
  setEdge(e, t, n, o) {
    let r, i, s, a, l = !1;
    typeof e == "object" && e !== null && "v" in e ? (r = e.v, i = e.w, s = e.name, arguments.length === 2 && (a = t, l = !0)) : (r = e, i = t, s = o, arguments.length > 2 && (a = n, l = !0)), r = "" + r, i = "" + i, s !== void 0 && (s = "" + s);
    let u = an(this._isDirected, r, i, s);
    if (u in this._edgeLabels) return l && (this._edgeLabels[u] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(r), this.setNode(i), this._edgeLabels[u] = l ? a : this._defaultEdgeLabelFn(r, i, s);
    let c = Hy(this._isDirected, r, i, s);
    return r = c.v, i = c.w, Object.freeze(c), this._edgeObjs[u] = c, gs(this._preds[i], r), gs(this._sucs[r], i), this._in[i][u] = c, this._out[r][u] = c, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let o = arguments.length === 1 ? nr(this._isDirected, e) : an(this._isDirected, e, t, n);
    return this._edgeLabels[o];
  }
  edgeAsObj(e, t, n) {
    let o = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof o != "object" || o === null ? { label: o } : o;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? nr(this._isDirected, e) : an(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let o = arguments.length === 1 ? nr(this._isDirected, e) : an(this._isDirected, e, t, n), r = this._edgeObjs[o];
    if (r) {
      let i = r.v, s = r.w;
      delete this._edgeLabels[o], delete this._edgeObjs[o], vs(this._preds[s], i), vs(this._sucs[i], s), delete this._in[s][o], delete this._out[i][o], this._edgeCount--;
    }
    return this;
  }
  inEdges(e, t) {
    return this.isDirected() ? this.filterEdges(this._in[e], e, t) : this.nodeEdges(e, t);
  }
  outEdges(e, t) {
    return this.isDirected() ? this.filterEdges(this._out[e], e, t) : this.nodeEdges(e, t);
  }
  nodeEdges(e, t) {
    if (e in this._nodes) return this.filterEdges({ ...this._in[e], ...this._out[e] }, e, t);
  }
  _removeFromParentsChildList(e) {
    delete this._children[this._parent[e]][e];
  }
  filterEdges(e, t, n) {
    if (!e) return;
    let o = Object.values(e);
    return n ? o.filter((r) => r.v === t && r.w === n || r.v === n && r.w === t) : o;
  }
};
function gs(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function vs(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function an(e, t, n, o) {
  let r = "" + t, i = "" + n;
  if (!e && r > i) {
    let s = r;
    r = i, i = s;
  }
  return r + "" + i + "" + (o === void 0 ? "\0" : o);
}
function Hy(e, t, n, o) {
  let r = "" + t, i = "" + n;
  if (!e && r > i) {
    let a = r;
    r = i, i = a;
  }
  let s = { v: r, w: i };
  return o && (s.name = o), s;
}
function nr(e, t) {
  return an(e, t.v, t.w, t.name);
}
var Fy = {};
$l(Fy, { read: () => Uy, write: () => Yy });
function Yy(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: Xy(e), edges: Gy(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function Xy(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), o = e.parent(t), r = { v: t };
    return n !== void 0 && (r.value = n), o !== void 0 && (r.parent = o), r;
  });
}
function Gy(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), o = { v: t.v, w: t.w };
    return t.name !== void 0 && (o.name = t.name), n !== void 0 && (o.value = n), o;
  });
}
function Uy(e) {
  let t = new ni(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var oi = {};
$l(oi, { CycleException: () => $o, bellmanFord: () => Nl, components: () => qy, dijkstra: () => xo, dijkstraAll: () => Jy, findCycles: () => Qy, floydWarshall: () => t1, isAcyclic: () => o1, postorder: () => i1, preorder: () => s1, prim: () => a1, shortestPaths: () => l1, tarjan: () => kl, topsort: () => Cl });
var Zy = () => 1;
function Nl(e, t, n, o) {
  return Wy(e, String(t), n || Zy, o || function(r) {
    var i;
    return (i = e.outEdges(r)) != null ? i : [];
  });
}
function Wy(e, t, n, o) {
  let r = {}, i, s = 0, a = e.nodes(), l = function(d) {
    let f = r[d.v], g = r[d.w];
    if (!f || !g) return;
    let m = n(d);
    f.distance + m < g.distance && (r[d.w] = { distance: f.distance + m, predecessor: d.v }, i = !0);
  }, u = function() {
    a.forEach(function(d) {
      o(d).forEach(function(f) {
        let g = f.v === d ? f.v : f.w, m = g === f.v ? f.w : f.v;
        l({ v: g, w: m });
      });
    });
  };
  a.forEach(function(d) {
    let f = d === t ? 0 : Number.POSITIVE_INFINITY;
    r[d] = { distance: f, predecessor: "" };
  });
  let c = a.length;
  for (let d = 1; d < c && (i = !1, s++, u(), !!i); d++) ;
  if (s === c - 1 && (i = !1, u(), i)) throw new Error("The graph contains a negative weight cycle");
  return r;
}
function qy(e) {
  let t = {}, n = [], o;
  function r(i) {
    var s, a;
    i in t || (t[i] = !0, o.push(i), (s = e.successors(i)) == null || s.forEach(r), (a = e.predecessors(i)) == null || a.forEach(r));
  }
  return e.nodes().forEach(function(i) {
    o = [], r(i), o.length && n.push(o);
  }), n;
}
var Sl = class {
  constructor() {
    this._arr = [], this._keyIndices = {};
  }
  size() {
    return this._arr.length;
  }
  keys() {
    return this._arr.map((e) => e.key);
  }
  has(e) {
    return e in this._keyIndices;
  }
  priority(e) {
    let t = this._keyIndices[e];
    if (t !== void 0) return this._arr[t].priority;
  }
  min() {
    if (this.size() === 0) throw new Error("Queue underflow");
    return this._arr[0].key;
  }
  add(e, t) {
    let n = this._keyIndices, o = String(e);
    if (!(o in n)) {
      let r = this._arr, i = r.length;
      return n[o] = i, r.push({ key: o, priority: t }), this._decrease(i), !0;
    }
    return !1;
  }
  removeMin() {
    if (this.size() === 0) throw new Error("Queue underflow");
    this._swap(0, this._arr.length - 1);
    let e = this._arr.pop();
    return delete this._keyIndices[e.key], this._heapify(0), e.key;
  }
  decrease(e, t) {
    let n = this._keyIndices[e];
    if (n === void 0) throw new Error(`Key not found: ${e}`);
    let o = this._arr[n].priority;
    if (t > o) throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${o} New: ${t}`);
    this._arr[n].priority = t, this._decrease(n);
  }
  _heapify(e) {
    let t = this._arr, n = 2 * e, o = n + 1, r = e;
    n < t.length && (r = t[n].priority < t[r].priority ? n : r, o < t.length && (r = t[o].priority < t[r].priority ? o : r), r !== e && (this._swap(e, r), this._heapify(r)));
  }
  _decrease(e) {
    let t = this._arr, n = t[e].priority, o;
    for (; e !== 0 && (o = e >> 1, !(t[o].priority < n)); ) this._swap(e, o), e = o;
  }
  _swap(e, t) {
    let n = this._arr, o = this._keyIndices, r = n[e], i = n[t];
    n[e] = i, n[t] = r, o[i.key] = e, o[r.key] = t;
  }
}, Ky = () => 1;
function xo(e, t, n, o) {
  let r = function(i) {
    var s;
    return (s = e.outEdges(i)) != null ? s : [];
  };
  return jy(e, String(t), n || Ky, o || r);
}
function jy(e, t, n, o) {
  let r = {}, i = new Sl(), s, a, l = function(u) {
    let c = u.v !== s ? u.v : u.w, d = r[c];
    if (!d) return;
    let f = n(u), g = a.distance + f;
    if (f < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + u + " Weight: " + f);
    g < d.distance && (d.distance = g, d.predecessor = s, i.decrease(c, g));
  };
  for (e.nodes().forEach(function(u) {
    let c = u === t ? 0 : Number.POSITIVE_INFINITY;
    r[u] = { distance: c, predecessor: "" }, i.add(u, c);
  }); i.size() > 0; ) {
    s = i.removeMin();
    let u = r[s];
    if (!u || u.distance === Number.POSITIVE_INFINITY) break;
    a = u, o(s).forEach(l);
  }
  return r;
}
function Jy(e, t, n) {
  return e.nodes().reduce(function(o, r) {
    return o[r] = xo(e, r, t, n), o;
  }, {});
}
function kl(e) {
  let t = 0, n = [], o = {}, r = [];
  function i(s) {
    var a;
    let l = o[s] = { onStack: !0, lowlink: t, index: t++ };
    if (n.push(s), (a = e.successors(s)) == null || a.forEach(function(u) {
      if (u in o) {
        let c = o[u];
        c != null && c.onStack && (l.lowlink = Math.min(l.lowlink, c.index));
      } else {
        i(u);
        let c = o[u];
        c && (l.lowlink = Math.min(l.lowlink, c.lowlink));
      }
    }), l.lowlink === l.index) {
      let u = [], c;
      do {
        c = n.pop();
        let d = o[c];
        d && (d.onStack = !1), u.push(c);
      } while (s !== c);
      r.push(u);
    }
  }
  return e.nodes().forEach(function(s) {
    s in o || i(s);
  }), r;
}
function Qy(e) {
  return kl(e).filter(function(t) {
    var n;
    let o = t[0];
    return o ? t.length > 1 || t.length === 1 && ((n = e.outEdges(o, o)) != null ? n : []).length > 0 : !1;
  });
}
var e1 = () => 1;
function t1(e, t, n) {
  return n1(e, t || e1, n || function(o) {
    var r;
    return (r = e.outEdges(o)) != null ? r : [];
  });
}
function n1(e, t, n) {
  let o = {}, r = e.nodes();
  return r.forEach(function(i) {
    let s = {};
    o[i] = s, s[i] = { distance: 0, predecessor: "" }, r.forEach(function(a) {
      i !== a && (s[a] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
    }), n(i).forEach(function(a) {
      let l = a.v === i ? a.w : a.v, u = t(a);
      s[l] = { distance: u, predecessor: i };
    });
  }), r.forEach(function(i) {
    let s = o[i];
    s && r.forEach(function(a) {
      let l = o[a];
      l && r.forEach(function(u) {
        let c = l[i], d = s[u], f = l[u];
        if (c && d && f) {
          let g = c.distance + d.distance;
          g < f.distance && (f.distance = g, f.predecessor = d.predecessor);
        }
      });
    });
  }), o;
}
var $o = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function Cl(e) {
  let t = {}, n = {}, o = [];
  function r(i) {
    var s;
    if (i in n) throw new $o();
    i in t || (n[i] = !0, t[i] = !0, (s = e.predecessors(i)) == null || s.forEach(r), delete n[i], o.push(i));
  }
  if (e.sinks().forEach(r), Object.keys(t).length !== e.nodeCount()) throw new $o();
  return o;
}
function o1(e) {
  try {
    Cl(e);
  } catch (t) {
    if (t instanceof $o) return !1;
    throw t;
  }
  return !0;
}
function r1(e, t, n, o, r) {
  Array.isArray(t) || (t = [t]);
  let i = ((a) => {
    var l;
    return (l = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? l : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    r = Ml(e, a, n === "post", s, i, o, r);
  }), r;
}
function Ml(e, t, n, o, r, i, s) {
  return t in o || (o[t] = !0, n || (s = i(s, t)), r(t).forEach(function(a) {
    s = Ml(e, a, n, o, r, i, s);
  }), n && (s = i(s, t))), s;
}
function Il(e, t, n) {
  return r1(e, t, n, function(o, r) {
    return o.push(r), o;
  }, []);
}
function i1(e, t) {
  return Il(e, t, "post");
}
function s1(e, t) {
  return Il(e, t, "pre");
}
function a1(e, t) {
  var n;
  let o = new ni(), r = {}, i = new Sl(), s;
  function a(c) {
    let d = c.v === s ? c.w : c.v, f = i.priority(d);
    if (f !== void 0) {
      let g = t(c);
      g < f && (r[d] = s, i.decrease(d, g));
    }
  }
  if (e.nodeCount() === 0) return o;
  e.nodes().forEach(function(c) {
    i.add(c, Number.POSITIVE_INFINITY), o.setNode(c);
  });
  let l = e.nodes()[0];
  l !== void 0 && i.decrease(l, 0);
  let u = !1;
  for (; i.size() > 0; ) {
    if (s = i.removeMin(), s in r) o.setEdge(s, r[s]);
    else {
      if (u) throw new Error("Input graph is not connected: " + e);
      u = !0;
    }
    (n = e.nodeEdges(s)) == null || n.forEach(a);
  }
  return o;
}
function l1(e, t, n, o) {
  return u1(e, t, n, o ?? ((r) => {
    var i;
    return (i = e.outEdges(r)) != null ? i : [];
  }));
}
function u1(e, t, n, o) {
  if (n === void 0) return xo(e, t, n, o);
  let r = !1, i = e.nodes();
  for (let s = 0; s < i.length; s++) {
    let a = i[s];
    if (a === void 0) continue;
    let l = o(a);
    for (let u = 0; u < l.length; u++) {
      let c = l[u];
      if (!c) continue;
      let d = c.v === a ? c.v : c.w, f = d === c.v ? c.w : c.v;
      n({ v: d, w: f }) < 0 && (r = !0);
    }
    if (r) return Nl(e, t, n, o);
  }
  return xo(e, t, n, o);
}
var Ye = ni;
function Kt(e, t, n, o) {
  let r = o;
  for (; e.hasNode(r); ) r = ri(o);
  return n.dummy = t, e.setNode(r, n), r;
}
function c1(e) {
  let t = new Ye().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let o = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, r = e.edge(n);
    t.setEdge(n.v, n.w, { weight: o.weight + r.weight, minlen: Math.max(o.minlen, r.minlen) });
  }), t;
}
function Tl(e) {
  let t = new Ye({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function ps(e, t) {
  let n = e.x, o = e.y, r = t.x - n, i = t.y - o, s = e.width / 2, a = e.height / 2;
  if (!r && !i) throw new Error("Not possible to find intersection inside of the rectangle");
  let l, u;
  return r === 0 || Math.abs(i) * s > Math.abs(r) * a ? (i < 0 && (a = -a), l = a * r / i, u = a) : (r < 0 && (s = -s), l = s, u = s * i / r), { x: n + l, y: o + u };
}
function Dn(e) {
  let t = Sn(Dl(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let o = e.node(n), r = o.rank;
    r !== void 0 && (t[r] || (t[r] = []), t[r][o.order] = n);
  }), t;
}
function d1(e) {
  let t = e.nodes().map((o) => {
    let r = e.node(o).rank;
    return r === void 0 ? Number.MAX_VALUE : r;
  }), n = qe(Math.min, t);
  e.nodes().forEach((o) => {
    let r = e.node(o);
    Object.hasOwn(r, "rank") && (r.rank -= n);
  });
}
function f1(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = qe(Math.min, t), o = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    o[a] || (o[a] = []), o[a].push(s);
  });
  let r = 0, i = e.graph().nodeRankFactor;
  Array.from(o).forEach((s, a) => {
    s === void 0 && a % i !== 0 ? --r : s !== void 0 && r && s.forEach((l) => e.node(l).rank += r);
  });
}
function ms(e, t, n, o) {
  let r = { width: 0, height: 0 };
  return arguments.length >= 4 && (r.rank = n, r.order = o), Kt(e, "border", r, t);
}
function h1(e, t = Ol) {
  let n = [];
  for (let o = 0; o < e.length; o += t) {
    let r = e.slice(o, o + t);
    n.push(r);
  }
  return n;
}
var Ol = 65535;
function qe(e, t) {
  if (t.length > Ol) {
    let n = h1(t);
    return e(...n.map((o) => e(...o)));
  } else return e(...t);
}
function Dl(e) {
  let t = e.nodes().map((n) => {
    let o = e.node(n).rank;
    return o === void 0 ? Number.MIN_VALUE : o;
  });
  return qe(Math.max, t);
}
function g1(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((o) => {
    t(o) ? n.lhs.push(o) : n.rhs.push(o);
  }), n;
}
function v1(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function Pl(e, t) {
  return t();
}
var p1 = 0;
function ri(e) {
  let t = ++p1;
  return e + ("" + t);
}
function Sn(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let o = (i) => i < t;
  n < 0 && (o = (i) => t < i);
  let r = [];
  for (let i = e; o(i); i += n) r.push(i);
  return r;
}
function No(e, t) {
  let n = {};
  for (let o of t) e[o] !== void 0 && (n[o] = e[o]);
  return n;
}
function Lo(e, t) {
  let n;
  return typeof t == "string" ? n = (o) => o[t] : n = t, Object.entries(e).reduce((o, [r, i]) => (o[r] = n(i, r), o), {});
}
function m1(e, t) {
  return e.reduce((n, o, r) => (n[o] = t[r], n), {});
}
var Ho = "\0";
function Al(e, t, n) {
  var o, r, i, s, a, l;
  if (!(e && t && n && t.dummy === "edge" && n.dummy === "edge" && t.edgeObj && n.edgeObj && e[t.edgeObj.v] && e[n.edgeObj.v] && e[t.edgeObj.w] && e[n.edgeObj.w])) return 0;
  let u = !0;
  t.edgeObj.w === n.edgeObj.w && (u = !1);
  let c = u ? (r = (o = e[t.edgeObj.v]) == null ? void 0 : o.rank) != null ? r : NaN + 1 : (s = (i = e[t.edgeObj.w]) == null ? void 0 : i.rank) != null ? s : NaN - 1, d = Object.entries(e).find((y) => {
    var x, w;
    return ((x = y[1].edgeObj) == null ? void 0 : x.v) === t.edgeObj.v && ((w = y[1].edgeObj) == null ? void 0 : w.w) === t.edgeObj.w && y[1].rank === c;
  }), f = Object.entries(e).find((y) => {
    var x, w;
    return ((x = y[1].edgeObj) == null ? void 0 : x.v) === n.edgeObj.v && ((w = y[1].edgeObj) == null ? void 0 : w.w) === n.edgeObj.w && y[1].rank === c;
  });
  if (!d || !f) return 0;
  let g = (a = d[1].order) != null ? a : NaN, m = (l = f[1].order) != null ? l : NaN;
  return isNaN(g - m) ? 0 : g - m;
}
var y1 = "3.1.3", w1 = class {
  constructor() {
    Vy(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return ys(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && ys(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, _1)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function ys(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function _1(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var b1 = w1, E1 = () => 1;
function x1(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = N1(e, t || E1);
  return $1(n.graph, n.buckets, n.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function $1(e, t, n) {
  var o;
  let r = [], i = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) or(e, t, n, a);
    for (; a = i.dequeue(); ) or(e, t, n, a);
    if (e.nodeCount()) {
      for (let l = t.length - 2; l > 0; --l) if (a = (o = t[l]) == null ? void 0 : o.dequeue(), a) {
        r = r.concat(or(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return r;
}
function or(e, t, n, o, r) {
  let i = [], s = r ? i : void 0;
  return (e.inEdges(o.v) || []).forEach((a) => {
    let l = e.edge(a), u = e.node(a.v);
    r && i.push({ v: a.v, w: a.w }), u.out -= l, Or(t, n, u);
  }), (e.outEdges(o.v) || []).forEach((a) => {
    let l = e.edge(a), u = a.w, c = e.node(u);
    c.in -= l, Or(t, n, c);
  }), e.removeNode(o.v), s;
}
function N1(e, t) {
  let n = new Ye(), o = 0, r = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let l = n.edge(a.v, a.w) || 0, u = t(a), c = l + u;
    n.setEdge(a.v, a.w, c);
    let d = n.node(a.v), f = n.node(a.w);
    r = Math.max(r, d.out += u), o = Math.max(o, f.in += u);
  });
  let i = S1(r + o + 3).map(() => new b1()), s = o + 1;
  return n.nodes().forEach((a) => {
    Or(i, s, n.node(a));
  }), { graph: n, buckets: i, zeroIdx: s };
}
function Or(e, t, n) {
  var o, r, i;
  n.out ? n.in ? (i = e[n.out - n.in + t]) == null || i.enqueue(n) : (r = e[e.length - 1]) == null || r.enqueue(n) : (o = e[0]) == null || o.enqueue(n);
}
function S1(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function k1(e, t) {
  (e.graph().acyclicer === "greedy" ? x1(e, n(e)) : C1(e, t ?? null)).forEach((o) => {
    let r = e.edge(o);
    e.removeEdge(o), r.forwardName = o.name, r.reversed = !0, e.setEdge(o.w, o.v, r, ri("rev"));
  });
  function n(o) {
    return (r) => o.edge(r).weight;
  }
}
function C1(e, t) {
  let n = [], o = {}, r = {};
  function i(l) {
    Object.hasOwn(r, l) || (r[l] = !0, o[l] = !0, e.outEdges(l).forEach((u) => {
      Object.hasOwn(o, u.w) ? n.push(u) : i(u.w);
    }), delete o[l]);
  }
  function s(l) {
    var u;
    Object.hasOwn(r, l) || (r[l] = !0, o[l] = !0, (u = e.outEdges(l)) == null || u.forEach((c) => {
      var d, f;
      Object.hasOwn(o, c.w) || ((d = t.node(l)) == null ? void 0 : d.rank) > ((f = t.node(c.w)) == null ? void 0 : f.rank) && I1(e, c.w, c) ? n.push(c) : s(c.w);
    }), delete o[l]);
  }
  let a = i;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function M1(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let o = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, o);
    }
  });
}
function I1(e, t, n) {
  let o = /* @__PURE__ */ new Set();
  function r(i) {
    var s;
    if (e.sources().includes(i)) return !0;
    o.add(i);
    for (let a of (s = e.inEdges(i)) != null ? s : []) if (!(a.v === n.v && a.w === n.w) && !o.has(a.v) && r(a.v)) return !0;
    return !1;
  }
  return r(t);
}
function T1(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => O1(e, t));
}
function O1(e, t) {
  let n = t.v, o = e.node(n).rank, r = t.w, i = e.node(r).rank, s = t.name, a = e.edge(t), l = a.labelRank;
  if (i === o + 1) return;
  e.removeEdge(t);
  let u, c, d;
  for (d = 0, ++o; o < i; ++d, ++o) a.points = [], c = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: o }, u = Kt(e, "edge", c, "_d"), o === l && (c.width = a.width, c.height = a.height, c.dummy = "edge-label", c.labelpos = a.labelpos), e.setEdge(n, u, { weight: a.weight }, s), d === 0 && e.graph().dummyChains.push(u), n = u;
  e.setEdge(n, r, { weight: a.weight }, s);
}
function D1(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), o = n.edgeLabel, r;
    for (e.setEdge(n.edgeObj, o); n.dummy; ) r = e.successors(t)[0], e.removeNode(t), o.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (o.x = n.x, o.y = n.y, o.width = n.width, o.height = n.height), t = r, n = e.node(t);
  });
}
function ii(e) {
  let t = {};
  function n(o) {
    let r = e.node(o);
    if (Object.hasOwn(t, o)) return r.rank;
    t[o] = !0;
    let i = e.outEdges(o), s = i ? i.map((l) => l == null ? Number.POSITIVE_INFINITY : n(l.w) - e.edge(l).minlen) : [], a = qe(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), r.rank = a;
  }
  e.sources().forEach(n);
}
function Wt(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var zl = P1;
function P1(e) {
  let t = new Ye({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let o = n[0], r = e.nodeCount();
  t.setNode(o, {});
  let i, s;
  for (; A1(t, e) < r && (i = z1(t, e), !!i); ) s = t.hasNode(i.v) ? Wt(e, i) : -Wt(e, i), R1(t, e, s);
  return t;
}
function A1(e, t) {
  function n(o) {
    let r = t.nodeEdges(o);
    r && r.forEach((i) => {
      let s = i.v, a = o === s ? i.w : s;
      !e.hasNode(a) && !Wt(t, i) && (e.setNode(a, {}), e.setEdge(o, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function z1(e, t) {
  return t.edges().reduce((n, o) => {
    let r = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (r = Wt(t, o)), r < n[0] ? [r, o] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function R1(e, t, n) {
  e.nodes().forEach((o) => t.node(o).rank += n);
}
var { preorder: B1, postorder: V1 } = oi, L1 = Pt;
Pt.initLowLimValues = ai;
Pt.initCutValues = si;
Pt.calcCutValue = Rl;
Pt.leaveEdge = Vl;
Pt.enterEdge = Ll;
Pt.exchangeEdges = Hl;
function Pt(e) {
  e = c1(e), ii(e);
  let t = zl(e);
  ai(t), si(t, e);
  let n, o;
  for (; n = Vl(t); ) o = Ll(t, e, n), Hl(t, e, n, o);
}
function si(e, t) {
  let n = V1(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((o) => H1(e, t, o));
}
function H1(e, t, n) {
  let o = e.node(n).parent, r = e.edge(n, o);
  r.cutvalue = Rl(e, t, n);
}
function Rl(e, t, n) {
  let o = e.node(n).parent, r = !0, i = t.edge(n, o), s = 0;
  i || (r = !1, i = t.edge(o, n)), s = i.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((l) => {
    let u = l.v === n, c = u ? l.w : l.v;
    if (c !== o) {
      let d = u === r, f = t.edge(l).weight;
      if (s += d ? f : -f, Y1(e, n, c)) {
        let g = e.edge(n, c).cutvalue;
        s += d ? -g : g;
      }
    }
  }), s;
}
function ai(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), Bl(e, {}, 1, t);
}
function Bl(e, t, n, o, r) {
  let i = n, s = e.node(o);
  t[o] = !0;
  let a = e.neighbors(o);
  return a && a.forEach((l) => {
    Object.hasOwn(t, l) || (n = Bl(e, t, n, l, o));
  }), s.low = i, s.lim = n++, r ? s.parent = r : delete s.parent, n;
}
function Vl(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function Ll(e, t, n) {
  let o = n.v, r = n.w;
  t.hasEdge(o, r) || (o = n.w, r = n.v);
  let i = e.node(o), s = e.node(r), a = i, l = !1;
  return i.lim > s.lim && (a = s, l = !0), t.edges().filter((u) => l === ws(e, e.node(u.v), a) && l !== ws(e, e.node(u.w), a)).reduce((u, c) => Wt(t, c) < Wt(t, u) ? c : u);
}
function Hl(e, t, n, o) {
  let r = n.v, i = n.w;
  e.removeEdge(r, i), e.setEdge(o.v, o.w, {}), ai(e), si(e, t), F1(e, t);
}
function F1(e, t) {
  let n = e.nodes().find((r) => !e.node(r).parent);
  if (!n) return;
  let o = B1(e, [n]);
  o = o.slice(1), o.forEach((r) => {
    let i = e.node(r).parent, s = t.edge(r, i), a = !1;
    s || (s = t.edge(i, r), a = !0), t.node(r).rank = t.node(i).rank + (a ? s.minlen : -s.minlen);
  });
}
function Y1(e, t, n) {
  return e.hasEdge(t, n);
}
function ws(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var X1 = G1;
function G1(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      _s(e);
      break;
    case "tight-tree":
      Z1(e);
      break;
    case "longest-path":
      U1(e);
      break;
    case "none":
      break;
    default:
      _s(e);
  }
}
var U1 = ii;
function Z1(e) {
  ii(e), zl(e);
}
function _s(e) {
  L1(e);
}
var W1 = q1;
function q1(e) {
  let t = j1(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((o) => {
    let r = e.node(o), i = r.edgeObj, s = K1(e, t, i.v, i.w), a = s.path, l = s.lca, u = 0, c = a[u], d = !0;
    for (; o !== i.w; ) {
      if (r = e.node(o), d) {
        for (; (c = a[u]) !== l && e.node(c).maxRank < r.rank; ) u++;
        c === l && (d = !1);
      }
      if (!d) {
        for (; u < a.length - 1 && e.node(a[u + 1]).minRank <= r.rank; ) u++;
        c = a[u];
      }
      c !== void 0 && e.setParent(o, c), o = e.successors(o)[0];
    }
  });
}
function K1(e, t, n, o) {
  let r = [], i = [], s = Math.min(t[n].low, t[o].low), a = Math.max(t[n].lim, t[o].lim), l;
  l = n;
  do
    l = e.parent(l), r.push(l);
  while (l && (t[l].low > s || a > t[l].lim));
  let u = l, c = o;
  for (; (c = e.parent(c)) !== u; ) i.push(c);
  return { path: r.concat(i.reverse()), lca: u };
}
function j1(e) {
  let t = {}, n = 0;
  function o(r) {
    let i = n;
    e.children(r).forEach(o), t[r] = { low: i, lim: n++ };
  }
  return e.children(Ho).forEach(o), t;
}
function J1(e) {
  let t = Kt(e, "root", {}, "_root"), n = Q1(e), o = Object.values(n), r = qe(Math.max, o) - 1, i = 2 * r + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= i);
  let s = ew(e) + 1;
  e.children(Ho).forEach((a) => {
    Fl(e, t, i, s, r, n, a);
  }), e.graph().nodeRankFactor = i;
}
function Fl(e, t, n, o, r, i, s) {
  var a;
  let l = e.children(s);
  if (!l.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let u = ms(e, "_bt"), c = ms(e, "_bb"), d = e.node(s);
  e.setParent(u, s), d.borderTop = u, e.setParent(c, s), d.borderBottom = c, l.forEach((f) => {
    var g;
    Fl(e, t, n, o, r, i, f);
    let m = e.node(f), y = m.borderTop ? m.borderTop : f, x = m.borderBottom ? m.borderBottom : f, w = m.borderTop ? o : 2 * o, E = y !== x ? 1 : r - ((g = i[s]) != null ? g : 0) + 1;
    e.setEdge(u, y, { weight: w, minlen: E, nestingEdge: !0 }), e.setEdge(x, c, { weight: w, minlen: E, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, u, { weight: 0, minlen: r + ((a = i[s]) != null ? a : 0) });
}
function Q1(e) {
  let t = {};
  function n(o, r) {
    let i = e.children(o);
    i && i.length && i.forEach((s) => n(s, r + 1)), t[o] = r;
  }
  return e.children(Ho).forEach((o) => n(o, 1)), t;
}
function ew(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function tw(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var nw = ow;
function ow(e) {
  function t(n) {
    let o = e.children(n), r = e.node(n);
    if (o.length && o.forEach(t), r && Object.hasOwn(r, "minRank")) {
      r.borderLeft = [], r.borderRight = [];
      for (let i = r.minRank, s = r.maxRank + 1; i < s; ++i) bs(e, "borderLeft", "_bl", n, r, i), bs(e, "borderRight", "_br", n, r, i);
    }
  }
  e.children(Ho).forEach(t);
}
function bs(e, t, n, o, r, i) {
  let s = { width: 0, height: 0, rank: i, borderType: t }, a = r[t][i - 1], l = Kt(e, "border", s, n);
  r[t][i] = l, e.setParent(l, o), a && e.setEdge(a, l, { weight: 1 });
}
function rw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && Yl(e);
}
function iw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && sw(e), (n === "lr" || n === "rl") && (aw(e), Yl(e));
}
function Yl(e) {
  e.nodes().forEach((t) => Es(e.node(t))), e.edges().forEach((t) => Es(e.edge(t)));
}
function Es(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function sw(e) {
  e.nodes().forEach((t) => rr(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(rr), Object.hasOwn(o, "y") && rr(o);
  });
}
function rr(e) {
  e.y = -e.y;
}
function aw(e) {
  e.nodes().forEach((t) => ir(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(ir), Object.hasOwn(o, "x") && ir(o);
  });
}
function ir(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function lw(e, t = null) {
  let n = {}, o = e.nodes().filter((u) => !e.children(u).length), r = o.map((u) => e.node(u).rank), i = qe(Math.max, r), s = Sn(i + 1).map(() => []);
  function a(u) {
    if (n[u]) return;
    n[u] = !0;
    let c = e.node(u);
    s[c.rank].push(u);
    let d = e.successors(u);
    d && [...d].sort((f, g) => l(f, g)).forEach(a);
  }
  o.sort((u, c) => e.node(u).rank - e.node(c).rank).forEach(a);
  function l(u, c) {
    let d = e.node(u), f = e.node(c);
    return Al(t, d, f);
  }
  return s;
}
function uw(e, t) {
  let n = 0;
  for (let o = 1; o < t.length; ++o) n += cw(e, t[o - 1], t[o]);
  return n;
}
function cw(e, t, n) {
  let o = m1(n, n.map((u, c) => c)), r = t.flatMap((u) => {
    let c = e.outEdges(u);
    return c ? c.map((d) => ({ pos: o[d.w], weight: e.edge(d).weight })).sort((d, f) => d.pos - f.pos) : [];
  }), i = 1;
  for (; i < n.length; ) i <<= 1;
  let s = 2 * i - 1;
  i -= 1;
  let a = new Array(s).fill(0), l = 0;
  return r.forEach((u) => {
    let c = u.pos + i;
    a[c] += u.weight;
    let d = 0;
    for (; c > 0; ) c % 2 && (d += a[c + 1]), c = c - 1 >> 1, a[c] += u.weight;
    l += u.weight * d;
  }), l;
}
function dw(e, t = []) {
  return t.map((n) => {
    let o = e.inEdges(n);
    if (!o || !o.length) return { v: n };
    {
      let r = o.reduce((i, s) => {
        let a = e.edge(s), l = e.node(s.v);
        return { sum: i.sum + a.weight * l.order, weight: i.weight + a.weight };
      }, { sum: 0, weight: 0 });
      return { v: n, barycenter: r.sum / r.weight, weight: r.weight };
    }
  });
}
function fw(e, t) {
  let n = {};
  e.forEach((r, i) => {
    let s = { indegree: 0, in: [], out: [], vs: [r.v], i };
    r.barycenter !== void 0 && (s.barycenter = r.barycenter, s.weight = r.weight), n[r.v] = s;
  }), t.edges().forEach((r) => {
    let i = n[r.v], s = n[r.w];
    i !== void 0 && s !== void 0 && (s.indegree++, i.out.push(s));
  });
  let o = Object.values(n).filter((r) => !r.indegree);
  return hw(o);
}
function hw(e) {
  let t = [];
  function n(r) {
    return (i) => {
      i.merged || (i.barycenter === void 0 || r.barycenter === void 0 || i.barycenter >= r.barycenter) && gw(r, i);
    };
  }
  function o(r) {
    return (i) => {
      i.in.push(r), --i.indegree === 0 && e.push(i);
    };
  }
  for (; e.length; ) {
    let r = e.pop();
    t.push(r), r.in.reverse().forEach(n(r)), r.out.forEach(o(r));
  }
  return t.filter((r) => !r.merged).map((r) => No(r, ["vs", "i", "barycenter", "weight"]));
}
function gw(e, t) {
  let n = 0, o = 0;
  e.weight && (n += e.barycenter * e.weight, o += e.weight), t.weight && (n += t.barycenter * t.weight, o += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / o, e.weight = o, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function vw(e, t, n, o, r) {
  let i = {}, s = null, a = null, l = r;
  typeof t == "boolean" ? (l = t, i = {}) : t && (i = t, s = n ?? null, a = o ?? null);
  let u = g1(e, (w) => Object.hasOwn(w, "barycenter")), c = u.lhs, d = u.rhs.sort((w, E) => E.i - w.i), f = [], g = 0, m = 0, y = 0;
  c.sort(pw(a, s, !!l));
  for (let [w, E] of Object.entries(i)) {
    let p = c.findIndex((b) => b.vs[0] === w);
    c.splice(p + 1, 0, E);
  }
  y = xs(f, d, y), c.forEach((w) => {
    y += w.vs.length, f.push(w.vs), g += w.barycenter * w.weight, m += w.weight, y = xs(f, d, y);
  });
  let x = { vs: f.flat(1) };
  return m && (x.barycenter = g / m, x.weight = m), x;
}
function xs(e, t, n) {
  let o;
  for (; t.length && (o = t[t.length - 1]).i <= n; ) t.pop(), e.push(o.vs), n++;
  return n;
}
function pw(e, t, n) {
  return (o, r) => {
    if (o.barycenter < r.barycenter) return -1;
    if (o.barycenter > r.barycenter) return 1;
    if (e && (typeof o.vs[0] == "string" || typeof r.vs[0] == "string")) {
      let i = e.node(o.vs[0]), s = e.node(r.vs[0]), a = Al(t, i, s);
      if (a !== 0) return a;
    }
    return n ? r.i - o.i : o.i - r.i;
  };
}
function Xl(e, t, n, o, r) {
  var i, s, a, l, u, c, d, f, g, m, y;
  let x = null, w = r;
  typeof o == "boolean" ? (w = o, x = null) : o !== void 0 && (x = o);
  let E = e.children(t), p = e.node(t), b = p ? p.borderLeft : void 0, A = p ? p.borderRight : void 0, V = {};
  b && (E = E.filter((S) => S !== b && S !== A));
  let F = dw(e, E);
  F.forEach((S) => {
    if (e.children(S.v).length) {
      let { result: U } = Xl(e, S.v, n, x, w);
      V[S.v] = U, Object.hasOwn(U, "barycenter") && yw(S, U);
    }
  });
  let z = fw(F, n);
  mw(z, V);
  let Z = {}, X = !1;
  for (let S = 0; S < z.length; S++) for (let U = S + 1; U < z.length; U++) if (!(!z[S] || !z[U] || !((i = z[S]) != null && i.barycenter) || !((s = z[U]) != null && s.barycenter)) && ((a = z[S]) == null ? void 0 : a.barycenter) === z[U].barycenter) {
    let h = (u = (l = z[S]) == null ? void 0 : l.vs[0]) != null ? u : "", $ = (d = (c = z[U]) == null ? void 0 : c.vs[0]) != null ? d : "", v = e.node(h), I = e.node($);
    if (v.dummy === "edge" && I.dummy === "edge" && ((f = v.edgeObj) == null ? void 0 : f.v) === ((g = I.edgeObj) == null ? void 0 : g.v) && ((m = v.edgeObj) == null ? void 0 : m.w) === ((y = I.edgeObj) == null ? void 0 : y.w)) if (v.edgeLabel.reversed) {
      Z[$] = z[S], z.splice(S, 1), S--;
      break;
    } else Z[h] || (Z[h] = z[U], z.splice(U, 1), U--);
    else X = !0;
  }
  let H = vw(z, Z, x, e, w);
  if (b && A) {
    H.vs = [b, H.vs, A].flat(1);
    let S = e.predecessors(b);
    if (S && S.length) {
      let U = e.node(S[0]), h = e.predecessors(A), $ = e.node(h[0]);
      Object.hasOwn(H, "barycenter") || (H.barycenter = 0, H.weight = 0), H.barycenter = (H.barycenter * H.weight + U.order + $.order) / (H.weight + 2), H.weight += 2;
    }
  }
  return Object.defineProperty(H, "result", { value: H, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(H, "usedBias", { value: X, enumerable: !1, configurable: !0, writable: !0 }), H;
}
function mw(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((o) => t[o] ? t[o].vs : o);
  });
}
function yw(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function ww(e, t, n, o) {
  o || (o = e.nodes());
  let r = _w(e), i = new Ye({ compound: !0 }).setGraph({ root: r }).setDefaultNodeLabel((s) => e.node(s));
  return o.forEach((s) => {
    let a = e.node(s), l = e.parent(s);
    if (a.rank === t || a.minRank <= t && t <= a.maxRank) {
      i.setNode(s), i.setParent(s, l || r);
      let u = e[n](s);
      u && u.forEach((c) => {
        let d = c.v === s ? c.w : c.v, f = i.edge(d, s), g = f !== void 0 ? f.weight : 0;
        i.setEdge(d, s, { weight: e.edge(c).weight + g });
      }), Object.hasOwn(a, "minRank") && i.setNode(s, { borderLeft: a.borderLeft[t], borderRight: a.borderRight[t] });
    }
  }), i;
}
function _w(e) {
  let t;
  for (; e.hasNode(t = ri("_root")); ) ;
  return t;
}
function bw(e, t, n) {
  let o = {}, r;
  n.forEach((i) => {
    let s = e.parent(i), a, l;
    for (; s; ) {
      if (a = e.parent(s), a ? (l = o[a], o[a] = s) : (l = r, r = s), l && l !== s) {
        t.setEdge(l, s);
        return;
      }
      s = a;
    }
  });
}
function Gl(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, Gl);
    return;
  }
  let o = Dl(e), r = $s(e, Sn(1, o + 1), "inEdges"), i = $s(e, Sn(o - 1, -1, -1), "outEdges"), s = lw(e, n);
  if (Ns(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, l, u = t.constraints || [];
  for (let c = 0, d = 0; d < 4; ++c, ++d) {
    Ew(c % 2 ? r : i, c % 4 >= 2, u, n), s = Dn(e);
    let f = uw(e, s);
    f < a ? (d = 0, l = Object.assign({}, s), a = f) : f === a && (l = structuredClone(s));
  }
  Ns(e, l);
}
function $s(e, t, n) {
  let o = /* @__PURE__ */ new Map(), r = (i, s) => {
    o.has(i) || o.set(i, []), o.get(i).push(s);
  };
  for (let i of e.nodes()) {
    let s = e.node(i);
    if (typeof s.rank == "number" && r(s.rank, i), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && r(a, i);
  }
  return t.map(function(i) {
    return ww(e, i, n, o.get(i) || []);
  });
}
function Ew(e, t, n, o) {
  let r = !0, i = new Ye();
  e.forEach(function(s) {
    n.forEach((c) => i.setEdge(c.left, c.right));
    let a = s.graph().root, { result: l, usedBias: u } = Xl(s, a, i, o, r);
    t && u && (r = !r), l.vs.forEach((c, d) => s.node(c).order = d), bw(s, i, l.vs);
  });
}
function Ns(e, t) {
  Object.values(t).forEach((n) => n.forEach((o, r) => e.node(o).order = r));
}
function xw(e, t) {
  let n = {};
  function o(r, i) {
    let s = 0, a = 0, l = r.length, u = i[i.length - 1];
    return i.forEach((c, d) => {
      let f = Nw(e, c), g = f ? e.node(f).order : l;
      (f || c === u) && (i.slice(a, d + 1).forEach((m) => {
        let y = e.predecessors(m);
        y && y.forEach((x) => {
          let w = e.node(x), E = w.order;
          (E < s || g < E) && !(w.dummy && e.node(m).dummy) && Ul(n, x, m);
        });
      }), a = d + 1, s = g);
    }), i;
  }
  return t.length && t.reduce(o), n;
}
function $w(e, t) {
  let n = {};
  function o(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(o)) return n;
  function r(s, a, l, u, c) {
    Sn(a, l).forEach((d) => {
      let f = s[d];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((m) => {
          if (m === void 0) return;
          let y = e.node(m);
          y.dummy && (y.order < u || y.order > c) && Ul(n, m, f);
        });
      }
    });
  }
  function i(s, a) {
    let l = -1, u = -1, c = 0;
    return a.forEach((d, f) => {
      if (o(d)) {
        let g = e.predecessors(d);
        if (g && g.length) {
          let m = g[0];
          if (m === void 0) return;
          u = e.node(m).order, r(a, c, f, l, u), c = f, l = u;
        }
      }
      r(a, c, a.length, u, s.length);
    }), a;
  }
  return t.length && t.reduce(i), n;
}
function Nw(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((o) => e.node(o).dummy);
  }
}
function Ul(e, t, n) {
  if (t > n) {
    let r = t;
    t = n, n = r;
  }
  let o = e[t];
  o || (e[t] = o = {}), o[n] = !0;
}
function Sw(e, t, n) {
  if (t > n) {
    let r = t;
    t = n, n = r;
  }
  let o = e[t];
  return o !== void 0 && Object.hasOwn(o, n);
}
function kw(e, t, n, o, r) {
  let i = {}, s = {}, a = {};
  return t.forEach((l) => {
    l.forEach((u, c) => {
      i[u] = u, s[u] = u, a[u] = c;
    });
  }), t.forEach((l) => {
    let u = -1, c = -1, d = !1, f = l, g = l.findIndex((m) => r?.includes(m) || Ss(m, e, r));
    g > 0 && (f = [l[g], ...l.slice(0, g), ...l.slice(g + 1)], d = !0), f.forEach((m) => {
      var y;
      let x = o(m);
      if (x && x.length) {
        r != null && r.includes(m) && (x = x.filter((p) => Ss(p, e, r)));
        let w = x.sort((p, b) => {
          let A = a[p], V = a[b];
          return (A !== void 0 ? A : 0) - (V !== void 0 ? V : 0);
        }), E = (w.length - 1) / 2;
        for (let p = Math.floor(E), b = Math.ceil(E); p <= b; ++p) {
          let A = w[p];
          if (A === void 0) continue;
          let V = a[A];
          if (V !== void 0 && s[m] === m && u < V && a[A] !== c && !Sw(n, m, A)) {
            let F = i[A];
            F !== void 0 && (s[A] = m, s[m] = i[m] = F, u = V, d && (u = -1, c = (y = a[A]) != null ? y : -1, d = !1));
          }
        }
      }
    });
  }), { root: i, align: s };
}
function Cw(e, t, n, o, r = !1) {
  let i = {}, s = Mw(e, t, n, r), a = r ? "borderLeft" : "borderRight";
  function l(g, m) {
    let y = s.nodes().slice(), x = {}, w = y.pop();
    for (; w; ) {
      if (x[w]) g(w);
      else {
        x[w] = !0, y.push(w);
        for (let E of m(w)) y.push(E);
      }
      w = y.pop();
    }
  }
  function u(g) {
    let m = s.inEdges(g);
    m ? i[g] = m.reduce((y, x) => {
      var w;
      let E = (w = i[x.v]) != null ? w : 0, p = s.edge(x);
      return Math.max(y, E + (p !== void 0 ? p : 0));
    }, 0) : i[g] = 0;
  }
  function c(g) {
    let m = s.outEdges(g), y = Number.POSITIVE_INFINITY;
    m && (y = m.reduce((w, E) => {
      let p = i[E.w], b = s.edge(E);
      return Math.min(w, (p !== void 0 ? p : 0) - (b !== void 0 ? b : 0));
    }, Number.POSITIVE_INFINITY));
    let x = e.node(g);
    y !== Number.POSITIVE_INFINITY && x.borderType !== a && (i[g] = Math.max(i[g] !== void 0 ? i[g] : 0, y));
  }
  function d(g) {
    return s.predecessors(g) || [];
  }
  function f(g) {
    return s.successors(g) || [];
  }
  return l(u, d), l(c, f), Object.keys(o).forEach((g) => {
    var m;
    let y = n[g];
    y !== void 0 && (i[g] = (m = i[y]) != null ? m : 0);
  }), i;
}
function Mw(e, t, n, o) {
  let r = new Ye(), i = e.graph(), s = Pw(i.nodesep, i.edgesep, o);
  return t.forEach((a) => {
    let l;
    a.forEach((u) => {
      let c = n[u];
      if (c !== void 0) {
        if (r.setNode(c), l !== void 0) {
          let d = n[l];
          if (d !== void 0) {
            let f = r.edge(d, c);
            r.setEdge(d, c, Math.max(s(e, u, l), f || 0));
          }
        }
        l = u;
      }
    });
  }), r;
}
function Iw(e, t) {
  return Object.values(t).reduce((n, o) => {
    let r = Number.NEGATIVE_INFINITY, i = Number.POSITIVE_INFINITY;
    Object.entries(o).forEach(([a, l]) => {
      let u = Aw(e, a) / 2;
      r = Math.max(l + u, r), i = Math.min(l - u, i);
    });
    let s = r - i;
    return s < n[0] && (n = [s, o]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function Tw(e, t) {
  let n = Object.values(t), o = qe(Math.min, n), r = qe(Math.max, n);
  ["u", "d"].forEach((i) => {
    ["l", "r"].forEach((s) => {
      let a = i + s, l = e[a];
      if (!l || l === t) return;
      let u = Object.values(l), c = o - qe(Math.min, u);
      s !== "l" && (c = r - qe(Math.max, u)), c && (e[a] = Lo(l, (d) => d + c));
    });
  });
}
function Ow(e, t = void 0) {
  let n = e.ul;
  return n ? Lo(n, (o, r) => {
    var i, s;
    if (t) {
      let l = t.toLowerCase(), u = e[l];
      if (u && u[r] !== void 0) return u[r];
    }
    let a = Object.values(e).map((l) => {
      let u = l[r];
      return u !== void 0 ? u : 0;
    }).sort((l, u) => l - u);
    return (((i = a[1]) != null ? i : 0) + ((s = a[2]) != null ? s : 0)) / 2;
  }) : {};
}
function Dw(e, t) {
  let n = Dn(e), o = Object.assign(xw(e, n), $w(e, n)), r = {}, i;
  ["u", "d"].forEach((a) => {
    i = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((l) => {
      l === "r" && (i = i.map((d) => Object.values(d).reverse()));
      let u = kw(e, i, o, (d) => (a === "u" ? e.predecessors(d) : e.successors(d)) || [], t), c = Cw(e, i, u.root, u.align, l === "r");
      l === "r" && (c = Lo(c, (d) => -d)), r[a + l] = c;
    });
  });
  let s = Iw(e, r);
  return Tw(r, s), Ow(r, e.graph().align);
}
function Pw(e, t, n) {
  return (o, r, i) => {
    let s = o.node(r), a = o.node(i), l = 0, u;
    if (l += s.width / 2, Object.hasOwn(s, "labelpos")) switch (s.labelpos.toLowerCase()) {
      case "l":
        u = -s.width / 2;
        break;
      case "r":
        u = s.width / 2;
        break;
    }
    if (u && (l += n ? u : -u), u = void 0, l += (s.dummy ? t : e) / 2, l += (a.dummy ? t : e) / 2, l += a.width / 2, Object.hasOwn(a, "labelpos")) switch (a.labelpos.toLowerCase()) {
      case "l":
        u = a.width / 2;
        break;
      case "r":
        u = -a.width / 2;
        break;
    }
    return u && (l += n ? u : -u), l;
  };
}
function Aw(e, t) {
  return e.node(t).width;
}
function Ss(e, t, n) {
  var o;
  if (!n) return !1;
  let r = (o = t.node(e)) == null ? void 0 : o.edgeObj;
  if (!r || t.node(e).edgeLabel.reversed) return !1;
  let i = n.indexOf(r?.v), s = n.indexOf(r?.w);
  return i !== -1 && s !== -1 && i === (s + 1) % n.length || i === (s - 1) % n.length;
}
function zw(e, t) {
  e = Tl(e), Rw(e), Object.entries(Dw(e, t)).forEach(([n, o]) => e.node(n).x = o);
}
function Rw(e) {
  let t = Dn(e), n = e.graph(), o = n.ranksep, r = n.rankalign, i = 0;
  t.forEach((s) => {
    let a = s.reduce((l, u) => {
      var c;
      let d = (c = e.node(u).height) != null ? c : 0;
      return l > d ? l : d;
    }, 0);
    s.forEach((l) => {
      let u = e.node(l);
      r === "top" ? u.y = i + u.height / 2 : r === "bottom" ? u.y = i + a - u.height / 2 : u.y = i + a / 2;
    }), i += a + o;
  });
}
var ks = /* @__PURE__ */ new WeakMap();
function Bw(e, t = {}) {
  return Zl(e, Pl, t), e;
}
function Cs(e, t, n) {
  let o = t;
  for (; o !== void 0; ) {
    let r = e.parent(o);
    if (r === n) return o;
    o = r;
  }
}
function Zl(e, t, n) {
  var o;
  let r = e.nodes().filter((E) => e.children(E).length), i = {};
  r.forEach((E) => {
    let p = e.node(E);
    if (p && p.rankdir) {
      let b = new Ye({ multigraph: !0, compound: !0 });
      b.setGraph({ rankdir: p.rankdir });
      let A = e.children(E);
      A.forEach((h) => {
        let $ = { ...e.node(h) };
        b.setNode(h, $);
        let v = e.parent(h);
        v && v !== E && A.includes(v) && b.setParent(h, v);
      });
      let V = /* @__PURE__ */ new Set();
      e.edges().forEach((h) => {
        let $ = Cs(e, h.v, E), v = Cs(e, h.w, E);
        if ($ === h.v && v === h.w) b.setEdge(h, { ...e.edge(h) });
        else if ($ && v && $ !== v) {
          let I = `${$}\0${v}`;
          V.has(I) || (V.add(I), b.setEdge($, v, { ...e.edge(h) }));
        }
      }), Zl(b, t, n);
      let F = Ds(b);
      Is(F, t, n, null), Ts(b, F);
      let z = 1 / 0, Z = 1 / 0, X = -1 / 0, H = -1 / 0;
      b.nodes().forEach((h) => {
        if (h === E) return;
        let $ = b.node(h);
        $ && typeof $.x == "number" && typeof $.y == "number" && typeof $.width == "number" && typeof $.height == "number" && (z = Math.min(z, $.x - $.width / 2), X = Math.max(X, $.x + $.width / 2), Z = Math.min(Z, $.y - $.height / 2), H = Math.max(H, $.y + $.height / 2));
      }), (!isFinite(z) || !isFinite(Z) || !isFinite(X) || !isFinite(H)) && (z = Z = 0, X = H = 0);
      let S = X - z, U = H - Z;
      i[E] = { minX: z, minY: Z, maxX: X, maxY: H, width: S, height: U, offsetX: z, offsetY: Z }, p._dagreClusterSubgraph = b;
    }
  });
  let s = [], a = (E) => {
    let p = [], b = (e.children(E) || []).filter((A) => A !== E);
    for (; b.length > 0; ) {
      let A = b.shift();
      p.push(A), (e.children(A) || []).filter((V) => V !== A).forEach((V) => b.push(V));
    }
    return p;
  }, l = /* @__PURE__ */ new Map();
  r.forEach((E) => {
    let p = e.node(E);
    p && p.rankdir && i[E] && l.set(E, (e.children(E) || []).filter((b) => b !== E));
  });
  let u = new Set([...l.values()].flat()), c = /* @__PURE__ */ new Map();
  l.forEach((E, p) => {
    u.has(p) || c.set(p, a(p));
  });
  let d = new Set([...c.values()].flat()), f = (E) => {
    for (let [p, b] of c) if (b.includes(E)) return p;
    return E;
  }, g = [];
  e.edges().forEach((E) => {
    (d.has(E.v) || d.has(E.w)) && g.push({ edge: E, label: e.edge(E) });
  });
  let m = /* @__PURE__ */ new Map();
  d.forEach((E) => {
    let p = e.parent(E);
    m.set(E, typeof p == "string" ? p : void 0);
  }), c.forEach((E, p) => {
    let b = e.node(p), A = [];
    E.forEach((z) => {
      let Z = e.node(z);
      Z && (A.push({ id: z, node: Z, parent: m.get(z) }), e.removeNode(z));
    });
    let V = g.filter(({ edge: z }) => E.includes(z.v) || E.includes(z.w)), F = i[p];
    b && (s.push({ clusterId: p, subgraph: b._dagreClusterSubgraph, bounds: F, children: E, removedNodes: A, removedEdges: V }), b.width = F.width, b.height = F.height);
  });
  let y = /* @__PURE__ */ new Set();
  g.forEach(({ edge: E, label: p }) => {
    let b = f(E.v), A = f(E.w);
    if (b !== A && e.hasNode(b) && e.hasNode(A)) {
      let V = `${b}\0${A}`;
      y.has(V) || (y.add(V), e.setEdge(b, A, { ...p, width: 0, height: 0 }));
    }
  });
  let x = Ds(e), w = Is(x, t, n, (o = ks.get(e)) != null ? o : null);
  ks.set(e, w), Ts(e, x), y.forEach((E) => {
    let p = E.indexOf("\0"), b = E.slice(0, p), A = E.slice(p + 1);
    e.hasEdge(b, A) && e.removeEdge(b, A);
  }), s.forEach(({ clusterId: E, subgraph: p, bounds: b, removedNodes: A, removedEdges: V }) => {
    var F, z;
    let Z = e.node(E), X = (F = Z?.x) != null ? F : 0, H = (z = Z?.y) != null ? z : 0, S = (b.minX + b.maxX) / 2, U = (b.minY + b.maxY) / 2;
    A.forEach(({ id: h, node: $, parent: v }) => {
      e.setNode(h, $), v !== void 0 && e.setParent(h, v);
    }), V.forEach(({ edge: h, label: $ }) => {
      e.setEdge(h, $);
    }), p.nodes().forEach((h) => {
      if (h === E) return;
      let $ = p.node(h), v = e.node(h);
      v && $ && typeof $.x == "number" && typeof $.y == "number" && (v.x = X + ($.x - S), v.y = H + ($.y - U));
    }), Ms(e, p, X - S, H - U), delete Z._dagreClusterSubgraph;
  }), r.forEach((E) => {
    var p, b;
    let A = e.node(E), V = i[E];
    if (A && A.rankdir && A._dagreClusterSubgraph && V) {
      let F = A._dagreClusterSubgraph, z = (p = A.x) != null ? p : 0, Z = (b = A.y) != null ? b : 0, X = (V.minX + V.maxX) / 2, H = (V.minY + V.maxY) / 2;
      F.nodes().forEach((S) => {
        if (S === E) return;
        let U = F.node(S), h = e.node(S);
        if (h && U && typeof U.x == "number" && typeof U.y == "number") {
          let $ = U.x - X, v = U.y - H;
          h.x = z + $, h.y = Z + v;
        }
      }), Ms(e, F, z - X, Z - H), delete A._dagreClusterSubgraph;
    }
  });
}
function Ms(e, t, n, o) {
  t.edges().forEach((r) => {
    if (!e.hasEdge(r)) return;
    let i = t.edge(r), s = e.edge(r);
    s.points = i.points.map((a) => ({ x: a.x + n, y: a.y + o })), Object.hasOwn(i, "x") && (s.x = i.x + n, s.y = i.y + o);
  });
}
function Is(e, t, n, o = null) {
  var r, i;
  let s = n?.useDynamic !== !1, a = s && (r = o?.graph) != null ? r : null, l = s && (i = o?.rawNodes) != null ? i : null;
  t("    makeSpaceForEdgeLabels", () => Uw(e)), t("    removeSelfEdges", () => t_(e)), t("    acyclic", () => k1(e, a)), t("    nestingGraph.run", () => J1(e)), t("    rank", () => X1(Tl(e))), t("    injectEdgeLabelProxies", () => Zw(e)), t("    removeEmptyRanks", () => f1(e)), t("    nestingGraph.cleanup", () => tw(e)), t("    normalizeRanks", () => d1(e)), t("    assignRankMinMax", () => Ww(e)), t("    removeEdgeLabelProxies", () => qw(e)), t("    normalize.run", () => T1(e)), t("    parentDummyChains", () => W1(e)), t("    addBorderSegments", () => nw(e)), t("    order", () => Gl(e, n, l)), t("    insertSelfEdges", () => n_(e)), t("    adjustCoordinateSystem", () => rw(e)), t("    position", () => zw(e, n.corePath)), t("    positionSelfEdges", () => o_(e));
  let u = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => e_(e)), t("    normalize.undo", () => D1(e)), t("    fixupEdgeLabelCoords", () => Jw(e)), t("    undoCoordinateSystem", () => iw(e)), t("    translateGraph", () => Kw(e)), t("    assignNodeIntersects", () => jw(e)), t("    reversePoints", () => Qw(e)), t("    acyclic.undo", () => M1(e)), { graph: e, rawNodes: u };
}
function Ts(e, t) {
  e.nodes().forEach((n) => {
    let o = e.node(n), r = t.node(n);
    o && (o.x = r.x, o.y = r.y, o.order = r.order, o.rank = r.rank, t.children(n).length && (o.width = r.width, o.height = r.height));
  }), e.edges().forEach((n) => {
    let o = e.edge(n), r = t.edge(n);
    o.points = r.points, Object.hasOwn(r, "x") && (o.x = r.x, o.y = r.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var Vw = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], Lw = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, Hw = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], Fw = ["width", "height", "rank"], Os = { width: 0, height: 0 }, Yw = ["minlen", "weight", "width", "height", "labeloffset"], Xw = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, Gw = ["labelpos"];
function Ds(e) {
  let t = new Ye({ multigraph: !0, compound: !0 }), n = ar(e.graph());
  return t.setGraph(Object.assign({}, Lw, sr(n, Vw), No(n, Hw))), e.nodes().forEach((o) => {
    let r = ar(e.node(o)), i = sr(r, Fw);
    Object.keys(Os).forEach((a) => {
      i[a] === void 0 && (i[a] = Os[a]);
    }), t.setNode(o, i);
    let s = e.parent(o);
    s !== void 0 && t.setParent(o, s);
  }), e.edges().forEach((o) => {
    let r = ar(e.edge(o));
    t.setEdge(o, Object.assign({}, Xw, sr(r, Yw), No(r, Gw)));
  }), t;
}
function Uw(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var o;
    let r = e.edge(n);
    r.minlen *= 2, ((o = r.labelpos) != null ? o : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? r.width += r.labeloffset : r.height += r.labeloffset);
  });
}
function Zw(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let o = e.node(t.v), r = { rank: (e.node(t.w).rank - o.rank) / 2 + o.rank, e: t };
      Kt(e, "edge-proxy", r, "_ep");
    }
  });
}
function Ww(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let o = e.node(n);
    o.borderTop && (o.minRank = e.node(o.borderTop).rank, o.maxRank = e.node(o.borderBottom).rank, t = Math.max(t, o.maxRank));
  }), e.graph().maxRank = t;
}
function qw(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let o = n;
      e.edge(o.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function Kw(e) {
  let t = Number.POSITIVE_INFINITY, n = 0, o = Number.POSITIVE_INFINITY, r = 0, i = e.graph(), s = i.marginx || 0, a = i.marginy || 0;
  function l(u) {
    let c = u.x, d = u.y, f = u.width, g = u.height;
    t = Math.min(t, c - f / 2), n = Math.max(n, c + f / 2), o = Math.min(o, d - g / 2), r = Math.max(r, d + g / 2);
  }
  e.nodes().forEach((u) => l(e.node(u))), e.edges().forEach((u) => {
    let c = e.edge(u);
    Object.hasOwn(c, "x") && l(c);
  }), t -= s, o -= a, e.nodes().forEach((u) => {
    let c = e.node(u);
    c.x -= t, c.y -= o;
  }), e.edges().forEach((u) => {
    let c = e.edge(u);
    c.points.forEach((d) => {
      d.x -= t, d.y -= o;
    }), Object.hasOwn(c, "x") && (c.x -= t), Object.hasOwn(c, "y") && (c.y -= o);
  }), i.width = n - t + s, i.height = r - o + a;
}
function jw(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), o = e.node(t.v), r = e.node(t.w), i, s;
    n.points ? (i = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], i = r, s = o), n.points.unshift(ps(o, i)), n.points.push(ps(r, s));
  });
}
function Jw(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (Object.hasOwn(n, "x")) switch ((n.labelpos === "l" || n.labelpos === "r") && (n.width -= n.labeloffset), n.labelpos) {
      case "l":
        n.x -= n.width / 2 + n.labeloffset;
        break;
      case "r":
        n.x += n.width / 2 + n.labeloffset;
        break;
    }
  });
}
function Qw(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function e_(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), o = e.node(n.borderTop), r = e.node(n.borderBottom), i = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - i.x), n.height = Math.abs(r.y - o.y), n.x = i.x + n.width / 2, n.y = o.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function t_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function n_(e) {
  Dn(e).forEach((t) => {
    let n = 0;
    t.forEach((o, r) => {
      let i = e.node(o);
      typeof i.rank != "number" && (i.rank = 0), i.order = r + n, (i.selfEdges || []).forEach((s) => {
        Kt(e, "selfedge", { width: s.label.width, height: s.label.height, rank: i.rank, order: r + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete i.selfEdges;
    });
  });
}
function o_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t), o = (r) => typeof r == "number" && isFinite(r);
    if (n.dummy === "selfedge") {
      let r = n, i = e.node(r.e.v), s = o(i?.x) ? i.x : 0, a = o(i?.y) ? i.y : 0, l = o(i?.width) ? i.width : 0, u = o(i?.height) ? i.height : 0, c = o(n.x) ? n.x : s, d = o(n.y) ? n.y : a, f = l / 2, g = u / 2;
      r.edgeLabel.points = [{ x: c + f, y: d - g }, { x: c + f, y: d - g }, { x: c, y: d }, { x: c - f, y: d + g }, { x: c - f, y: d + g }, { x: c, y: d }, { x: c, y: d }], r.edgeLabel.x = c, r.edgeLabel.y = d, e.setEdge(r.e, r.edgeLabel), e.removeNode(t);
    } else n && Array.isArray(n.selfEdges) && n.selfEdges.forEach((r) => {
      if (!Array.isArray(r.label.points) || r.label.points.length !== 7) {
        let i = o(n.x) ? n.x : 0, s = o(n.y) ? n.y : 0, a = o(n.width) ? n.width : 0, l = o(n.height) ? n.height : 0, u = a / 2, c = l / 2;
        r.label.points = [{ x: i + u, y: s - c }, { x: i + u, y: s - c }, { x: i, y: s }, { x: i - u, y: s + c }, { x: i - u, y: s + c }, { x: i, y: s }, { x: i, y: s }];
      }
    });
  });
}
function sr(e, t) {
  return Lo(No(e, t), Number);
}
function ar(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, o]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = o;
  }), t;
}
function r_(e) {
  let t = Dn(e), n = new Ye({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((o) => {
    n.setNode(o, { label: o }), n.setParent(o, "layer" + e.node(o).rank);
  }), e.edges().forEach((o) => n.setEdge(o.v, o.w, {}, o.name)), t.forEach((o, r) => {
    let i = "layer" + r;
    n.setNode(i, { rank: "same" }), o.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var i_ = { graphlib: xl, version: y1, layout: Bw, debug: r_, util: { time: v1, notime: Pl } }, Ps = i_;
const s_ = {
  data: "#2e7d32",
  latent: "#6a1b9a",
  generator: "#1565c0",
  discriminator: "#c62828",
  augmenter: "#00838f",
  regularizer: "#ef6c00",
  loss: "#ad1457",
  optimizer: "#4e342e",
  scheduler: "#9e9d24",
  metric: "#37474f"
}, As = {
  Samples: "#1e88e5",
  Latent: "#8e24aa",
  Timestep: "#00acc1",
  Labels: "#43a047",
  Generator: "#3949ab",
  Critic: "#e53935",
  Features: "#d81b60",
  Optimizer: "#6d4c41",
  Params: "#6d4c41",
  Control: "#fdd835",
  Loss: "#f4511e",
  Metric: "#546e7a"
}, zs = ["#26a69a", "#7e57c2", "#ec407a", "#ffa726", "#5c6bc0", "#9ccc65", "#8d6e63"];
function a_(e) {
  return String(e || "").split("[")[0].trim();
}
function ln(e) {
  const t = a_(e);
  if (As[t]) return As[t];
  let n = 0;
  for (const o of t) n = n * 31 + o.charCodeAt(0) >>> 0;
  return zs[n % zs.length];
}
function Wl(e) {
  return s_[e] || "#607d8b";
}
const l_ = ["data-node-id", "data-block-type", "title"], u_ = { class: "gc-node-id" }, c_ = { class: "gc-node-type" }, d_ = { class: "gc-node-body" }, f_ = ["data-port"], h_ = { class: "gc-port-name" }, g_ = {
  key: 1,
  class: "gc-port gc-in"
}, v_ = ["data-port"], p_ = { class: "gc-port-name" }, m_ = {
  key: 3,
  class: "gc-port gc-out"
}, y_ = {
  key: 0,
  class: "gc-summary"
}, w_ = {
  key: 1,
  class: "gc-node-error"
}, __ = {
  __name: "BlockNode",
  props: {
    id: { type: String, required: !0 },
    data: { type: Object, required: !0 },
    selected: { type: Boolean, default: !1 }
  },
  setup(e) {
    const t = e, n = re(() => Wl(t.data.kind)), o = re(() => Math.max(t.data.inputs.length, t.data.outputs.length));
    return (r, i) => (Q(), ie("div", {
      class: Le(["gc-node", { "gc-invalid": e.data.invalid, "gc-selected": e.selected, "gc-unknown": e.data.unknown }]),
      "data-node-id": e.id,
      "data-block-type": e.data.blockType,
      title: e.data.messages.join(`
`)
    }, [
      _e("div", {
        class: "gc-node-header",
        style: Me({ background: n.value })
      }, [
        _e("span", u_, Ae(e.id), 1),
        _e("span", c_, Ae(e.data.title), 1)
      ], 4),
      _e("div", d_, [
        (Q(!0), ie(Oe, null, kn(o.value, (s) => (Q(), ie("div", {
          key: s,
          class: "gc-row"
        }, [
          e.data.inputs[s - 1] ? (Q(), ie("div", {
            key: 0,
            class: "gc-port gc-in",
            "data-port": `${e.id}.${e.data.inputs[s - 1].name}`
          }, [
            Ce(W(Gt), {
              type: "target",
              id: e.data.inputs[s - 1].name,
              position: W(te).Left,
              class: Le(["gc-handle", { "gc-required": e.data.inputs[s - 1].required }]),
              style: Me({ background: W(ln)(e.data.inputs[s - 1].types[0]) }),
              "data-port": `${e.id}.${e.data.inputs[s - 1].name}`,
              title: `${e.data.inputs[s - 1].name}: ${e.data.inputs[s - 1].label}`
            }, null, 8, ["id", "position", "class", "style", "data-port", "title"]),
            _e("span", h_, Ae(e.data.inputs[s - 1].name), 1),
            _e("span", {
              class: "gc-port-type",
              style: Me({ color: W(ln)(e.data.inputs[s - 1].types[0]) })
            }, Ae(e.data.inputs[s - 1].label), 5)
          ], 8, f_)) : (Q(), ie("div", g_)),
          e.data.outputs[s - 1] ? (Q(), ie("div", {
            key: 2,
            class: "gc-port gc-out",
            "data-port": `${e.id}.${e.data.outputs[s - 1].name}`
          }, [
            _e("span", {
              class: "gc-port-type",
              style: Me({ color: W(ln)(e.data.outputs[s - 1].type) })
            }, Ae(e.data.outputs[s - 1].label), 5),
            _e("span", p_, Ae(e.data.outputs[s - 1].name), 1),
            Ce(W(Gt), {
              type: "source",
              id: e.data.outputs[s - 1].name,
              position: W(te).Right,
              class: "gc-handle",
              style: Me({ background: W(ln)(e.data.outputs[s - 1].type) }),
              "data-port": `${e.id}.${e.data.outputs[s - 1].name}`,
              title: `${e.data.outputs[s - 1].name}: ${e.data.outputs[s - 1].label}`
            }, null, 8, ["id", "position", "style", "data-port", "title"])
          ], 8, v_)) : (Q(), ie("div", m_))
        ]))), 128)),
        e.data.summary ? (Q(), ie("div", y_, Ae(e.data.summary), 1)) : xe("", !0),
        e.data.invalid ? (Q(), ie("div", w_, Ae(e.data.messages[0]), 1)) : xe("", !0)
      ])
    ], 10, l_));
  }
}, b_ = {
  key: 0,
  class: "gc-empty"
}, Rs = "application/x-gancanvas-block", x_ = {
  __name: "GanCanvas",
  props: {
    graph: { type: Object, default: () => ({ nodes: [], edges: [], layout: {} }) },
    catalog: { type: Object, default: () => ({}) },
    issues: { type: Array, default: () => [] },
    selection: { type: Object, default: () => ({ nodes: [], edges: [] }) },
    shapes: { type: Object, default: () => ({}) },
    flowId: { type: String, default: "gancanvas" }
  },
  emits: ["add", "connect", "move", "select", "remove", "shortcut", "file", "layout", "ready"],
  setup(e, { expose: t, emit: n }) {
    const o = e, r = n, i = we(o.flowId), s = { block: un(__) }, a = Ee(null), l = Ee(!1), u = re(() => {
      const M = {}, B = {};
      for (const L of o.issues || []) {
        const Y = String(L.path || "").split(".");
        Y[0] === "nodes" && Y[1] && (M[Y[1]] ||= []).push(L.message), Y[0] === "edges" && Y[1] !== void 0 && (B[Y[1]] ||= []).push(L.message);
      }
      return { byNode: M, byEdge: B };
    });
    function c(M, B) {
      return o.shapes[M] || B;
    }
    function d(M) {
      return Object.entries(M || {}).slice(0, 3).map(([L, Y]) => `${L}=${JSON.stringify(Y)}`).join("  ");
    }
    function f() {
      const M = new Set(o.selection?.nodes || []), B = o.graph.layout || {};
      return (o.graph.nodes || []).map((L, Y) => {
        const R = o.catalog[L.type], G = u.value.byNode[L.id] || [], q = B[L.id] || [40 + Y % 5 * 260, 40 + Math.floor(Y / 5) * 200];
        return {
          id: L.id,
          type: "block",
          position: { x: q[0], y: q[1] },
          selected: M.has(L.id),
          data: {
            blockType: L.type,
            kind: R ? R.kind : L.type.split(".")[0],
            title: R ? R.title : `${L.type} (unknown)`,
            unknown: !R,
            invalid: G.length > 0,
            messages: G,
            summary: d(L.params),
            inputs: (R ? R.inputs : []).map((ee) => {
              const ce = ee.accepts && ee.accepts.length ? ee.accepts : [ee.type];
              return { ...ee, types: ce, label: c(`${L.id}.${ee.name}`, ce.join("|")) };
            }),
            outputs: (R ? R.outputs : []).map((ee) => ({
              ...ee,
              label: c(`${L.id}.${ee.name}`, ee.type)
            }))
          }
        };
      });
    }
    function g(M, B) {
      const L = (o.graph.nodes || []).find((G) => G.id === M), Y = L && o.catalog[L.type], R = Y && Y.outputs.find((G) => G.name === B);
      return R ? R.type : "";
    }
    function m() {
      const M = new Set(o.selection?.edges || []);
      return (o.graph.edges || []).map((B, L) => {
        const [Y, ...R] = B.from.split("."), [G, ...q] = B.to.split("."), ee = u.value.byEdge[String(L)] || [], ce = ee.length ? "#e53935" : ln(g(Y, R.join(".")));
        return {
          id: `e${L}:${B.from}->${B.to}`,
          source: Y,
          target: G,
          sourceHandle: R.join("."),
          targetHandle: q.join("."),
          selected: M.has(L),
          class: ee.length ? "gc-edge-invalid" : "",
          style: { stroke: ce, strokeWidth: ee.length ? 3 : 2 },
          markerEnd: { type: ho.ArrowClosed, color: ce },
          label: ee.length ? "!" : void 0,
          data: { index: L, messages: ee, from: B.from, to: B.to }
        };
      });
    }
    const y = Ee([]), x = Ee([]);
    function w() {
      y.value = f(), x.value = m(), Ve(() => i.updateNodeInternals(y.value.map((M) => M.id)));
    }
    me(() => [o.graph, o.catalog, o.issues, o.selection, o.shapes], w, {
      deep: !0,
      immediate: !0
    });
    function E(M) {
      r("connect", { source: `${M.source}.${M.sourceHandle}`, target: `${M.target}.${M.targetHandle}` });
    }
    function p(M) {
      const B = {};
      for (const L of M.nodes || [M.node])
        B[L.id] = [Math.round(L.position.x), Math.round(L.position.y)];
      r("move", { positions: B });
    }
    function b() {
      return {
        nodes: i.getSelectedNodes.value.map((M) => M.id),
        edges: i.getSelectedEdges.value.map((M) => M.data.index)
      };
    }
    function A({ node: M }) {
      r("select", { nodes: [M.id], edges: [] });
    }
    function V({ edge: M }) {
      r("select", { nodes: [], edges: [M.data.index] });
    }
    function F() {
      r("select", { nodes: [], edges: [] });
    }
    function z() {
      Ve(() => r("select", b()));
    }
    function Z(M) {
      if (M.defaultPrevented) return;
      const B = M.target, L = B && B.tagName || "";
      if (["INPUT", "TEXTAREA", "SELECT"].includes(L) || B?.isContentEditable || B?.closest && B.closest(".q-dialog, .q-menu")) return;
      const Y = M.ctrlKey || M.metaKey, R = M.key.toLowerCase();
      let G = null;
      if (R === "delete" || R === "backspace" ? G = "delete" : Y && R === "z" && !M.shiftKey ? G = "undo" : Y && (R === "y" || R === "z" && M.shiftKey) ? G = "redo" : Y && R === "c" ? G = "copy" : Y && R === "v" ? G = "paste" : Y && R === "x" ? G = "cut" : Y && R === "d" ? G = "duplicate" : Y && R === "a" ? G = "select_all" : Y && R === "s" ? G = "save" : !Y && R === "f" ? G = "fit" : !Y && R === "l" && (G = "layout"), !!G) {
        if (M.preventDefault(), G === "fit") return U();
        if (G === "layout") return $();
        if (G === "select_all") {
          r("select", { nodes: (o.graph.nodes || []).map((q) => q.id), edges: [] });
          return;
        }
        r("shortcut", { action: G, ...b() });
      }
    }
    lt(() => document.addEventListener("keydown", Z)), Dr(() => document.removeEventListener("keydown", Z));
    function X(M) {
      M.preventDefault();
      const B = Array.from(M.dataTransfer?.types || []);
      l.value = B.includes(Rs) || B.includes("Files"), M.dataTransfer && (M.dataTransfer.dropEffect = B.includes("Files") ? "copy" : "move");
    }
    function H() {
      l.value = !1;
    }
    async function S(M) {
      M.preventDefault(), l.value = !1;
      const B = M.dataTransfer;
      if (!B) return;
      const L = B.getData(Rs);
      if (L) {
        const R = i.screenToFlowCoordinate({ x: M.clientX, y: M.clientY });
        r("add", { type: L, x: Math.round(R.x), y: Math.round(R.y) });
        return;
      }
      const Y = B.files && B.files[0];
      if (Y) {
        const R = Y.size > 5e6 ? "" : await Y.text();
        r("file", { name: Y.name, text: R, size: Y.size });
      }
    }
    function U() {
      i.fitView({ padding: 0.15, duration: 0 });
    }
    function h(M) {
      const B = new Set(M), L = i.getNodes.value.filter((Y) => B.has(Y.id));
      L.length && i.fitView({ nodes: L.map((Y) => Y.id), padding: 0.6, maxZoom: 1.2, duration: 200 });
    }
    function $() {
      const M = new Ps.graphlib.Graph();
      M.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 70, marginx: 20, marginy: 20 }), M.setDefaultEdgeLabel(() => ({}));
      for (const L of i.getNodes.value) {
        const Y = L.dimensions || {};
        M.setNode(L.id, { width: Y.width || 220, height: Y.height || 120 });
      }
      for (const L of i.getEdges.value) M.setEdge(L.source, L.target);
      Ps.layout(M);
      const B = {};
      for (const L of i.getNodes.value) {
        const Y = M.node(L.id), R = L.dimensions || {};
        B[L.id] = [Math.round(Y.x - (R.width || 220) / 2), Math.round(Y.y - (R.height || 120) / 2)];
      }
      return r("layout", { positions: B }), setTimeout(U, 50), B;
    }
    function v() {
      return i.getViewport();
    }
    function I() {
      U(), window.__gancanvasPaneReady = performance.now(), y.value.length || (window.__gancanvasReady = window.__gancanvasPaneReady);
    }
    function C() {
      const M = window.__gancanvasReady === void 0;
      window.__gancanvasReady = performance.now(), window.__gancanvasNodes = i.getNodes.value.length, M && (U(), r("ready", { t: window.__gancanvasReady, nodes: window.__gancanvasNodes }));
    }
    t({ fitView: U, focus: h, autoLayout: $, getViewport: v });
    const P = re(() => ({ stroke: "#90a4ae", strokeWidth: 2 })), O = (M) => Wl(M.data?.kind);
    return (M, B) => (Q(), ie("div", {
      ref_key: "root",
      ref: a,
      class: Le(["gc-canvas", { "gc-drop-active": l.value }]),
      tabindex: "0",
      onDragover: X,
      onDragleave: H,
      onDrop: S
    }, [
      Ce(W(vv), {
        id: e.flowId,
        nodes: y.value,
        edges: x.value,
        "node-types": s,
        "delete-key-code": null,
        "selection-key-code": "Shift",
        "multi-selection-key-code": "Control",
        "connection-line-style": P.value,
        "default-edge-options": { type: "default" },
        "min-zoom": 0.1,
        "max-zoom": 2.5,
        "nodes-draggable": !0,
        "elevate-edges-on-select": !0,
        onConnect: E,
        onNodeDragStop: p,
        onNodeClick: A,
        onEdgeClick: V,
        onPaneClick: F,
        onSelectionEnd: z,
        onPaneReady: I,
        onNodesInitialized: C
      }, {
        default: Ze(() => [
          Ce(W(xv), {
            "pattern-color": "#cfd8dc",
            gap: 18
          }),
          Ce(W(ep), { "show-interactive": !1 }),
          Ce(W(zy), {
            pannable: "",
            zoomable: "",
            width: 170,
            height: 110,
            "node-color": O
          }),
          (e.graph.nodes || []).length ? xe("", !0) : (Q(), ie("div", b_, " Drag blocks here from the palette, or drop a graph JSON file. "))
        ]),
        _: 1
      }, 8, ["id", "nodes", "edges", "connection-line-style"])
    ], 34));
  }
};
export {
  x_ as GanCanvas,
  s_ as KIND_COLORS,
  Wl as kindColor,
  ln as typeColor
};
