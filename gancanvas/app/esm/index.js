import { getCurrentScope as oa, inject as Ot, effectScope as ia, watch as $e, provide as Mt, getCurrentInstance as ln, defineComponent as Ce, useSlots as ra, onUnmounted as hu, openBlock as Q, createElementBlock as le, unref as W, createVNode as Be, withCtx as rt, renderSlot as Te, reactive as xi, computed as ue, onScopeDispose as ao, createPropsRestProxy as gu, toRef as xe, ref as Ie, onMounted as _t, normalizeClass as Ye, nextTick as qe, onBeforeMount as pu, shallowRef as Ct, createElementVNode as Ne, Fragment as Ve, renderList as un, normalizeStyle as Ae, onBeforeUnmount as ji, isMemoSame as vu, createBlock as Re, createCommentVNode as Se, toDisplayString as Pe, isRef as Qi, toRefs as mu, customRef as yu, toValue as ye, resolveComponent as sa, h as ke, useAttrs as Ji, mergeProps as yo, resolveDynamicComponent as Dt, createTextVNode as $i, markRaw as xn, readonly as wu, watchEffect as _u, normalizeProps as bu, withModifiers as ni, withDirectives as Eu, vModelText as xu } from "vue";
function Sn(e) {
  return oa() ? (ao(e), !0) : !1;
}
function gt(e) {
  return typeof e == "function" ? e() : W(e);
}
const $u = typeof window < "u" && typeof document < "u", Nu = (e) => typeof e < "u", ku = Object.prototype.toString, Su = (e) => ku.call(e) === "[object Object]", Cu = () => {
};
function Mu(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const aa = (e) => e();
function Iu(e = aa) {
  const t = Ie(!0);
  function n() {
    t.value = !1;
  }
  function o() {
    t.value = !0;
  }
  const i = (...r) => {
    t.value && e(...r);
  };
  return { isActive: wu(t), pause: n, resume: o, eventFilter: i };
}
function Sr(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Tu(e, t, n = {}) {
  const {
    eventFilter: o = aa,
    ...i
  } = n;
  return $e(
    e,
    Mu(
      o,
      t
    ),
    i
  );
}
function qt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: s, resume: a, isActive: u } = Iu(o);
  return { stop: Tu(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: u };
}
function Ou(e, t = {}) {
  if (!Qi(e))
    return mu(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = yu(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = gt(t.replaceRef)) != null ? r : !0)
          if (Array.isArray(e.value)) {
            const a = [...e.value];
            a[o] = i, e.value = a;
          } else {
            const a = { ...e.value, [o]: i };
            Object.setPrototypeOf(a, Object.getPrototypeOf(e.value)), e.value = a;
          }
        else
          e.value[o] = i;
      }
    }));
  return n;
}
function Ni(e, t = !1) {
  function n(d, { flush: f = "sync", deep: g = !1, timeout: y, throwOnTimeout: w } = {}) {
    let x = null;
    const m = [new Promise((v) => {
      x = $e(
        e,
        (E) => {
          d(E) !== t && (x?.(), v(E));
        },
        {
          flush: f,
          deep: g,
          immediate: !0
        }
      );
    })];
    return y != null && m.push(
      Sr(y, w).then(() => gt(e)).finally(() => x?.())
    ), Promise.race(m);
  }
  function o(d, f) {
    if (!Qi(d))
      return n((E) => E === d, f);
    const { flush: g = "sync", deep: y = !1, timeout: w, throwOnTimeout: x } = f ?? {};
    let b = null;
    const v = [new Promise((E) => {
      b = $e(
        [e, d],
        ([A, B]) => {
          t !== (A === B) && (b?.(), E(A));
        },
        {
          flush: g,
          deep: y,
          immediate: !0
        }
      );
    })];
    return w != null && v.push(
      Sr(w, x).then(() => gt(e)).finally(() => (b?.(), gt(e)))
    ), Promise.race(v);
  }
  function i(d) {
    return n((f) => !!f, d);
  }
  function r(d) {
    return o(null, d);
  }
  function s(d) {
    return o(void 0, d);
  }
  function a(d) {
    return n(Number.isNaN, d);
  }
  function u(d, f) {
    return n((g) => {
      const y = Array.from(g);
      return y.includes(d) || y.includes(gt(d));
    }, f);
  }
  function l(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let g = -1;
    return n(() => (g += 1, g >= d), f);
  }
  return Array.isArray(gt(e)) ? {
    toMatch: n,
    toContains: u,
    changed: l,
    changedTimes: c,
    get not() {
      return Ni(e, !t);
    }
  } : {
    toMatch: n,
    toBe: o,
    toBeTruthy: i,
    toBeNull: r,
    toBeNaN: a,
    toBeUndefined: s,
    changed: l,
    changedTimes: c,
    get not() {
      return Ni(e, !t);
    }
  };
}
function ki(e) {
  return Ni(e);
}
function Du(e) {
  var t;
  const n = gt(e);
  return (t = n?.$el) != null ? t : n;
}
const la = $u ? window : void 0;
function ua(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = la) : [t, n, o, i] = e, !t)
    return Cu;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, g) => (c.addEventListener(d, f, g), () => c.removeEventListener(d, f, g)), u = $e(
    () => [Du(t), gt(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = Su(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((g) => o.map((y) => a(c, g, y, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), l = () => {
    u(), s();
  };
  return Sn(l), l;
}
function Pu(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function Cr(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = la,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, u = Pu(t);
  return ua(i, r, (c) => {
    c.repeat && gt(a) || u(c) && n(c);
  }, s);
}
function Au(e) {
  return JSON.parse(JSON.stringify(e));
}
function oi(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: a = !1,
    passive: u = !1,
    eventName: l,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, g = ln(), y = n || g?.emit || ((i = g?.$emit) == null ? void 0 : i.bind(g)) || ((s = (r = g?.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(g?.proxy));
  let w = l;
  t || (t = "modelValue"), w = w || `update:${t.toString()}`;
  const x = (v) => a ? typeof a == "function" ? a(v) : Au(v) : v, b = () => Nu(e[t]) ? x(e[t]) : d, m = (v) => {
    f ? f(v) && y(w, v) : y(w, v);
  };
  if (u) {
    const v = b(), E = Ie(v);
    let A = !1;
    return $e(
      () => e[t],
      (B) => {
        A || (A = !0, E.value = x(B), qe(() => A = !1));
      }
    ), $e(
      E,
      (B) => {
        !A && (B !== e[t] || c) && m(B);
      },
      { deep: c }
    ), E;
  } else
    return ue({
      get() {
        return b();
      },
      set(v) {
        m(v);
      }
    });
}
var zu = { value: () => {
} };
function Vo() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new lo(n);
}
function lo(e) {
  this._ = e;
}
function Ru(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
lo.prototype = Vo.prototype = {
  constructor: lo,
  on: function(e, t) {
    var n = this._, o = Ru(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = Bu(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = Mr(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = Mr(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new lo(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0)
      for (var n = new Array(i), o = 0, i, r; o < i; ++o)
        n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (r = this._[e], o = 0, i = r.length; o < i; ++o)
      r[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e))
      throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, r = o.length; i < r; ++i)
      o[i].value.apply(t, n);
  }
};
function Bu(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Mr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = zu, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Si = "http://www.w3.org/1999/xhtml";
const Ir = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Si,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Lo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Ir.hasOwnProperty(t) ? { space: Ir[t], local: e } : e;
}
function Vu(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Si && t.documentElement.namespaceURI === Si ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Lu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ca(e) {
  var t = Lo(e);
  return (t.local ? Lu : Vu)(t);
}
function Hu() {
}
function er(e) {
  return e == null ? Hu : function() {
    return this.querySelector(e);
  };
}
function Fu(e) {
  typeof e != "function" && (e = er(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new Xe(o, this._parents);
}
function Yu(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Xu() {
  return [];
}
function da(e) {
  return e == null ? Xu : function() {
    return this.querySelectorAll(e);
  };
}
function Gu(e) {
  return function() {
    return Yu(e.apply(this, arguments));
  };
}
function Uu(e) {
  typeof e == "function" ? e = Gu(e) : e = da(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new Xe(o, i);
}
function fa(e) {
  return function() {
    return this.matches(e);
  };
}
function ha(e) {
  return function(t) {
    return t.matches(e);
  };
}
var qu = Array.prototype.find;
function Wu(e) {
  return function() {
    return qu.call(this.children, e);
  };
}
function Ku() {
  return this.firstElementChild;
}
function Zu(e) {
  return this.select(e == null ? Ku : Wu(typeof e == "function" ? e : ha(e)));
}
var ju = Array.prototype.filter;
function Qu() {
  return Array.from(this.children);
}
function Ju(e) {
  return function() {
    return ju.call(this.children, e);
  };
}
function ec(e) {
  return this.selectAll(e == null ? Qu : Ju(typeof e == "function" ? e : ha(e)));
}
function tc(e) {
  typeof e != "function" && (e = fa(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new Xe(o, this._parents);
}
function ga(e) {
  return new Array(e.length);
}
function nc() {
  return new Xe(this._enter || this._groups.map(ga), this._parents);
}
function wo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
wo.prototype = {
  constructor: wo,
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
function oc(e) {
  return function() {
    return e;
  };
}
function ic(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new wo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function rc(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = g = s.call(u, u.__data__, a, t) + "", l.has(g) ? i[a] = u : l.set(g, u));
  for (a = 0; a < d; ++a)
    g = s.call(e, r[a], a, r) + "", (u = l.get(g)) ? (o[a] = u, u.__data__ = r[a], l.delete(g)) : n[a] = new wo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function sc(e) {
  return e.__data__;
}
function ac(e, t) {
  if (!arguments.length)
    return Array.from(this, sc);
  var n = t ? rc : ic, o = this._parents, i = this._groups;
  typeof e != "function" && (e = oc(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, g = lc(e.call(c, c && c.__data__, l, o)), y = g.length, w = a[l] = new Array(y), x = s[l] = new Array(y), b = u[l] = new Array(f);
    n(c, d, w, x, b, g, t);
    for (var m = 0, v = 0, E, A; m < y; ++m)
      if (E = w[m]) {
        for (m >= v && (v = m + 1); !(A = x[v]) && ++v < y; )
          ;
        E._next = A || null;
      }
  }
  return s = new Xe(s, o), s._enter = a, s._exit = u, s;
}
function lc(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function uc() {
  return new Xe(this._exit || this._groups.map(ga), this._parents);
}
function cc(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function dc(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), g, y = 0; y < d; ++y)
      (g = l[y] || c[y]) && (f[y] = g);
  for (; u < i; ++u)
    a[u] = n[u];
  return new Xe(a, this._parents);
}
function fc() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function hc(e) {
  e || (e = gc);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, u = i[r] = new Array(a), l, c = 0; c < a; ++c)
      (l = s[c]) && (u[c] = l);
    u.sort(t);
  }
  return new Xe(i, this._parents).order();
}
function gc(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function pc() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function vc() {
  return Array.from(this);
}
function mc() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function yc() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function wc() {
  return !this.node();
}
function _c(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function bc(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ec(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function xc(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function $c(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Nc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function kc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Sc(e, t) {
  var n = Lo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Ec : bc : typeof t == "function" ? n.local ? kc : Nc : n.local ? $c : xc)(n, t));
}
function pa(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Cc(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Mc(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Ic(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Tc(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Cc : typeof t == "function" ? Ic : Mc)(e, t, n ?? "")) : Jt(this.node(), e);
}
function Jt(e, t) {
  return e.style.getPropertyValue(t) || pa(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Oc(e) {
  return function() {
    delete this[e];
  };
}
function Dc(e, t) {
  return function() {
    this[e] = t;
  };
}
function Pc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Ac(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Oc : typeof t == "function" ? Pc : Dc)(e, t)) : this.node()[e];
}
function va(e) {
  return e.trim().split(/^|\s+/);
}
function tr(e) {
  return e.classList || new ma(e);
}
function ma(e) {
  this._node = e, this._names = va(e.getAttribute("class") || "");
}
ma.prototype = {
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
function ya(e, t) {
  for (var n = tr(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function wa(e, t) {
  for (var n = tr(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function zc(e) {
  return function() {
    ya(this, e);
  };
}
function Rc(e) {
  return function() {
    wa(this, e);
  };
}
function Bc(e, t) {
  return function() {
    (t.apply(this, arguments) ? ya : wa)(this, e);
  };
}
function Vc(e, t) {
  var n = va(e + "");
  if (arguments.length < 2) {
    for (var o = tr(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Bc : t ? zc : Rc)(n, t));
}
function Lc() {
  this.textContent = "";
}
function Hc(e) {
  return function() {
    this.textContent = e;
  };
}
function Fc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Yc(e) {
  return arguments.length ? this.each(e == null ? Lc : (typeof e == "function" ? Fc : Hc)(e)) : this.node().textContent;
}
function Xc() {
  this.innerHTML = "";
}
function Gc(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Uc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function qc(e) {
  return arguments.length ? this.each(e == null ? Xc : (typeof e == "function" ? Uc : Gc)(e)) : this.node().innerHTML;
}
function Wc() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Kc() {
  return this.each(Wc);
}
function Zc() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function jc() {
  return this.each(Zc);
}
function Qc(e) {
  var t = typeof e == "function" ? e : ca(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Jc() {
  return null;
}
function ed(e, t) {
  var n = typeof e == "function" ? e : ca(e), o = t == null ? Jc : typeof t == "function" ? t : er(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function td() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function nd() {
  return this.each(td);
}
function od() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function id() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function rd(e) {
  return this.select(e ? id : od);
}
function sd(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function ad(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function ld(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function ud(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function cd(e, t, n) {
  return function() {
    var o = this.__on, i, r = ad(t);
    if (o) {
      for (var s = 0, a = o.length; s < a; ++s)
        if ((i = o[s]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function dd(e, t, n) {
  var o = ld(e + ""), i, r = o.length, s;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var u = 0, l = a.length, c; u < l; ++u)
        for (i = 0, c = a[u]; i < r; ++i)
          if ((s = o[i]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (a = t ? cd : ud, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function _a(e, t, n) {
  var o = pa(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function fd(e, t) {
  return function() {
    return _a(this, e, t);
  };
}
function hd(e, t) {
  return function() {
    return _a(this, e, t.apply(this, arguments));
  };
}
function gd(e, t) {
  return this.each((typeof t == "function" ? hd : fd)(e, t));
}
function* pd() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var ba = [null];
function Xe(e, t) {
  this._groups = e, this._parents = t;
}
function Hn() {
  return new Xe([[document.documentElement]], ba);
}
function vd() {
  return this;
}
Xe.prototype = Hn.prototype = {
  constructor: Xe,
  select: Fu,
  selectAll: Uu,
  selectChild: Zu,
  selectChildren: ec,
  filter: tc,
  data: ac,
  enter: nc,
  exit: uc,
  join: cc,
  merge: dc,
  selection: vd,
  order: fc,
  sort: hc,
  call: pc,
  nodes: vc,
  node: mc,
  size: yc,
  empty: wc,
  each: _c,
  attr: Sc,
  style: Tc,
  property: Ac,
  classed: Vc,
  text: Yc,
  html: qc,
  raise: Kc,
  lower: jc,
  append: Qc,
  insert: ed,
  remove: nd,
  clone: rd,
  datum: sd,
  on: dd,
  dispatch: gd,
  [Symbol.iterator]: pd
};
function Ke(e) {
  return typeof e == "string" ? new Xe([[document.querySelector(e)]], [document.documentElement]) : new Xe([[e]], ba);
}
function md(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function ot(e, t) {
  if (e = md(e), t === void 0 && (t = e.currentTarget), t) {
    var n = t.ownerSVGElement || t;
    if (n.createSVGPoint) {
      var o = n.createSVGPoint();
      return o.x = e.clientX, o.y = e.clientY, o = o.matrixTransform(t.getScreenCTM().inverse()), [o.x, o.y];
    }
    if (t.getBoundingClientRect) {
      var i = t.getBoundingClientRect();
      return [e.clientX - i.left - t.clientLeft, e.clientY - i.top - t.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
const yd = { passive: !1 }, Cn = { capture: !0, passive: !1 };
function ii(e) {
  e.stopImmediatePropagation();
}
function Kt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ea(e) {
  var t = e.document.documentElement, n = Ke(e).on("dragstart.drag", Kt, Cn);
  "onselectstart" in t ? n.on("selectstart.drag", Kt, Cn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function xa(e, t) {
  var n = e.document.documentElement, o = Ke(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Kt, Cn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const qn = (e) => () => e;
function Ci(e, {
  sourceEvent: t,
  subject: n,
  target: o,
  identifier: i,
  active: r,
  x: s,
  y: a,
  dx: u,
  dy: l,
  dispatch: c
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    subject: { value: n, enumerable: !0, configurable: !0 },
    target: { value: o, enumerable: !0, configurable: !0 },
    identifier: { value: i, enumerable: !0, configurable: !0 },
    active: { value: r, enumerable: !0, configurable: !0 },
    x: { value: s, enumerable: !0, configurable: !0 },
    y: { value: a, enumerable: !0, configurable: !0 },
    dx: { value: u, enumerable: !0, configurable: !0 },
    dy: { value: l, enumerable: !0, configurable: !0 },
    _: { value: c }
  });
}
Ci.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function wd(e) {
  return !e.ctrlKey && !e.button;
}
function _d() {
  return this.parentNode;
}
function bd(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Ed() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function xd() {
  var e = wd, t = _d, n = bd, o = Ed, i = {}, r = Vo("start", "drag", "end"), s = 0, a, u, l, c, d = 0;
  function f(E) {
    E.on("mousedown.drag", g).filter(o).on("touchstart.drag", x).on("touchmove.drag", b, yd).on("touchend.drag touchcancel.drag", m).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(E, A) {
    if (!(c || !e.call(this, E, A))) {
      var B = v(this, t.call(this, E, A), E, A, "mouse");
      B && (Ke(E.view).on("mousemove.drag", y, Cn).on("mouseup.drag", w, Cn), Ea(E.view), ii(E), l = !1, a = E.clientX, u = E.clientY, B("start", E));
    }
  }
  function y(E) {
    if (Kt(E), !l) {
      var A = E.clientX - a, B = E.clientY - u;
      l = A * A + B * B > d;
    }
    i.mouse("drag", E);
  }
  function w(E) {
    Ke(E.view).on("mousemove.drag mouseup.drag", null), xa(E.view, l), Kt(E), i.mouse("end", E);
  }
  function x(E, A) {
    if (e.call(this, E, A)) {
      var B = E.changedTouches, L = t.call(this, E, A), R = B.length, U, X;
      for (U = 0; U < R; ++U)
        (X = v(this, L, E, A, B[U].identifier, B[U])) && (ii(E), X("start", E, B[U]));
    }
  }
  function b(E) {
    var A = E.changedTouches, B = A.length, L, R;
    for (L = 0; L < B; ++L)
      (R = i[A[L].identifier]) && (Kt(E), R("drag", E, A[L]));
  }
  function m(E) {
    var A = E.changedTouches, B = A.length, L, R;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), L = 0; L < B; ++L)
      (R = i[A[L].identifier]) && (ii(E), R("end", E, A[L]));
  }
  function v(E, A, B, L, R, U) {
    var X = r.copy(), V = ot(U || B, A), k, G, h;
    if ((h = n.call(E, new Ci("beforestart", {
      sourceEvent: B,
      target: f,
      identifier: R,
      active: s,
      x: V[0],
      y: V[1],
      dx: 0,
      dy: 0,
      dispatch: X
    }), L)) != null)
      return k = h.x - V[0] || 0, G = h.y - V[1] || 0, function $(p, S, M) {
        var P = V, O;
        switch (p) {
          case "start":
            i[R] = $, O = s++;
            break;
          case "end":
            delete i[R], --s;
          case "drag":
            V = ot(M || S, A), O = s;
            break;
        }
        X.call(
          p,
          E,
          new Ci(p, {
            sourceEvent: S,
            subject: h,
            target: f,
            identifier: R,
            active: O,
            x: V[0] + k,
            y: V[1] + G,
            dx: V[0] - P[0],
            dy: V[1] - P[1],
            dispatch: X
          }),
          L
        );
      };
  }
  return f.filter = function(E) {
    return arguments.length ? (e = typeof E == "function" ? E : qn(!!E), f) : e;
  }, f.container = function(E) {
    return arguments.length ? (t = typeof E == "function" ? E : qn(E), f) : t;
  }, f.subject = function(E) {
    return arguments.length ? (n = typeof E == "function" ? E : qn(E), f) : n;
  }, f.touchable = function(E) {
    return arguments.length ? (o = typeof E == "function" ? E : qn(!!E), f) : o;
  }, f.on = function() {
    var E = r.on.apply(r, arguments);
    return E === r ? f : E;
  }, f.clickDistance = function(E) {
    return arguments.length ? (d = (E = +E) * E, f) : Math.sqrt(d);
  }, f;
}
function nr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function $a(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Fn() {
}
var Mn = 0.7, _o = 1 / Mn, Zt = "\\s*([+-]?\\d+)\\s*", In = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", lt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", $d = /^#([0-9a-f]{3,8})$/, Nd = new RegExp(`^rgb\\(${Zt},${Zt},${Zt}\\)$`), kd = new RegExp(`^rgb\\(${lt},${lt},${lt}\\)$`), Sd = new RegExp(`^rgba\\(${Zt},${Zt},${Zt},${In}\\)$`), Cd = new RegExp(`^rgba\\(${lt},${lt},${lt},${In}\\)$`), Md = new RegExp(`^hsl\\(${In},${lt},${lt}\\)$`), Id = new RegExp(`^hsla\\(${In},${lt},${lt},${In}\\)$`), Tr = {
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
nr(Fn, Ft, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Or,
  // Deprecated! Use color.formatHex.
  formatHex: Or,
  formatHex8: Td,
  formatHsl: Od,
  formatRgb: Dr,
  toString: Dr
});
function Or() {
  return this.rgb().formatHex();
}
function Td() {
  return this.rgb().formatHex8();
}
function Od() {
  return Na(this).formatHsl();
}
function Dr() {
  return this.rgb().formatRgb();
}
function Ft(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = $d.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Pr(t) : n === 3 ? new Le(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Wn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Wn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Nd.exec(e)) ? new Le(t[1], t[2], t[3], 1) : (t = kd.exec(e)) ? new Le(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Sd.exec(e)) ? Wn(t[1], t[2], t[3], t[4]) : (t = Cd.exec(e)) ? Wn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Md.exec(e)) ? Rr(t[1], t[2] / 100, t[3] / 100, 1) : (t = Id.exec(e)) ? Rr(t[1], t[2] / 100, t[3] / 100, t[4]) : Tr.hasOwnProperty(e) ? Pr(Tr[e]) : e === "transparent" ? new Le(NaN, NaN, NaN, 0) : null;
}
function Pr(e) {
  return new Le(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Wn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Le(e, t, n, o);
}
function Dd(e) {
  return e instanceof Fn || (e = Ft(e)), e ? (e = e.rgb(), new Le(e.r, e.g, e.b, e.opacity)) : new Le();
}
function Mi(e, t, n, o) {
  return arguments.length === 1 ? Dd(e) : new Le(e, t, n, o ?? 1);
}
function Le(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
nr(Le, Mi, $a(Fn, {
  brighter(e) {
    return e = e == null ? _o : Math.pow(_o, e), new Le(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Mn : Math.pow(Mn, e), new Le(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Le(Vt(this.r), Vt(this.g), Vt(this.b), bo(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Ar,
  // Deprecated! Use color.formatHex.
  formatHex: Ar,
  formatHex8: Pd,
  formatRgb: zr,
  toString: zr
}));
function Ar() {
  return `#${Rt(this.r)}${Rt(this.g)}${Rt(this.b)}`;
}
function Pd() {
  return `#${Rt(this.r)}${Rt(this.g)}${Rt(this.b)}${Rt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function zr() {
  const e = bo(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Vt(this.r)}, ${Vt(this.g)}, ${Vt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function bo(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Vt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Rt(e) {
  return e = Vt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Rr(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Ze(e, t, n, o);
}
function Na(e) {
  if (e instanceof Ze)
    return new Ze(e.h, e.s, e.l, e.opacity);
  if (e instanceof Fn || (e = Ft(e)), !e)
    return new Ze();
  if (e instanceof Ze)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new Ze(s, a, u, e.opacity);
}
function Ad(e, t, n, o) {
  return arguments.length === 1 ? Na(e) : new Ze(e, t, n, o ?? 1);
}
function Ze(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
nr(Ze, Ad, $a(Fn, {
  brighter(e) {
    return e = e == null ? _o : Math.pow(_o, e), new Ze(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Mn : Math.pow(Mn, e), new Ze(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Le(
      ri(e >= 240 ? e - 240 : e + 120, i, o),
      ri(e, i, o),
      ri(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Ze(Br(this.h), Kn(this.s), Kn(this.l), bo(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = bo(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Br(this.h)}, ${Kn(this.s) * 100}%, ${Kn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Br(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Kn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function ri(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const or = (e) => () => e;
function zd(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Rd(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Bd(e) {
  return (e = +e) == 1 ? ka : function(t, n) {
    return n - t ? Rd(t, n, e) : or(isNaN(t) ? n : t);
  };
}
function ka(e, t) {
  var n = t - e;
  return n ? zd(e, n) : or(isNaN(e) ? t : e);
}
const Eo = (function e(t) {
  var n = Bd(t);
  function o(i, r) {
    var s = n((i = Mi(i)).r, (r = Mi(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = ka(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Vd(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Ld(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Hd(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = $n(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](a);
    return r;
  };
}
function Fd(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function it(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Yd(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = $n(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Ii = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, si = new RegExp(Ii.source, "g");
function Xd(e) {
  return function() {
    return e;
  };
}
function Gd(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Sa(e, t) {
  var n = Ii.lastIndex = si.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Ii.exec(e)) && (i = si.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: it(o, i) })), n = si.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? Gd(u[0].x) : Xd(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c)
      a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
function $n(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? or(t) : (n === "number" ? it : n === "string" ? (o = Ft(t)) ? (t = o, Eo) : Sa : t instanceof Ft ? Eo : t instanceof Date ? Fd : Ld(t) ? Vd : Array.isArray(t) ? Hd : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Yd : it)(e, t);
}
var Vr = 180 / Math.PI, Ti = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Ca(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Vr,
    skewX: Math.atan(u) * Vr,
    scaleX: s,
    scaleY: a
  };
}
var Zn;
function Ud(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Ti : Ca(t.a, t.b, t.c, t.d, t.e, t.f);
}
function qd(e) {
  return e == null || (Zn || (Zn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Zn.setAttribute("transform", e), !(e = Zn.transform.baseVal.consolidate())) ? Ti : (e = e.matrix, Ca(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Ma(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push("translate(", null, t, null, n);
      y.push({ i: w - 4, x: it(l, d) }, { i: w - 2, x: it(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: it(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: it(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push(i(g) + "scale(", null, ",", null, ")");
      y.push({ i: w - 4, x: it(l, d) }, { i: w - 2, x: it(c, f) });
    } else (d !== 1 || f !== 1) && g.push(i(g) + "scale(" + d + "," + f + ")");
  }
  return function(l, c) {
    var d = [], f = [];
    return l = e(l), c = e(c), r(l.translateX, l.translateY, c.translateX, c.translateY, d, f), s(l.rotate, c.rotate, d, f), a(l.skewX, c.skewX, d, f), u(l.scaleX, l.scaleY, c.scaleX, c.scaleY, d, f), l = c = null, function(g) {
      for (var y = -1, w = f.length, x; ++y < w; )
        d[(x = f[y]).i] = x.x(g);
      return d.join("");
    };
  };
}
var Wd = Ma(Ud, "px, ", "px)", "deg)"), Kd = Ma(qd, ", ", ")", ")"), Zd = 1e-12;
function Lr(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function jd(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Qd(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const uo = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], g = c - a, y = d - u, w = g * g + y * y, x, b;
    if (w < Zd)
      b = Math.log(f / l) / t, x = function(L) {
        return [
          a + L * g,
          u + L * y,
          l * Math.exp(t * L * b)
        ];
      };
    else {
      var m = Math.sqrt(w), v = (f * f - l * l + o * w) / (2 * l * n * m), E = (f * f - l * l - o * w) / (2 * f * n * m), A = Math.log(Math.sqrt(v * v + 1) - v), B = Math.log(Math.sqrt(E * E + 1) - E);
      b = (B - A) / t, x = function(L) {
        var R = L * b, U = Lr(A), X = l / (n * m) * (U * Qd(t * R + A) - jd(A));
        return [
          a + X * g,
          u + X * y,
          l * U / Lr(t * R + A)
        ];
      };
    }
    return x.duration = b * 1e3 * t / Math.SQRT2, x;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, u = a * a;
    return e(s, a, u);
  }, i;
})(Math.SQRT2, 2, 4);
var en = 0, vn = 0, fn = 0, Ia = 1e3, xo, mn, $o = 0, Yt = 0, Ho = 0, Tn = typeof performance == "object" && performance.now ? performance : Date, Ta = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ir() {
  return Yt || (Ta(Jd), Yt = Tn.now() + Ho);
}
function Jd() {
  Yt = 0;
}
function No() {
  this._call = this._time = this._next = null;
}
No.prototype = Oa.prototype = {
  constructor: No,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? ir() : +n) + (t == null ? 0 : +t), !this._next && mn !== this && (mn ? mn._next = this : xo = this, mn = this), this._call = e, this._time = n, Oi();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Oi());
  }
};
function Oa(e, t, n) {
  var o = new No();
  return o.restart(e, t, n), o;
}
function ef() {
  ir(), ++en;
  for (var e = xo, t; e; )
    (t = Yt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --en;
}
function Hr() {
  Yt = ($o = Tn.now()) + Ho, en = vn = 0;
  try {
    ef();
  } finally {
    en = 0, nf(), Yt = 0;
  }
}
function tf() {
  var e = Tn.now(), t = e - $o;
  t > Ia && (Ho -= t, $o = e);
}
function nf() {
  for (var e, t = xo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : xo = n);
  mn = e, Oi(o);
}
function Oi(e) {
  if (!en) {
    vn && (vn = clearTimeout(vn));
    var t = e - Yt;
    t > 24 ? (e < 1 / 0 && (vn = setTimeout(Hr, e - Tn.now() - Ho)), fn && (fn = clearInterval(fn))) : (fn || ($o = Tn.now(), fn = setInterval(tf, Ia)), en = 1, Ta(Hr));
  }
}
function Fr(e, t, n) {
  var o = new No();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var of = Vo("start", "end", "cancel", "interrupt"), rf = [], Da = 0, Yr = 1, Di = 2, co = 3, Xr = 4, Pi = 5, fo = 6;
function Fo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  sf(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: of,
    tween: rf,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Da
  });
}
function rr(e, t) {
  var n = Qe(e, t);
  if (n.state > Da)
    throw new Error("too late; already scheduled");
  return n;
}
function ct(e, t) {
  var n = Qe(e, t);
  if (n.state > co)
    throw new Error("too late; already running");
  return n;
}
function Qe(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function sf(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Oa(r, 0, n.time);
  function r(l) {
    n.state = Yr, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, g;
    if (n.state !== Yr)
      return u();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === co)
          return Fr(s);
        g.state === Xr ? (g.state = fo, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = fo, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (Fr(function() {
      n.state === co && (n.state = Xr, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Di, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Di) {
      for (n.state = co, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = g);
      i.length = d + 1;
    }
  }
  function a(l) {
    for (var c = l < n.duration ? n.ease.call(null, l / n.duration) : (n.timer.restart(u), n.state = Pi, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Pi && (n.on.call("end", e, e.__data__, n.index, n.group), u());
  }
  function u() {
    n.state = fo, n.timer.stop(), delete o[t];
    for (var l in o)
      return;
    delete e.__transition;
  }
}
function ho(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Di && o.state < Pi, o.state = fo, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function af(e) {
  return this.each(function() {
    ho(this, e);
  });
}
function lf(e, t) {
  var n, o;
  return function() {
    var i = ct(this, e), r = i.tween;
    if (r !== n) {
      o = n = r;
      for (var s = 0, a = o.length; s < a; ++s)
        if (o[s].name === t) {
          o = o.slice(), o.splice(s, 1);
          break;
        }
    }
    i.tween = o;
  };
}
function uf(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = ct(this, e), s = r.tween;
    if (s !== o) {
      i = (o = s).slice();
      for (var a = { name: t, value: n }, u = 0, l = i.length; u < l; ++u)
        if (i[u].name === t) {
          i[u] = a;
          break;
        }
      u === l && i.push(a);
    }
    r.tween = i;
  };
}
function cf(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Qe(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? lf : uf)(n, e, t));
}
function sr(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ct(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Qe(i, o).value[t];
  };
}
function Pa(e, t) {
  var n;
  return (typeof t == "number" ? it : t instanceof Ft ? Eo : (n = Ft(t)) ? (t = n, Eo) : Sa)(e, t);
}
function df(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function ff(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function hf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function gf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function pf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function vf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function mf(e, t) {
  var n = Lo(e), o = n === "transform" ? Kd : Pa;
  return this.attrTween(e, typeof t == "function" ? (n.local ? vf : pf)(n, o, sr(this, "attr." + e, t)) : t == null ? (n.local ? ff : df)(n) : (n.local ? gf : hf)(n, o, t));
}
function yf(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function wf(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function _f(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && wf(e, r)), n;
  }
  return i._value = t, i;
}
function bf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && yf(e, r)), n;
  }
  return i._value = t, i;
}
function Ef(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = Lo(e);
  return this.tween(n, (o.local ? _f : bf)(o, t));
}
function xf(e, t) {
  return function() {
    rr(this, e).delay = +t.apply(this, arguments);
  };
}
function $f(e, t) {
  return t = +t, function() {
    rr(this, e).delay = t;
  };
}
function Nf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? xf : $f)(t, e)) : Qe(this.node(), t).delay;
}
function kf(e, t) {
  return function() {
    ct(this, e).duration = +t.apply(this, arguments);
  };
}
function Sf(e, t) {
  return t = +t, function() {
    ct(this, e).duration = t;
  };
}
function Cf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? kf : Sf)(t, e)) : Qe(this.node(), t).duration;
}
function Mf(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    ct(this, e).ease = t;
  };
}
function If(e) {
  var t = this._id;
  return arguments.length ? this.each(Mf(t, e)) : Qe(this.node(), t).ease;
}
function Tf(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    ct(this, e).ease = n;
  };
}
function Of(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Tf(this._id, e));
}
function Df(e) {
  typeof e != "function" && (e = fa(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new yt(o, this._parents, this._name, this._id);
}
function Pf(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = u[g] || l[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new yt(s, this._parents, this._name, this._id);
}
function Af(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function zf(e, t, n) {
  var o, i, r = Af(t) ? rr : ct;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Rf(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Qe(this.node(), n).on.on(e) : this.each(zf(n, e, t));
}
function Bf(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Vf() {
  return this.on("end.remove", Bf(this._id));
}
function Lf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = er(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Fo(l[f], t, n, f, l, Qe(c, n)));
  return new yt(r, this._parents, t, n);
}
function Hf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = da(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), g, y = Qe(c, n), w = 0, x = f.length; w < x; ++w)
          (g = f[w]) && Fo(g, t, n, w, f, y);
        r.push(f), s.push(c);
      }
  return new yt(r, s, t, n);
}
var Ff = Hn.prototype.constructor;
function Yf() {
  return new Ff(this._groups, this._parents);
}
function Xf(e, t) {
  var n, o, i;
  return function() {
    var r = Jt(this, e), s = (this.style.removeProperty(e), Jt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Aa(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Gf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Jt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Uf(e, t, n) {
  var o, i, r;
  return function() {
    var s = Jt(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), Jt(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function qf(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = ct(this, e), l = u.on, c = u.value[r] == null ? a || (a = Aa(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function Wf(e, t, n) {
  var o = (e += "") == "transform" ? Wd : Pa;
  return t == null ? this.styleTween(e, Xf(e, o)).on("end.style." + e, Aa(e)) : typeof t == "function" ? this.styleTween(e, Uf(e, o, sr(this, "style." + e, t))).each(qf(this._id, e)) : this.styleTween(e, Gf(e, o, t), n).on("end.style." + e, null);
}
function Kf(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Zf(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && Kf(e, s, n)), o;
  }
  return r._value = t, r;
}
function jf(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, Zf(e, t, n ?? ""));
}
function Qf(e) {
  return function() {
    this.textContent = e;
  };
}
function Jf(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function eh(e) {
  return this.tween("text", typeof e == "function" ? Jf(sr(this, "text", e)) : Qf(e == null ? "" : e + ""));
}
function th(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function nh(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && th(i)), t;
  }
  return o._value = e, o;
}
function oh(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, nh(e));
}
function ih() {
  for (var e = this._name, t = this._id, n = za(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = Qe(u, t);
        Fo(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new yt(o, this._parents, e, n);
}
function rh() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, u = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var l = ct(this, o), c = l.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(u)), l.on = t;
    }), i === 0 && r();
  });
}
var sh = 0;
function yt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function za() {
  return ++sh;
}
var ft = Hn.prototype;
yt.prototype = {
  constructor: yt,
  select: Lf,
  selectAll: Hf,
  selectChild: ft.selectChild,
  selectChildren: ft.selectChildren,
  filter: Df,
  merge: Pf,
  selection: Yf,
  transition: ih,
  call: ft.call,
  nodes: ft.nodes,
  node: ft.node,
  size: ft.size,
  empty: ft.empty,
  each: ft.each,
  on: Rf,
  attr: mf,
  attrTween: Ef,
  style: Wf,
  styleTween: jf,
  text: eh,
  textTween: oh,
  remove: Vf,
  tween: cf,
  delay: Nf,
  duration: Cf,
  ease: If,
  easeVarying: Of,
  end: rh,
  [Symbol.iterator]: ft[Symbol.iterator]
};
function ah(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var lh = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: ah
};
function uh(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function ch(e) {
  var t, n;
  e instanceof yt ? (t = e._id, e = e._name) : (t = za(), (n = lh).time = ir(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Fo(u, e, t, l, s, n || uh(u, t));
  return new yt(o, this._parents, e, t);
}
Hn.prototype.interrupt = af;
Hn.prototype.transition = ch;
const jn = (e) => () => e;
function dh(e, {
  sourceEvent: t,
  target: n,
  transform: o,
  dispatch: i
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    target: { value: n, enumerable: !0, configurable: !0 },
    transform: { value: o, enumerable: !0, configurable: !0 },
    _: { value: i }
  });
}
function pt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
pt.prototype = {
  constructor: pt,
  scale: function(e) {
    return e === 1 ? this : new pt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new pt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var tn = new pt(1, 0, 0);
pt.prototype;
function ai(e) {
  e.stopImmediatePropagation();
}
function hn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function fh(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function hh() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Gr() {
  return this.__zoom || tn;
}
function gh(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function ph() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function vh(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function mh() {
  var e = fh, t = hh, n = vh, o = gh, i = ph, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = uo, l = Vo("start", "zoom", "end"), c, d, f, g = 500, y = 150, w = 0, x = 10;
  function b(h) {
    h.property("__zoom", Gr).on("wheel.zoom", R, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", X).filter(i).on("touchstart.zoom", V).on("touchmove.zoom", k).on("touchend.zoom touchcancel.zoom", G).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  b.transform = function(h, $, p, S) {
    var M = h.selection ? h.selection() : h;
    M.property("__zoom", Gr), h !== M ? A(h, $, p, S) : M.interrupt().each(function() {
      B(this, arguments).event(S).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, b.scaleBy = function(h, $, p, S) {
    b.scaleTo(h, function() {
      var M = this.__zoom.k, P = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * P;
    }, p, S);
  }, b.scaleTo = function(h, $, p, S) {
    b.transform(h, function() {
      var M = t.apply(this, arguments), P = this.__zoom, O = p == null ? E(M) : typeof p == "function" ? p.apply(this, arguments) : p, Y = P.invert(O), K = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(m(P, K), O, Y), M, s);
    }, p, S);
  }, b.translateBy = function(h, $, p, S) {
    b.transform(h, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, S);
  }, b.translateTo = function(h, $, p, S, M) {
    b.transform(h, function() {
      var P = t.apply(this, arguments), O = this.__zoom, Y = S == null ? E(P) : typeof S == "function" ? S.apply(this, arguments) : S;
      return n(tn.translate(Y[0], Y[1]).scale(O.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), P, s);
    }, S, M);
  };
  function m(h, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === h.k ? h : new pt($, h.x, h.y);
  }
  function v(h, $, p) {
    var S = $[0] - p[0] * h.k, M = $[1] - p[1] * h.k;
    return S === h.x && M === h.y ? h : new pt(h.k, S, M);
  }
  function E(h) {
    return [(+h[0][0] + +h[1][0]) / 2, (+h[0][1] + +h[1][1]) / 2];
  }
  function A(h, $, p, S) {
    h.on("start.zoom", function() {
      B(this, arguments).event(S).start();
    }).on("interrupt.zoom end.zoom", function() {
      B(this, arguments).event(S).end();
    }).tween("zoom", function() {
      var M = this, P = arguments, O = B(M, P).event(S), Y = t.apply(M, P), K = p == null ? E(Y) : typeof p == "function" ? p.apply(M, P) : p, ne = Math.max(Y[1][0] - Y[0][0], Y[1][1] - Y[0][1]), ie = M.__zoom, q = typeof $ == "function" ? $.apply(M, P) : $, Z = u(ie.invert(K).concat(ne / ie.k), q.invert(K).concat(ne / q.k));
      return function(J) {
        if (J === 1)
          J = q;
        else {
          var he = Z(J), we = ne / he[2];
          J = new pt(we, K[0] - he[0] * we, K[1] - he[1] * we);
        }
        O.zoom(null, J);
      };
    });
  }
  function B(h, $, p) {
    return !p && h.__zooming || new L(h, $);
  }
  function L(h, $) {
    this.that = h, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(h, $), this.taps = 0;
  }
  L.prototype = {
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
      var $ = Ke(this.that).datum();
      l.call(
        h,
        this.that,
        new dh(h, {
          sourceEvent: this.sourceEvent,
          target: b,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function R(h, ...$) {
    if (!e.apply(this, arguments))
      return;
    var p = B(this, $).event(h), S = this.__zoom, M = Math.max(r[0], Math.min(r[1], S.k * Math.pow(2, o.apply(this, arguments)))), P = ot(h);
    if (p.wheel)
      (p.mouse[0][0] !== P[0] || p.mouse[0][1] !== P[1]) && (p.mouse[1] = S.invert(p.mouse[0] = P)), clearTimeout(p.wheel);
    else {
      if (S.k === M)
        return;
      p.mouse = [P, S.invert(P)], ho(this), p.start();
    }
    hn(h), p.wheel = setTimeout(O, y), p.zoom("mouse", n(v(m(S, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function O() {
      p.wheel = null, p.end();
    }
  }
  function U(h, ...$) {
    if (f || !e.apply(this, arguments))
      return;
    var p = h.currentTarget, S = B(this, $, !0).event(h), M = Ke(h.view).on("mousemove.zoom", K, !0).on("mouseup.zoom", ne, !0), P = ot(h, p), O = h.clientX, Y = h.clientY;
    Ea(h.view), ai(h), S.mouse = [P, this.__zoom.invert(P)], ho(this), S.start();
    function K(ie) {
      if (hn(ie), !S.moved) {
        var q = ie.clientX - O, Z = ie.clientY - Y;
        S.moved = q * q + Z * Z > w;
      }
      S.event(ie).zoom("mouse", n(v(S.that.__zoom, S.mouse[0] = ot(ie, p), S.mouse[1]), S.extent, s));
    }
    function ne(ie) {
      M.on("mousemove.zoom mouseup.zoom", null), xa(ie.view, S.moved), hn(ie), S.event(ie).end();
    }
  }
  function X(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, S = ot(h.changedTouches ? h.changedTouches[0] : h, this), M = p.invert(S), P = p.k * (h.shiftKey ? 0.5 : 2), O = n(v(m(p, P), S, M), t.apply(this, $), s);
      hn(h), a > 0 ? Ke(this).transition().duration(a).call(A, O, S, h) : Ke(this).call(b.transform, O, S, h);
    }
  }
  function V(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = h.touches, S = p.length, M = B(this, $, h.changedTouches.length === S).event(h), P, O, Y, K;
      for (ai(h), O = 0; O < S; ++O)
        Y = p[O], K = ot(Y, this), K = [K, this.__zoom.invert(K), Y.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== K[2] && (M.touch1 = K, M.taps = 0) : (M.touch0 = K, P = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), P && (M.taps < 2 && (d = K[0], c = setTimeout(function() {
        c = null;
      }, g)), ho(this), M.start());
    }
  }
  function k(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, O, Y, K;
      for (hn(h), P = 0; P < M; ++P)
        O = S[P], Y = ot(O, this), p.touch0 && p.touch0[2] === O.identifier ? p.touch0[0] = Y : p.touch1 && p.touch1[2] === O.identifier && (p.touch1[0] = Y);
      if (O = p.that.__zoom, p.touch1) {
        var ne = p.touch0[0], ie = p.touch0[1], q = p.touch1[0], Z = p.touch1[1], J = (J = q[0] - ne[0]) * J + (J = q[1] - ne[1]) * J, he = (he = Z[0] - ie[0]) * he + (he = Z[1] - ie[1]) * he;
        O = m(O, Math.sqrt(J / he)), Y = [(ne[0] + q[0]) / 2, (ne[1] + q[1]) / 2], K = [(ie[0] + Z[0]) / 2, (ie[1] + Z[1]) / 2];
      } else if (p.touch0)
        Y = p.touch0[0], K = p.touch0[1];
      else
        return;
      p.zoom("touch", n(v(O, Y, K), p.extent, s));
    }
  }
  function G(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, O;
      for (ai(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), P = 0; P < M; ++P)
        O = S[P], p.touch0 && p.touch0[2] === O.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === O.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0)
        p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (O = ot(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < x)) {
        var Y = Ke(this).on("dblclick.zoom");
        Y && Y.apply(this, arguments);
      }
    }
  }
  return b.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : jn(+h), b) : o;
  }, b.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : jn(!!h), b) : e;
  }, b.touchable = function(h) {
    return arguments.length ? (i = typeof h == "function" ? h : jn(!!h), b) : i;
  }, b.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : jn([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), b) : t;
  }, b.scaleExtent = function(h) {
    return arguments.length ? (r[0] = +h[0], r[1] = +h[1], b) : [r[0], r[1]];
  }, b.translateExtent = function(h) {
    return arguments.length ? (s[0][0] = +h[0][0], s[1][0] = +h[1][0], s[0][1] = +h[0][1], s[1][1] = +h[1][1], b) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, b.constrain = function(h) {
    return arguments.length ? (n = h, b) : n;
  }, b.duration = function(h) {
    return arguments.length ? (a = +h, b) : a;
  }, b.interpolate = function(h) {
    return arguments.length ? (u = h, b) : u;
  }, b.on = function() {
    var h = l.on.apply(l, arguments);
    return h === l ? b : h;
  }, b.clickDistance = function(h) {
    return arguments.length ? (w = (h = +h) * h, b) : Math.sqrt(w);
  }, b.tapDistance = function(h) {
    return arguments.length ? (x = +h, b) : x;
  }, b;
}
var ae = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(ae || {}), ar = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(ar || {}), Pt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Pt || {}), It = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(It || {}), ko = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(ko || {}), Nn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(Nn || {}), Ra = /* @__PURE__ */ ((e) => (e.TopLeft = "top-left", e.TopCenter = "top-center", e.TopRight = "top-right", e.BottomLeft = "bottom-left", e.BottomCenter = "bottom-center", e.BottomRight = "bottom-right", e))(Ra || {});
const yh = ["INPUT", "SELECT", "TEXTAREA"], wh = typeof document < "u" ? document : null;
function Ai(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return yh.includes(o?.nodeName) || i || !!r;
}
function _h(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Ur(e, t, n, o) {
  const i = t.replace("+", `
`).replace(`

`, `
+`).split(`
`).map((s) => s.trim().toLowerCase());
  if (i.length === 1)
    return e.toLowerCase() === t.toLowerCase();
  o || n.add(e.toLowerCase());
  const r = i.every(
    (s, a) => n.has(s) && Array.from(n.values())[a] === i[a]
  );
  return o && n.delete(e.toLowerCase()), r;
}
function bh(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Eh(n.code, e);
    return Array.isArray(e) ? e.some((i) => Ur(n[o], i, t, n.type === "keyup")) : Ur(n[o], e, t, n.type === "keyup");
  };
}
function Eh(e, t) {
  return t.includes(e) ? "code" : "key";
}
function kn(e, t) {
  const n = ue(() => ye(t?.target) ?? wh), o = Ct(ye(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = u(ye(e));
  $e(
    () => ye(e),
    (l, c) => {
      typeof c == "boolean" && typeof l != "boolean" && a(), s = u(l);
    },
    {
      immediate: !0
    }
  ), ua(["blur", "contextmenu"], a), Cr(
    (...l) => s(...l),
    (l) => {
      var c, d;
      const f = ye(t?.actInsideInputWithModifier) ?? !0, g = ye(t?.preventDefault) ?? !1;
      if (i = _h(l), (!i || i && !f) && Ai(l))
        return;
      const w = ((d = (c = l.composedPath) == null ? void 0 : c.call(l)) == null ? void 0 : d[0]) || l.target, x = w?.nodeName === "BUTTON" || w?.nodeName === "A";
      !g && (i || !x) && l.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), Cr(
    (...l) => s(...l),
    (l) => {
      const c = ye(t?.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Ai(l))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function a() {
    i = !1, r.clear(), o.value = ye(e) === !0;
  }
  function u(l) {
    return l === null ? (a(), () => !1) : typeof l == "boolean" ? (a(), o.value = l, () => !1) : Array.isArray(l) || typeof l == "string" ? bh(l, r) : l;
  }
  return o;
}
const Ba = "vue-flow__node-desc", Va = "vue-flow__edge-desc", xh = "vue-flow__aria-live", La = ["Enter", " ", "Escape"], jt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function So(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function Co(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function Yo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function Xt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Ha(e, t) {
  return {
    x: Xt(e.x, t[0][0], t[1][0]),
    y: Xt(e.y, t[0][1], t[1][1])
  };
}
function qr(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function Tt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Lt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !Tt(e);
}
function yn(e) {
  return Lt(e) && "computedPosition" in e;
}
function Qn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function $h(e) {
  return Qn(e.width) && Qn(e.height) && Qn(e.x) && Qn(e.y);
}
function Nh(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: xn({
      width: 0,
      height: 0
    }),
    computedPosition: xn({
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
    data: Oe(e.data) ? e.data : {},
    events: xn(Oe(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Fa(e, t, n) {
  var o, i;
  const r = {
    id: e.id.toString(),
    type: e.type ?? t?.type ?? "default",
    source: e.source.toString(),
    target: e.target.toString(),
    sourceHandle: (o = e.sourceHandle) == null ? void 0 : o.toString(),
    targetHandle: (i = e.targetHandle) == null ? void 0 : i.toString(),
    updatable: e.updatable ?? n?.updatable,
    selectable: e.selectable ?? n?.selectable,
    focusable: e.focusable ?? n?.focusable,
    data: Oe(e.data) ? e.data : {},
    events: xn(Oe(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? n?.interactionWidth,
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function Ya(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function kh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return Ya(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.source === o).map((r) => n.find((s) => Lt(s) && s.id === r.target));
}
function Sh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return Ya(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.target === o).map((r) => n.find((s) => Lt(s) && s.id === r.source));
}
function Xa({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Ch(e, t) {
  return t.some(
    (n) => Tt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function On({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function Dn({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const a = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? Xo(a, s) : a;
}
function Ga(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Mo({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Ua({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Mh(e, t) {
  return Ua(Ga(Mo(e), Mo(t)));
}
function lr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Ga(
      t,
      Mo({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Ua(t);
}
function qa(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...Dn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: u, selectable: l = !0, hidden: c = !1 } = a, d = u.width ?? a.width ?? null, f = u.height ?? a.height ?? null;
    if (i && !l || c)
      continue;
    const g = Co(r, So(a)), y = d === null || f === null, w = o && g > 0, x = (d ?? 0) * (f ?? 0);
    (y || w || g >= x || a.dragging) && s.push(a);
  }
  return s;
}
function At(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Wt(e, t) {
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
  return Yn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Ih(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Wt(e, n), i = Wt(e, t);
    return {
      top: o,
      right: i,
      bottom: o,
      left: i,
      x: i * 2,
      y: o * 2
    };
  }
  if (typeof e == "object") {
    const o = Wt(e.top ?? e.y ?? 0, n), i = Wt(e.bottom ?? e.y ?? 0, n), r = Wt(e.left ?? e.x ?? 0, t), s = Wt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Th(e, t, n, o, i, r) {
  const { x: s, y: a } = On(e, { x: t, y: n, zoom: o }), { x: u, y: l } = On(
    { x: e.x + e.width, y: e.y + e.height },
    {
      x: t,
      y: n,
      zoom: o
    }
  ), c = i - u, d = r - l;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(c),
    bottom: Math.floor(d)
  };
}
function Wr(e, t, n, o, i, r = 0.1) {
  const s = Ih(r, t, n), a = (t - s.x) / e.width, u = (n - s.y) / e.height, l = Math.min(a, u), c = Xt(l, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - d * c, y = n / 2 - f * c, w = Th(e, g, y, c, t, n), x = {
    left: Math.min(w.left - s.left, 0),
    top: Math.min(w.top - s.top, 0),
    right: Math.min(w.right - s.right, 0),
    bottom: Math.min(w.bottom - s.bottom, 0)
  };
  return {
    x: g - x.left + x.right,
    y: y - x.top + x.bottom,
    zoom: c
  };
}
function Oh(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function Wa(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : Wa(n, t) : !1;
}
function Pn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function zi(e) {
  const t = e.ctrlKey && An() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Kr(e, t, n) {
  return e < t ? Xt(Math.abs(e - t), 1, t) / t : e > n ? -Xt(Math.abs(e - n), 1, t) / t : 0;
}
function Ka(e, t, n = 15, o = 40) {
  const i = Kr(e.x, o, t.width - o) * n, r = Kr(e.y, o, t.height - o) * n;
  return [i, r];
}
function li(e, t) {
  if (t) {
    const n = e.position.x + e.dimensions.width - t.dimensions.width, o = e.position.y + e.dimensions.height - t.dimensions.height;
    if (n > 0 || o > 0 || e.position.x < 0 || e.position.y < 0) {
      let i = {};
      if (typeof t.style == "function" ? i = { ...t.style(t) } : t.style && (i = { ...t.style }), i.width = i.width ?? `${t.dimensions.width}px`, i.height = i.height ?? `${t.dimensions.height}px`, n > 0)
        if (typeof i.width == "string") {
          const r = Number(i.width.replace("px", ""));
          i.width = `${r + n}px`;
        } else
          i.width += n;
      if (o > 0)
        if (typeof i.height == "string") {
          const r = Number(i.height.replace("px", ""));
          i.height = `${r + o}px`;
        } else
          i.height += o;
      if (e.position.x < 0) {
        const r = Math.abs(e.position.x);
        if (t.position.x = t.position.x - r, typeof i.width == "string") {
          const s = Number(i.width.replace("px", ""));
          i.width = `${s + r}px`;
        } else
          i.width += r;
        e.position.x = 0;
      }
      if (e.position.y < 0) {
        const r = Math.abs(e.position.y);
        if (t.position.y = t.position.y - r, typeof i.height == "string") {
          const s = Number(i.height.replace("px", ""));
          i.height = `${s + r}px`;
        } else
          i.height += r;
        e.position.y = 0;
      }
      t.dimensions.width = Number(i.width.toString().replace("px", "")), t.dimensions.height = Number(i.height.toString().replace("px", "")), typeof t.style == "function" ? t.style = (r) => {
        const s = t.style;
        return {
          ...s(r),
          ...i
        };
      } : t.style = {
        ...t.style,
        ...i
      };
    }
  }
}
function Zr(e, t) {
  var n, o;
  const i = e.filter((s) => s.type === "add" || s.type === "remove");
  for (const s of i)
    if (s.type === "add")
      t.findIndex((u) => u.id === s.item.id) === -1 && t.push(s.item);
    else if (s.type === "remove") {
      const a = t.findIndex((u) => u.id === s.id);
      a !== -1 && t.splice(a, 1);
    }
  const r = t.map((s) => s.id);
  for (const s of t)
    for (const a of e)
      if (a.id === s.id)
        switch (a.type) {
          case "select":
            s.selected = a.selected;
            break;
          case "position":
            if (yn(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && yn(u) && li(s, u);
            }
            break;
          case "dimensions":
            if (yn(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && yn(u) && (!!u.dimensions.width && !!u.dimensions.height ? li(s, u) : qe(() => {
                li(s, u);
              }));
            }
            break;
        }
  return t;
}
function xt(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function jr(e) {
  return {
    item: e,
    type: "add"
  };
}
function Qr(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Jr(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function Nt(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(xt(r.id, s)));
  }
  return o;
}
const es = () => {
};
function te(e) {
  const t = /* @__PURE__ */ new Set();
  let n = es, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, s = () => {
    n = es;
  }, a = (f) => {
    o = f;
  }, u = () => {
    o = () => !1;
  }, l = (f) => {
    t.delete(f);
  };
  return {
    on: (f) => {
      t.add(f);
      const g = () => l(f);
      return Sn(g), { off: g };
    },
    off: l,
    trigger: (f) => {
      const g = [n];
      return i() ? g.push(...t) : e && g.push(e), Promise.allSettled(g.map((y) => y(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: s,
    setHasEmitListeners: a,
    removeHasEmitListeners: u
  };
}
function ts(e, t, n) {
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
function Dh(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [a, u] of e)
    (u.selected || u.id === o) && (!u.parentNode || !Wa(u, e)) && (u.draggable || t && typeof u.draggable > "u") && e.get(a) && s.set(a, {
      id: u.id,
      position: u.position || { x: 0, y: 0 },
      distance: {
        x: n.x - ((i = u.computedPosition) == null ? void 0 : i.x) || 0,
        y: n.y - ((r = u.computedPosition) == null ? void 0 : r.y) || 0
      },
      from: { x: u.computedPosition.x, y: u.computedPosition.y },
      extent: u.extent,
      parentNode: u.parentNode,
      dimensions: { ...u.dimensions },
      expandParent: u.expandParent
    });
  return Array.from(s.values());
}
function ui({
  id: e,
  dragItems: t,
  findNode: n
}) {
  const o = [];
  for (const i of t) {
    const r = n(i.id);
    r && o.push(r);
  }
  return [e ? o.find((i) => i.id === e) : o[0], o];
}
function Za(e) {
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
function Ph(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? Za(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Ah(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && i?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Ph(i, e, o);
      r && (i = r);
    } else
      t(new ze(De.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = o?.computedPosition.x || 0, s = o?.computedPosition.y || 0;
    i = [
      [i[0][0] + r, i[0][1] + s],
      [i[1][0] + r, i[1][1] + s]
    ];
  } else if (i !== "parent" && i?.range && Array.isArray(i.range)) {
    const [r, s, a, u] = Za(i.padding), l = o?.computedPosition.x || 0, c = o?.computedPosition.y || 0;
    i = [
      [i.range[0][0] + l + u, i.range[0][1] + c + r],
      [i.range[1][0] + l - s, i.range[1][1] + c - a]
    ];
  }
  return i === "parent" ? [
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  ] : i;
}
function zh({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function ur(e, t, n, o, i) {
  const r = zh(e.dimensions, Ah(e, n, o, i)), s = Ha(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function nn(e, t, n = ae.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Lh(e);
  if (o)
    return { x: i + s / 2, y: r + a / 2 };
  switch (t?.position ?? n) {
    case ae.Top:
      return { x: i + s / 2, y: r };
    case ae.Right:
      return { x: i + s, y: r + a / 2 };
    case ae.Bottom:
      return { x: i + s / 2, y: r + a };
    case ae.Left:
      return { x: i, y: r + a / 2 };
  }
}
function ns(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Rh({
  sourcePos: e,
  targetPos: t,
  sourceWidth: n,
  sourceHeight: o,
  targetWidth: i,
  targetHeight: r,
  width: s,
  height: a,
  viewport: u
}) {
  const l = {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x + n, t.x + i),
    y2: Math.max(e.y + o, t.y + r)
  };
  l.x === l.x2 && (l.x2 += 1), l.y === l.y2 && (l.y2 += 1);
  const c = Mo({
    x: (0 - u.x) / u.zoom,
    y: (0 - u.y) / u.zoom,
    width: s / u.zoom,
    height: a / u.zoom
  }), d = Math.max(0, Math.min(c.x2, l.x2) - Math.max(c.x, l.x)), f = Math.max(0, Math.min(c.y2, l.y2) - Math.max(c.y, l.y));
  return Math.ceil(d * f) > 0;
}
function Bh(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var De = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(De || {});
const os = {
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
class ze extends Error {
  constructor(t, ...n) {
    var o;
    super((o = os[t]) == null ? void 0 : o.call(os, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function cr(e) {
  return "clientX" in e;
}
function Vh(e) {
  return "sourceEvent" in e;
}
function st(e, t) {
  const n = cr(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - (t?.left ?? 0),
    y: i - (t?.top ?? 0)
  };
}
const An = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator?.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function Lh(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function Xo(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Hh = () => !0;
function ci(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Fh(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    Co(i, So(r)) > 0 && o.push(r);
  return o;
}
const Yh = 250;
function Xh(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const u = Fh(e, n, t + Yh);
  for (const l of u) {
    const c = [...((i = l.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = l.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: g } = nn(l, d, d.position, !0), y = Math.sqrt((f - e.x) ** 2 + (g - e.y) ** 2);
      y > t || (y < a ? (s = [{ ...d, x: f, y: g }], a = y) : y === a && s.push({ ...d, x: f, y: g }));
    }
  }
  if (!s.length)
    return null;
  if (s.length > 1) {
    const l = o.type === "source" ? "target" : "source";
    return s.find((c) => c.type === l) ?? s[0];
  }
  return s[0];
}
function is(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: a,
  flowId: u,
  isValidConnection: l = Hh
}, c, d, f, g) {
  const y = r === "target", w = t ? s.querySelector(`.${a}-flow__handle[data-id="${u}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x, y: b } = st(e), m = s.elementFromPoint(x, b), v = m?.classList.contains(`${a}-flow__handle`) ? m : w, E = {
    handleDomNode: v,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (v) {
    const A = ja(void 0, v), B = v.getAttribute("data-nodeid"), L = v.getAttribute("data-handleid"), R = v.classList.contains("connectable"), U = v.classList.contains("connectableend");
    if (!B || !A)
      return E;
    const X = {
      source: y ? B : o,
      sourceHandle: y ? L : i,
      target: y ? o : B,
      targetHandle: y ? i : L
    };
    E.connection = X;
    const k = R && U && (n === It.Strict ? y && A === "source" || !y && A === "target" : B !== o || L !== i);
    E.isValid = k && l(X, {
      nodes: d,
      edges: c,
      sourceNode: f(X.source),
      targetNode: f(X.target)
    }), E.toHandle = Qa(B, A, L, g, n, !0);
  }
  return E;
}
function ja(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function Gh(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function Uh(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function Qa(e, t, n, o, i, r = !1) {
  var s, a, u;
  const l = o.get(e);
  if (!l)
    return null;
  const c = i === It.Strict ? (s = l.handleBounds) == null ? void 0 : s[t] : [...((a = l.handleBounds) == null ? void 0 : a.source) ?? [], ...((u = l.handleBounds) == null ? void 0 : u.target) ?? []], d = (n ? c?.find((f) => f.id === n) : c?.[0]) ?? null;
  return d && r ? { ...d, ...nn(l, d, d.position, !0) } : d;
}
const Ri = {
  [ae.Left]: ae.Right,
  [ae.Right]: ae.Left,
  [ae.Top]: ae.Bottom,
  [ae.Bottom]: ae.Top
}, qh = ["production", "prod"];
function Yn(e, ...t) {
  Ja() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function Ja() {
  return !qh.includes("production");
}
function rs(e, t, n, o, i) {
  const r = t.querySelectorAll(`.vue-flow__handle.${e}`);
  return r?.length ? Array.from(r).map((s) => {
    const a = s.getBoundingClientRect();
    return {
      id: s.getAttribute("data-handleid"),
      type: e,
      nodeId: i,
      position: s.getAttribute("data-handlepos"),
      x: (a.left - n.left) / o,
      y: (a.top - n.top) / o,
      ...Yo(s)
    };
  }) : null;
}
function Bi(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), qe(() => {
    s.blur();
  })) : n([e]);
}
function Oe(e) {
  return typeof W(e) < "u";
}
function Wh(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new ze(De.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let i;
  return Tt(e) ? i = e : i = {
    ...e,
    id: Xa(e)
  }, i = Fa(i, void 0, o), Ch(i, t) ? !1 : i;
}
function Kh(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new ze(De.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new ze(De.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? Xa(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function ss(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!Lt(s)) {
      n(
        new ze(De.NODE_INVALID, s?.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = Nh(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = a;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((a) => a.id === r.parentNode);
    r.parentNode && !s && n(new ze(De.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function as(e, t, n, o, i, r) {
  let s = i;
  const a = o.get(s) || /* @__PURE__ */ new Map();
  o.set(s, a.set(n, t)), s = `${i}-${e}`;
  const u = o.get(s) || /* @__PURE__ */ new Map();
  if (o.set(s, u.set(n, t)), r) {
    s = `${i}-${e}-${r}`;
    const l = o.get(s) || /* @__PURE__ */ new Map();
    o.set(s, l.set(n, t));
  }
}
function di(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: a = null } = o, u = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: a }, l = `${i}-${s}--${r}-${a}`, c = `${r}-${a}--${i}-${s}`;
    as("source", u, c, e, i, s), as("target", u, l, e, r, a);
  }
}
function ls(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function fi(e, t, n, o, i, r, s, a) {
  const u = [];
  for (const l of e) {
    const c = Tt(l) ? l : Wh(l, a, i, r);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new ze(De.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new ze(De.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new ze(De.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: a,
      nodes: s,
      sourceNode: d,
      targetNode: f
    })) {
      i(new ze(De.EDGE_INVALID, c.id));
      continue;
    }
    const g = o(c.id);
    u.push({
      ...Fa(c, g, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return u;
}
const us = /* @__PURE__ */ Symbol("vueFlow"), el = /* @__PURE__ */ Symbol("nodeId"), tl = /* @__PURE__ */ Symbol("nodeRef"), Zh = /* @__PURE__ */ Symbol("edgeId"), jh = /* @__PURE__ */ Symbol("edgeRef"), Go = /* @__PURE__ */ Symbol("slots");
function nl(e) {
  const {
    vueFlowRef: t,
    snapToGrid: n,
    snapGrid: o,
    noDragClassName: i,
    nodeLookup: r,
    nodeExtent: s,
    nodeDragThreshold: a,
    viewport: u,
    autoPanOnNodeDrag: l,
    autoPanSpeed: c,
    nodesDraggable: d,
    panBy: f,
    findNode: g,
    multiSelectionActive: y,
    nodesSelectionActive: w,
    selectNodesOnDrag: x,
    removeSelectedElements: b,
    addSelectedNodes: m,
    updateNodePositions: v,
    emits: E
  } = Me(), { onStart: A, onDrag: B, onStop: L, onClick: R, el: U, disabled: X, id: V, selectable: k, dragHandle: G } = e, h = Ct(!1);
  let $ = [], p, S = null, M = { x: void 0, y: void 0 }, P = { x: 0, y: 0 }, O = null, Y = !1, K = !1, ne = 0, ie = !1;
  const q = eg(), Z = ({ x: ce, y: ge }) => {
    M = { x: ce, y: ge };
    let N = !1;
    if ($ = $.map((_) => {
      const C = { x: ce - _.distance.x, y: ge - _.distance.y }, { computedPosition: D } = ur(
        _,
        n.value ? Xo(C, o.value) : C,
        E.error,
        s.value,
        _.parentNode ? g(_.parentNode) : void 0
      );
      return N = N || _.position.x !== D.x || _.position.y !== D.y, _.position = D, _;
    }), K = K || N, !!N && (v($, !0, !0), h.value = !0, O)) {
      const [_, C] = ui({
        id: V,
        dragItems: $,
        findNode: g
      });
      B({ event: O, node: _, nodes: C });
    }
  }, J = () => {
    if (!S)
      return;
    const [ce, ge] = Ka(P, S, c.value);
    if (ce !== 0 || ge !== 0) {
      const N = {
        x: (M.x ?? 0) - ce / u.value.zoom,
        y: (M.y ?? 0) - ge / u.value.zoom
      };
      f({ x: ce, y: ge }) && Z(N);
    }
    ne = requestAnimationFrame(J);
  }, he = (ce, ge) => {
    Y = !0;
    const N = g(V);
    !x.value && !y.value && N && (N.selected || b()), N && ye(k) && x.value && Bi(
      N,
      y.value,
      m,
      b,
      w,
      !1,
      ge
    );
    const _ = q(ce.sourceEvent);
    if (M = _, $ = Dh(r.value, d.value, _, V), $.length) {
      const [C, D] = ui({
        id: V,
        dragItems: $,
        findNode: g
      });
      A({ event: ce.sourceEvent, node: C, nodes: D });
    }
  }, we = (ce, ge) => {
    var N;
    ce.sourceEvent.type === "touchmove" && ce.sourceEvent.touches.length > 1 || (K = !1, a.value === 0 && he(ce, ge), M = q(ce.sourceEvent), S = ((N = t.value) == null ? void 0 : N.getBoundingClientRect()) || null, P = st(ce.sourceEvent, S));
  }, pe = (ce, ge) => {
    const N = q(ce.sourceEvent);
    if (!ie && Y && l.value && (ie = !0, J()), !Y) {
      const _ = N.xSnapped - (M.x ?? 0), C = N.ySnapped - (M.y ?? 0);
      Math.sqrt(_ * _ + C * C) > a.value && he(ce, ge);
    }
    (M.x !== N.xSnapped || M.y !== N.ySnapped) && $.length && Y && (O = ce.sourceEvent, P = st(ce.sourceEvent, S), Z(N));
  }, _e = (ce) => {
    let ge = !1;
    if (!Y && !h.value && !y.value) {
      const N = ce.sourceEvent, _ = q(N), C = _.xSnapped - (M.x ?? 0), D = _.ySnapped - (M.y ?? 0), I = Math.sqrt(C * C + D * D);
      I !== 0 && I <= a.value && (R?.(N), ge = !0);
    }
    if ($.length && !ge) {
      K && (v($, !1, !1), K = !1);
      const [N, _] = ui({
        id: V,
        dragItems: $,
        findNode: g
      });
      L({ event: ce.sourceEvent, node: N, nodes: _ });
    }
    $ = [], h.value = !1, ie = !1, Y = !1, M = { x: void 0, y: void 0 }, cancelAnimationFrame(ne);
  };
  return $e([() => ye(X), U], ([ce, ge], N, _) => {
    if (ge) {
      const C = Ke(ge);
      ce || (p = xd().on("start", (D) => we(D, ge)).on("drag", (D) => pe(D, ge)).on("end", (D) => _e(D)).filter((D) => {
        const I = D.target, ee = ye(G);
        return !D.button && (!i.value || !ts(I, `.${i.value}`, ge) && (!ee || ts(I, ee, ge)));
      }), C.call(p)), _(() => {
        C.on(".drag", null), p && (p.on("start", null), p.on("drag", null), p.on("end", null));
      });
    }
  }), h;
}
function Qh() {
  return {
    doubleClick: te(),
    click: te(),
    mouseEnter: te(),
    mouseMove: te(),
    mouseLeave: te(),
    contextMenu: te(),
    updateStart: te(),
    update: te(),
    updateEnd: te()
  };
}
function Jh(e, t) {
  const n = Qh();
  return n.doubleClick.on((o) => {
    var i, r;
    t.edgeDoubleClick(o), (r = (i = e.events) == null ? void 0 : i.doubleClick) == null || r.call(i, o);
  }), n.click.on((o) => {
    var i, r;
    t.edgeClick(o), (r = (i = e.events) == null ? void 0 : i.click) == null || r.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, r;
    t.edgeMouseEnter(o), (r = (i = e.events) == null ? void 0 : i.mouseEnter) == null || r.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, r;
    t.edgeMouseMove(o), (r = (i = e.events) == null ? void 0 : i.mouseMove) == null || r.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, r;
    t.edgeMouseLeave(o), (r = (i = e.events) == null ? void 0 : i.mouseLeave) == null || r.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, r;
    t.edgeContextMenu(o), (r = (i = e.events) == null ? void 0 : i.contextMenu) == null || r.call(i, o);
  }), n.updateStart.on((o) => {
    var i, r;
    t.edgeUpdateStart(o), (r = (i = e.events) == null ? void 0 : i.updateStart) == null || r.call(i, o);
  }), n.update.on((o) => {
    var i, r;
    t.edgeUpdate(o), (r = (i = e.events) == null ? void 0 : i.update) == null || r.call(i, o);
  }), n.updateEnd.on((o) => {
    var i, r;
    t.edgeUpdateEnd(o), (r = (i = e.events) == null ? void 0 : i.updateEnd) == null || r.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, r]) => (o.emit[i] = r.trigger, o.on[i] = r.on, o),
    { emit: {}, on: {} }
  );
}
function eg() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Me();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Vh(i) ? i.sourceEvent : i, { x: u, y: l } = st(a, s), c = Dn({ x: u, y: l }, e.value), { x: d, y: f } = n.value ? Xo(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function Jn() {
  return !0;
}
function ol({
  handleId: e,
  nodeId: t,
  type: n,
  isValidConnection: o,
  edgeUpdaterType: i,
  onEdgeUpdate: r,
  onEdgeUpdateEnd: s
}) {
  const {
    id: a,
    vueFlowRef: u,
    connectionMode: l,
    connectionRadius: c,
    connectOnClick: d,
    connectionClickStartHandle: f,
    nodesConnectable: g,
    autoPanOnConnect: y,
    autoPanSpeed: w,
    findNode: x,
    panBy: b,
    startConnection: m,
    updateConnection: v,
    endConnection: E,
    emits: A,
    viewport: B,
    edges: L,
    nodes: R,
    isValidConnection: U,
    nodeLookup: X
  } = Me();
  let V = null, k = !1, G = null;
  function h(p) {
    var S;
    const M = ye(n) === "target", P = cr(p), O = qr(p.target), Y = p.currentTarget;
    if (Y && (P && p.button === 0 || !P)) {
      let K = function(se) {
        N = st(se, _e), Z = Xh(
          Dn(N, B.value, !1, [1, 1]),
          c.value,
          X.value,
          D
        ), _ || (C(), _ = !0);
        const de = is(
          se,
          {
            handle: Z,
            connectionMode: l.value,
            fromNodeId: ye(t),
            fromHandleId: ye(e),
            fromType: M ? "target" : "source",
            isValidConnection: q,
            doc: O,
            lib: "vue",
            flowId: a,
            nodeLookup: X.value
          },
          L.value,
          R.value,
          x,
          X.value
        );
        G = de.handleDomNode, V = de.connection, k = Uh(!!Z, de.isValid);
        const ve = {
          // from stays the same
          ...re,
          isValid: k,
          to: de.toHandle && k ? On({ x: de.toHandle.x, y: de.toHandle.y }, B.value) : N,
          toHandle: de.toHandle,
          toPosition: k && de.toHandle ? de.toHandle.position : Ri[D.position],
          toNode: de.toHandle ? X.value.get(de.toHandle.nodeId) : null
        };
        if (k && Z && re?.toHandle && ve.toHandle && re.toHandle.type === ve.toHandle.type && re.toHandle.nodeId === ve.toHandle.nodeId && re.toHandle.id === ve.toHandle.id && re.to.x === ve.to.x && re.to.y === ve.to.y)
          return;
        const be = Z ?? de.toHandle;
        if (v(
          be && k ? On(
            {
              x: be.x,
              y: be.y
            },
            B.value
          ) : N,
          be,
          Gh(!!be, k)
        ), re = ve, !Z && !k && !G)
          return ci(ge);
        V && V.source !== V.target && G && (ci(ge), ge = G, G.classList.add("connecting", "vue-flow__handle-connecting"), G.classList.toggle("valid", !!k), G.classList.toggle("vue-flow__handle-valid", !!k));
      }, ne = function(se) {
        "touches" in se && se.touches.length > 0 || ((Z || G) && V && k && (r ? r(se, V) : A.connect(V)), A.connectEnd(se), i && s?.(se), ci(ge), cancelAnimationFrame(J), E(se), _ = !1, k = !1, V = null, G = null, O.removeEventListener("mousemove", K), O.removeEventListener("mouseup", ne), O.removeEventListener("touchmove", K), O.removeEventListener("touchend", ne));
      };
      const ie = x(ye(t));
      let q = ye(o) || U.value || Jn;
      !q && ie && (q = (M ? ie.isValidSourcePos : ie.isValidTargetPos) || Jn);
      let Z, J = 0;
      const { x: he, y: we } = st(p), pe = ja(ye(i), Y), _e = (S = u.value) == null ? void 0 : S.getBoundingClientRect();
      if (!_e || !pe)
        return;
      const ce = Qa(ye(t), pe, ye(e), X.value, l.value);
      if (!ce)
        return;
      let ge, N = st(p, _e), _ = !1;
      const C = () => {
        if (!y.value)
          return;
        const [se, de] = Ka(N, _e, w.value);
        b({ x: se, y: de }), J = requestAnimationFrame(C);
      }, D = {
        ...ce,
        nodeId: ye(t),
        type: pe,
        position: ce.position
      }, I = X.value.get(ye(t)), oe = {
        inProgress: !0,
        isValid: null,
        from: nn(I, D, ae.Left, !0),
        fromHandle: D,
        fromPosition: D.position,
        fromNode: I,
        to: N,
        toHandle: null,
        toPosition: Ri[D.position],
        toNode: null
      };
      m(
        {
          nodeId: ye(t),
          id: ye(e),
          type: pe,
          position: Y?.getAttribute("data-handlepos") || ae.Top,
          ...N
        },
        {
          x: he - _e.left,
          y: we - _e.top
        }
      ), A.connectStart({ event: p, nodeId: ye(t), handleId: ye(e), handleType: pe });
      let re = oe;
      O.addEventListener("mousemove", K), O.addEventListener("mouseup", ne), O.addEventListener("touchmove", K), O.addEventListener("touchend", ne);
    }
  }
  function $(p) {
    var S, M;
    if (!d.value)
      return;
    const P = ye(n) === "target";
    if (!f.value) {
      A.clickConnectStart({ event: p, nodeId: ye(t), handleId: ye(e) }), m(
        {
          nodeId: ye(t),
          type: ye(n),
          id: ye(e),
          position: ae.Top,
          ...st(p)
        },
        void 0,
        !0
      );
      return;
    }
    let O = ye(o) || U.value || Jn;
    const Y = x(ye(t));
    if (!O && Y && (O = (P ? Y.isValidSourcePos : Y.isValidTargetPos) || Jn), Y && (typeof Y.connectable > "u" ? g.value : Y.connectable) === !1)
      return;
    const K = qr(p.target), ne = is(
      p,
      {
        handle: {
          nodeId: ye(t),
          id: ye(e),
          type: ye(n),
          position: ae.Top,
          ...st(p)
        },
        connectionMode: l.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: O,
        doc: K,
        lib: "vue",
        flowId: a,
        nodeLookup: X.value
      },
      L.value,
      R.value,
      x,
      X.value
    ), ie = ((S = ne.connection) == null ? void 0 : S.source) === ((M = ne.connection) == null ? void 0 : M.target);
    ne.isValid && ne.connection && !ie && A.connect(ne.connection), A.clickConnectEnd(p), E(p, !0);
  }
  return {
    handlePointerDown: h,
    handleClick: $
  };
}
function tg() {
  return Ot(el, "");
}
function il(e) {
  const t = e ?? tg() ?? "", n = Ot(tl, Ie(null)), { findNode: o, edges: i, emits: r } = Me(), s = o(t);
  return s || r.error(new ze(De.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: ue(() => o(s.parentNode)),
    connectedEdges: ue(() => At([s], i.value))
  };
}
function ng() {
  return {
    doubleClick: te(),
    click: te(),
    mouseEnter: te(),
    mouseMove: te(),
    mouseLeave: te(),
    contextMenu: te(),
    dragStart: te(),
    drag: te(),
    dragStop: te()
  };
}
function og(e, t) {
  const n = ng();
  return n.doubleClick.on((o) => {
    var i, r;
    t.nodeDoubleClick(o), (r = (i = e.events) == null ? void 0 : i.doubleClick) == null || r.call(i, o);
  }), n.click.on((o) => {
    var i, r;
    t.nodeClick(o), (r = (i = e.events) == null ? void 0 : i.click) == null || r.call(i, o);
  }), n.mouseEnter.on((o) => {
    var i, r;
    t.nodeMouseEnter(o), (r = (i = e.events) == null ? void 0 : i.mouseEnter) == null || r.call(i, o);
  }), n.mouseMove.on((o) => {
    var i, r;
    t.nodeMouseMove(o), (r = (i = e.events) == null ? void 0 : i.mouseMove) == null || r.call(i, o);
  }), n.mouseLeave.on((o) => {
    var i, r;
    t.nodeMouseLeave(o), (r = (i = e.events) == null ? void 0 : i.mouseLeave) == null || r.call(i, o);
  }), n.contextMenu.on((o) => {
    var i, r;
    t.nodeContextMenu(o), (r = (i = e.events) == null ? void 0 : i.contextMenu) == null || r.call(i, o);
  }), n.dragStart.on((o) => {
    var i, r;
    t.nodeDragStart(o), (r = (i = e.events) == null ? void 0 : i.dragStart) == null || r.call(i, o);
  }), n.drag.on((o) => {
    var i, r;
    t.nodeDrag(o), (r = (i = e.events) == null ? void 0 : i.drag) == null || r.call(i, o);
  }), n.dragStop.on((o) => {
    var i, r;
    t.nodeDragStop(o), (r = (i = e.events) == null ? void 0 : i.dragStop) == null || r.call(i, o);
  }), Object.entries(n).reduce(
    (o, [i, r]) => (o.emit[i] = r.trigger, o.on[i] = r.on, o),
    { emit: {}, on: {} }
  );
}
function rl() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = Me();
  return (u, l = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = l ? 4 : 1, g = u.x * c * f, y = u.y * d * f, w = [];
    for (const x of e.value)
      if (x.draggable || s && typeof x.draggable > "u") {
        const b = { x: x.computedPosition.x + g, y: x.computedPosition.y + y }, { position: m } = ur(
          x,
          b,
          a.error,
          t.value,
          x.parentNode ? o(x.parentNode) : void 0
        );
        w.push({
          id: x.id,
          position: m,
          from: x.position,
          distance: { x: u.x, y: u.y },
          dimensions: x.dimensions
        });
      }
    n(w, !0, !1);
  };
}
const eo = 0.1, ig = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function Et() {
  return Yn("Viewport not initialized yet."), Promise.resolve(!1);
}
const rg = {
  zoomIn: Et,
  zoomOut: Et,
  zoomTo: Et,
  fitView: Et,
  setCenter: Et,
  fitBounds: Et,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: Et,
  setTransform: Et,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function sg(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? $n : uo).scaleBy(
        hi(e.d3Selection, i?.duration, i?.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((a) => {
      var u;
      const { x: l, y: c } = Ha({ x: -o, y: -i }, e.translateExtent), d = tn.translate(-l, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (u = e.d3Zoom) == null || u.interpolate(s?.interpolate === "linear" ? $n : uo).transform(
        hi(e.d3Selection, s?.duration, s?.ease, () => {
          a(!0);
        }),
        d
      ) : a(!1);
    });
  }
  return ue(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? $n : uo).scaleTo(
        hi(e.d3Selection, r?.duration, r?.ease, () => {
          s(!0);
        }),
        i
      ) : s(!1);
    }),
    setViewport: (i, r) => n(i.x, i.y, i.zoom, r),
    setTransform: (i, r) => n(i.x, i.y, i.zoom, r),
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
    fitView: (i = {
      padding: eo,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const a = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && (i?.includeHiddenNodes || !f.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(f.id)) && a.push(f);
      if (!a.length)
        return Promise.resolve(!1);
      const u = lr(a), { x: l, y: c, zoom: d } = Wr(
        u,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? eo
      );
      return n(l, c, d, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof s?.zoom < "u" ? s.zoom : e.maxZoom, u = e.dimensions.width / 2 - i * a, l = e.dimensions.height / 2 - r * a;
      return n(u, l, a, s);
    },
    fitBounds: (i, r = { padding: eo }) => {
      const { x: s, y: a, zoom: u } = Wr(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? eo
      );
      return n(s, a, u, r);
    },
    project: (i) => Dn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - r,
          y: i.y - s
        };
        return Dn(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x + r,
          y: i.y + s
        };
        return On(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : rg);
}
function hi(e, t = 0, n = ig, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function ag(e, t, n) {
  const o = ia(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let w, x, b = !!(n.nodes.value.length || n.edges.value.length);
        w = qt([e.modelValue, () => {
          var m, v;
          return (v = (m = e.modelValue) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setElements(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = qt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([m, v]) => {
            var E;
            (E = e.modelValue) != null && E.value && Array.isArray(e.modelValue.value) && (w?.pause(), e.modelValue.value = [...m, ...v], qe(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), ao(() => {
          w?.stop(), x?.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let w, x, b = !!n.nodes.value.length;
        w = qt([e.nodes, () => {
          var m, v;
          return (v = (m = e.nodes) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setNodes(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = qt(
          [n.nodes, () => n.nodes.value.length],
          ([m]) => {
            var v;
            (v = e.nodes) != null && v.value && Array.isArray(e.nodes.value) && (w?.pause(), e.nodes.value = [...m], qe(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), ao(() => {
          w?.stop(), x?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let w, x, b = !!n.edges.value.length;
        w = qt([e.edges, () => {
          var m, v;
          return (v = (m = e.edges) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setEdges(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = qt(
          [n.edges, () => n.edges.value.length],
          ([m]) => {
            var v;
            (v = e.edges) != null && v.value && Array.isArray(e.edges.value) && (w?.pause(), e.edges.value = [...m], qe(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), ao(() => {
          w?.stop(), x?.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        $e(
          () => t.maxZoom,
          () => {
            t.maxZoom && Oe(t.maxZoom) && n.setMaxZoom(t.maxZoom);
          },
          {
            immediate: !0
          }
        );
      });
    }, u = () => {
      o.run(() => {
        $e(
          () => t.minZoom,
          () => {
            t.minZoom && Oe(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, l = () => {
      o.run(() => {
        $e(
          () => t.translateExtent,
          () => {
            t.translateExtent && Oe(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, c = () => {
      o.run(() => {
        $e(
          () => t.nodeExtent,
          () => {
            t.nodeExtent && Oe(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
          },
          {
            immediate: !0
          }
        );
      });
    }, d = () => {
      o.run(() => {
        $e(
          () => t.applyDefault,
          () => {
            Oe(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const w = async (x) => {
          let b = x;
          typeof t.autoConnect == "function" && (b = await t.autoConnect(x)), b !== !1 && n.addEdges([b]);
        };
        $e(
          () => t.autoConnect,
          () => {
            Oe(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), $e(
          n.autoConnect,
          (x, b, m) => {
            x ? n.onConnect(w) : n.hooks.value.connect.off(w), m(() => {
              n.hooks.value.connect.off(w);
            });
          },
          { immediate: !0 }
        );
      });
    }, g = () => {
      const w = [
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
        const b = x;
        if (!w.includes(b)) {
          const m = xe(() => t[b]), v = n[b];
          Qi(v) && o.run(() => {
            $e(
              m,
              (E) => {
                Oe(E) && (v.value = E);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    i(), r(), s(), u(), a(), l(), c(), d(), f(), g();
  }), () => o.stop();
}
function lg() {
  return {
    edgesChange: te(),
    nodesChange: te(),
    nodeDoubleClick: te(),
    nodeClick: te(),
    nodeMouseEnter: te(),
    nodeMouseMove: te(),
    nodeMouseLeave: te(),
    nodeContextMenu: te(),
    nodeDragStart: te(),
    nodeDrag: te(),
    nodeDragStop: te(),
    nodesInitialized: te(),
    miniMapNodeClick: te(),
    miniMapNodeDoubleClick: te(),
    miniMapNodeMouseEnter: te(),
    miniMapNodeMouseMove: te(),
    miniMapNodeMouseLeave: te(),
    connect: te(),
    connectStart: te(),
    connectEnd: te(),
    clickConnectStart: te(),
    clickConnectEnd: te(),
    paneReady: te(),
    init: te(),
    move: te(),
    moveStart: te(),
    moveEnd: te(),
    selectionDragStart: te(),
    selectionDrag: te(),
    selectionDragStop: te(),
    selectionContextMenu: te(),
    selectionStart: te(),
    selectionEnd: te(),
    viewportChangeStart: te(),
    viewportChange: te(),
    viewportChangeEnd: te(),
    paneScroll: te(),
    paneClick: te(),
    paneContextMenu: te(),
    paneMouseEnter: te(),
    paneMouseMove: te(),
    paneMouseLeave: te(),
    edgeContextMenu: te(),
    edgeMouseEnter: te(),
    edgeMouseMove: te(),
    edgeMouseLeave: te(),
    edgeDoubleClick: te(),
    edgeClick: te(),
    edgeUpdateStart: te(),
    edgeUpdate: te(),
    edgeUpdateEnd: te(),
    updateNodeInternals: te(),
    error: te((e) => Yn(e.message))
  };
}
function ug(e, t) {
  const n = ln();
  pu(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), Sn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), Sn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = cg(i);
    return !!((r = n?.vnode.props) == null ? void 0 : r[s]);
  }
}
function cg(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function sl() {
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
    selectionMode: ar.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: Nn.Free,
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
      type: Pt.Bezier,
      style: {}
    },
    connectionMode: It.Loose,
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
    multiSelectionKeyCode: An() ? "Meta" : "Control",
    zoomActivationKeyCode: An() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: lg(),
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
const dg = [
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
function fg(e, t, n) {
  const o = sg(e), i = (N) => {
    const _ = N ?? [];
    e.hooks.updateNodeInternals.trigger(_);
  }, r = (N) => Sh(N, e.nodes, e.edges), s = (N) => kh(N, e.nodes, e.edges), a = (N) => At(N, e.edges), u = ({ id: N, type: _, nodeId: C }) => {
    var D;
    const I = N ? `-${_}-${N}` : `-${_}`;
    return Array.from(((D = e.connectionLookup.get(`${C}${I}`)) == null ? void 0 : D.values()) ?? []);
  }, l = (N) => {
    if (N)
      return t.value.get(N);
  }, c = (N) => {
    if (N)
      return n.value.get(N);
  }, d = (N, _, C) => {
    var D, I;
    const ee = [];
    for (const oe of N) {
      const re = {
        id: oe.id,
        type: "position",
        dragging: C,
        from: oe.from
      };
      if (_ && (re.position = oe.position, oe.parentNode)) {
        const se = l(oe.parentNode);
        re.position = {
          x: re.position.x - (((D = se?.computedPosition) == null ? void 0 : D.x) ?? 0),
          y: re.position.y - (((I = se?.computedPosition) == null ? void 0 : I.y) ?? 0)
        };
      }
      ee.push(re);
    }
    ee?.length && e.hooks.nodesChange.trigger(ee);
  }, f = (N) => {
    if (!e.vueFlowRef)
      return;
    const _ = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!_)
      return;
    const C = window.getComputedStyle(_), { m22: D } = new window.DOMMatrixReadOnly(C.transform), I = [];
    for (const ee of N) {
      const oe = ee, re = l(oe.id);
      if (re) {
        const se = Yo(oe.nodeElement);
        if (!!(se.width && se.height && (re.dimensions.width !== se.width || re.dimensions.height !== se.height || oe.forceUpdate))) {
          const ve = oe.nodeElement.getBoundingClientRect();
          re.dimensions = se, re.handleBounds.source = rs("source", oe.nodeElement, ve, D, re.id), re.handleBounds.target = rs("target", oe.nodeElement, ve, D, re.id), I.push({
            id: re.id,
            type: "dimensions",
            dimensions: se
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), I.length && e.hooks.nodesChange.trigger(I);
  }, g = (N, _) => {
    const C = /* @__PURE__ */ new Set(), D = /* @__PURE__ */ new Set();
    for (const oe of N)
      Lt(oe) ? C.add(oe.id) : Tt(oe) && D.add(oe.id);
    const I = Nt(t.value, C, !0), ee = Nt(n.value, D);
    if (e.multiSelectionActive) {
      for (const oe of C)
        I.push(xt(oe, _));
      for (const oe of D)
        ee.push(xt(oe, _));
    }
    I.length && e.hooks.nodesChange.trigger(I), ee.length && e.hooks.edgesChange.trigger(ee);
  }, y = (N) => {
    if (e.multiSelectionActive) {
      const _ = N.map((C) => xt(C.id, !0));
      e.hooks.nodesChange.trigger(_);
      return;
    }
    e.hooks.nodesChange.trigger(Nt(t.value, new Set(N.map((_) => _.id)), !0)), e.hooks.edgesChange.trigger(Nt(n.value));
  }, w = (N) => {
    if (e.multiSelectionActive) {
      const _ = N.map((C) => xt(C.id, !0));
      e.hooks.edgesChange.trigger(_);
      return;
    }
    e.hooks.edgesChange.trigger(Nt(n.value, new Set(N.map((_) => _.id)))), e.hooks.nodesChange.trigger(Nt(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (N) => {
    g(N, !0);
  }, b = (N) => {
    const C = (N || e.nodes).map((D) => (D.selected = !1, xt(D.id, !1)));
    e.hooks.nodesChange.trigger(C);
  }, m = (N) => {
    const C = (N || e.edges).map((D) => (D.selected = !1, xt(D.id, !1)));
    e.hooks.edgesChange.trigger(C);
  }, v = (N) => {
    if (!N || !N.length)
      return g([], !1);
    const _ = N.reduce(
      (C, D) => {
        const I = xt(D.id, !1);
        return Lt(D) ? C.nodes.push(I) : C.edges.push(I), C;
      },
      { nodes: [], edges: [] }
    );
    _.nodes.length && e.hooks.nodesChange.trigger(_.nodes), _.edges.length && e.hooks.edgesChange.trigger(_.edges);
  }, E = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([N, e.maxZoom]), e.minZoom = N;
  }, A = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([e.minZoom, N]), e.maxZoom = N;
  }, B = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.translateExtent(N), e.translateExtent = N;
  }, L = (N) => {
    e.nodeExtent = N, i();
  }, R = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.clickDistance(N);
  }, U = (N) => {
    e.nodesDraggable = N, e.nodesConnectable = N, e.elementsSelectable = N;
  }, X = (N) => {
    const _ = N instanceof Function ? N(e.nodes) : N;
    !e.initialized && !_.length || (e.nodes = ss(_, l, e.hooks.error.trigger));
  }, V = (N) => {
    const _ = N instanceof Function ? N(e.edges) : N;
    if (!e.initialized && !_.length)
      return;
    const C = fi(
      _,
      e.isValidConnection,
      l,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    di(e.connectionLookup, n.value, C), e.edges = C;
  }, k = (N) => {
    const _ = N instanceof Function ? N([...e.nodes, ...e.edges]) : N;
    !e.initialized && !_.length || (X(_.filter(Lt)), V(_.filter(Tt)));
  }, G = (N) => {
    let _ = N instanceof Function ? N(e.nodes) : N;
    _ = Array.isArray(_) ? _ : [_];
    const C = ss(_, l, e.hooks.error.trigger), D = [];
    for (const I of C)
      D.push(jr(I));
    D.length && e.hooks.nodesChange.trigger(D);
  }, h = (N) => {
    let _ = N instanceof Function ? N(e.edges) : N;
    _ = Array.isArray(_) ? _ : [_];
    const C = fi(
      _,
      e.isValidConnection,
      l,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), D = [];
    for (const I of C)
      D.push(jr(I));
    D.length && e.hooks.edgesChange.trigger(D);
  }, $ = (N, _ = !0, C = !1) => {
    const D = N instanceof Function ? N(e.nodes) : N, I = Array.isArray(D) ? D : [D], ee = [], oe = [];
    function re(de) {
      const ve = a(de);
      for (const be of ve)
        (!Oe(be.deletable) || be.deletable) && oe.push(Jr(be.id, be.source, be.target, be.sourceHandle, be.targetHandle));
    }
    function se(de) {
      const ve = [];
      for (const be of e.nodes)
        be.parentNode === de && ve.push(be);
      if (ve.length) {
        for (const be of ve)
          ee.push(Qr(be.id));
        _ && re(ve);
        for (const be of ve)
          se(be.id);
      }
    }
    for (const de of I) {
      const ve = typeof de == "string" ? l(de) : de;
      ve && (Oe(ve.deletable) && !ve.deletable || (ee.push(Qr(ve.id)), _ && re([ve]), C && se(ve.id)));
    }
    oe.length && e.hooks.edgesChange.trigger(oe), ee.length && e.hooks.nodesChange.trigger(ee);
  }, p = (N) => {
    const _ = N instanceof Function ? N(e.edges) : N, C = Array.isArray(_) ? _ : [_], D = [];
    for (const I of C) {
      const ee = typeof I == "string" ? c(I) : I;
      ee && (Oe(ee.deletable) && !ee.deletable || D.push(
        Jr(
          typeof I == "string" ? I : I.id,
          ee.source,
          ee.target,
          ee.sourceHandle,
          ee.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(D);
  }, S = (N, _, C = !0) => {
    const D = c(N.id);
    if (!D)
      return !1;
    const I = e.edges.indexOf(D), ee = Kh(N, _, D, C, e.hooks.error.trigger);
    if (ee) {
      const [oe] = fi(
        [ee],
        e.isValidConnection,
        l,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((re, se) => se === I ? oe : re), di(e.connectionLookup, n.value, [oe]), oe;
    }
    return !1;
  }, M = (N, _, C = { replace: !1 }) => {
    const D = c(N);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    D.data = C.replace ? I : { ...D.data, ...I };
  }, P = (N) => Zr(N, e.nodes), O = (N) => {
    const _ = Zr(N, e.edges);
    return di(e.connectionLookup, n.value, _), _;
  }, Y = (N, _, C = { replace: !1 }) => {
    const D = l(N);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    C.replace ? e.nodes.splice(e.nodes.indexOf(D), 1, I) : Object.assign(D, I);
  }, K = (N, _, C = { replace: !1 }) => {
    const D = l(N);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    D.data = C.replace ? I : { ...D.data, ...I };
  }, ne = (N, _, C = !1) => {
    C ? e.connectionClickStartHandle = N : e.connectionStartHandle = N, e.connectionEndHandle = null, e.connectionStatus = null, _ && (e.connectionPosition = _);
  }, ie = (N, _ = null, C = null) => {
    e.connectionStartHandle && (e.connectionPosition = N, e.connectionEndHandle = _, e.connectionStatus = C);
  }, q = (N, _) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, _ ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, Z = (N) => {
    const _ = $h(N), C = _ ? null : yn(N) ? N : l(N.id);
    return !_ && !C ? [null, null, _] : [_ ? N : So(C), C, _];
  }, J = (N, _ = !0, C = e.nodes) => {
    const [D, I, ee] = Z(N);
    if (!D)
      return [];
    const oe = [];
    for (const re of C || e.nodes) {
      if (!ee && (re.id === I.id || !re.computedPosition))
        continue;
      const se = So(re), de = Co(se, D);
      (_ && de > 0 || de >= se.width * se.height || de >= Number(D.width) * Number(D.height)) && oe.push(re);
    }
    return oe;
  }, he = (N, _, C = !0) => {
    const [D] = Z(N);
    if (!D)
      return !1;
    const I = Co(D, _);
    return C && I > 0 || I >= Number(D.width) * Number(D.height);
  }, we = (N) => {
    const { viewport: _, dimensions: C, d3Zoom: D, d3Selection: I, translateExtent: ee } = e;
    if (!D || !I || !N.x && !N.y)
      return !1;
    const oe = tn.translate(_.x + N.x, _.y + N.y).scale(_.zoom), re = [
      [0, 0],
      [C.width, C.height]
    ], se = D.constrain()(oe, re, ee), de = e.viewport.x !== se.x || e.viewport.y !== se.y || e.viewport.zoom !== se.k;
    return D.transform(I, se), de;
  }, pe = (N) => {
    const _ = N instanceof Function ? N(e) : N, C = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Oe(_.defaultEdgeOptions) && (e.defaultEdgeOptions = _.defaultEdgeOptions);
    const D = _.modelValue || _.nodes || _.edges ? [] : void 0;
    D && (_.modelValue && D.push(..._.modelValue), _.nodes && D.push(..._.nodes), _.edges && D.push(..._.edges), k(D));
    const I = () => {
      Oe(_.maxZoom) && A(_.maxZoom), Oe(_.minZoom) && E(_.minZoom), Oe(_.translateExtent) && B(_.translateExtent);
    };
    for (const ee of Object.keys(_)) {
      const oe = ee, re = _[oe];
      ![...dg, ...C].includes(oe) && Oe(re) && (e[oe] = re);
    }
    ki(() => e.d3Zoom).not.toBeNull().then(I), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: k,
    setNodes: X,
    setEdges: V,
    addNodes: G,
    addEdges: h,
    removeNodes: $,
    removeEdges: p,
    findNode: l,
    findEdge: c,
    updateEdge: S,
    updateEdgeData: M,
    updateNode: Y,
    updateNodeData: K,
    applyEdgeChanges: O,
    applyNodeChanges: P,
    addSelectedElements: x,
    addSelectedNodes: y,
    addSelectedEdges: w,
    setMinZoom: E,
    setMaxZoom: A,
    setTranslateExtent: B,
    setNodeExtent: L,
    setPaneClickDistance: R,
    removeSelectedElements: v,
    removeSelectedNodes: b,
    removeSelectedEdges: m,
    startConnection: ne,
    updateConnection: ie,
    endConnection: q,
    setInteractive: U,
    setState: pe,
    getIntersectingNodes: J,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: u,
    isNodeIntersecting: he,
    panBy: we,
    fitView: (N) => o.value.fitView(N),
    zoomIn: (N) => o.value.zoomIn(N),
    zoomOut: (N) => o.value.zoomOut(N),
    zoomTo: (N, _) => o.value.zoomTo(N, _),
    setViewport: (N, _) => o.value.setViewport(N, _),
    setTransform: (N, _) => o.value.setTransform(N, _),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (N, _, C) => o.value.setCenter(N, _, C),
    fitBounds: (N, _) => o.value.fitBounds(N, _),
    project: (N) => o.value.project(N),
    screenToFlowCoordinate: (N) => o.value.screenToFlowCoordinate(N),
    flowToScreenCoordinate: (N) => o.value.flowToScreenCoordinate(N),
    toObject: () => {
      const N = [], _ = [];
      for (const C of e.nodes) {
        const {
          computedPosition: D,
          handleBounds: I,
          selected: ee,
          dimensions: oe,
          isParent: re,
          resizing: se,
          dragging: de,
          events: ve,
          ...be
        } = C;
        N.push(be);
      }
      for (const C of e.edges) {
        const { selected: D, sourceNode: I, targetNode: ee, events: oe, ...re } = C;
        _.push(re);
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
      const { nodes: C, edges: D, position: I, zoom: ee, viewport: oe } = N;
      C && X(C), D && V(D);
      const [re, se] = oe?.x && oe?.y ? [oe.x, oe.y] : I ?? [null, null];
      if (re && se) {
        const de = oe?.zoom || ee || e.viewport.zoom;
        return ki(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: re,
            y: se,
            zoom: de
          }).then(() => {
            _(!0);
          });
        });
      } else
        _(!0);
    }),
    updateNodeInternals: i,
    viewportHelper: o,
    $reset: () => {
      const N = sl();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const _ = tn.translate(N.defaultViewport.x ?? 0, N.defaultViewport.y ?? 0).scale(Xt(N.defaultViewport.zoom ?? 1, N.minZoom, N.maxZoom)), C = e.viewportRef.getBoundingClientRect(), D = [
          [0, 0],
          [C.width, C.height]
        ], I = e.d3Zoom.constrain()(_, D, N.translateExtent);
        e.d3Zoom.transform(e.d3Selection, I);
      }
      pe(N);
    },
    $destroy: () => {
    }
  };
}
const hg = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], gg = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, on = /* @__PURE__ */ Ce({
  ...gg,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => ae.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = gu(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = xe(() => n.type ?? "source"), i = xe(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: u,
      vueFlowRef: l,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Me(), { id: g, node: y, nodeEl: w, connectedEdges: x } = il(), b = Ie(), m = xe(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), v = xe(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), E = xe(
      () => {
        var V, k, G, h, $, p;
        return ((V = s.value) == null ? void 0 : V.nodeId) === g && ((k = s.value) == null ? void 0 : k.id) === e.id && ((G = s.value) == null ? void 0 : G.type) === o.value || ((h = u.value) == null ? void 0 : h.nodeId) === g && (($ = u.value) == null ? void 0 : $.id) === e.id && ((p = u.value) == null ? void 0 : p.type) === o.value;
      }
    ), A = xe(
      () => {
        var V, k, G;
        return ((V = a.value) == null ? void 0 : V.nodeId) === g && ((k = a.value) == null ? void 0 : k.id) === e.id && ((G = a.value) == null ? void 0 : G.type) === o.value;
      }
    ), { handlePointerDown: B, handleClick: L } = ol({
      nodeId: g,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), R = ue(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((V) => {
      const k = V[`${o.value}Handle`];
      return V[o.value] !== g ? !1 : k ? k === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((V) => {
      const k = V[`${o.value}Handle`];
      return V[o.value] !== g ? !1 : k ? k === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(y, x.value) : Oe(e.connectable) ? e.connectable : c.value);
    _t(() => {
      var V;
      if (!y.dimensions.width || !y.dimensions.height)
        return;
      const k = (V = y.handleBounds[o.value]) == null ? void 0 : V.find((P) => P.id === e.id);
      if (!l.value || k)
        return;
      const G = l.value.querySelector(".vue-flow__transformationpane");
      if (!w.value || !b.value || !G || !e.id)
        return;
      const h = w.value.getBoundingClientRect(), $ = b.value.getBoundingClientRect(), p = window.getComputedStyle(G), { m22: S } = new window.DOMMatrixReadOnly(p.transform), M = {
        id: e.id,
        position: e.position,
        x: ($.left - h.left) / S,
        y: ($.top - h.top) / S,
        type: o.value,
        nodeId: g,
        ...Yo(b.value)
      };
      y.handleBounds[o.value] = [...y.handleBounds[o.value] ?? [], M];
    });
    function U(V) {
      const k = cr(V);
      R.value && m.value && (k && V.button === 0 || !k) && B(V);
    }
    function X(V) {
      !g || !a.value && !m.value || R.value && L(V);
    }
    return t({
      handleClick: L,
      handlePointerDown: B,
      onClick: X,
      onPointerDown: U
    }), (V, k) => (Q(), le("div", {
      ref_key: "handle",
      ref: b,
      "data-id": `${W(r)}-${W(g)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": W(g),
      "data-handlepos": V.position,
      class: Ye(["vue-flow__handle", [
        `vue-flow__handle-${V.position}`,
        `vue-flow__handle-${e.id}`,
        W(d),
        W(f),
        o.value,
        {
          connectable: R.value,
          connecting: A.value,
          connectablestart: m.value,
          connectableend: v.value,
          connectionindicator: R.value && (m.value && !E.value || v.value && E.value)
        }
      ]]),
      onMousedown: U,
      onTouchstartPassive: U,
      onClick: X
    }, [
      Te(V.$slots, "default", { id: V.id })
    ], 42, hg));
  }
}), Uo = function({
  sourcePosition: e = ae.Bottom,
  targetPosition: t = ae.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: s
}) {
  const a = s.label ?? n;
  return [
    ke(on, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? ke(a) : ke(Ve, [a]),
    ke(on, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Uo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Uo.inheritAttrs = !1;
Uo.compatConfig = { MODE: 3 };
const pg = Uo, qo = function({
  targetPosition: e = ae.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    ke(on, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? ke(r) : ke(Ve, [r])
  ];
};
qo.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
qo.inheritAttrs = !1;
qo.compatConfig = { MODE: 3 };
const vg = qo, Wo = function({
  sourcePosition: e = ae.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? ke(r) : ke(Ve, [r]),
    ke(on, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
Wo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Wo.inheritAttrs = !1;
Wo.compatConfig = { MODE: 3 };
const mg = Wo, yg = ["transform"], wg = ["width", "height", "x", "y", "rx", "ry"], _g = ["y"], bg = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Eg = /* @__PURE__ */ Ce({
  ...bg,
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
    const t = Ie({ x: 0, y: 0, width: 0, height: 0 }), n = Ie(null), o = ue(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    _t(i), $e([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (Q(), le("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (Q(), le("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Ae(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, wg)) : Se("", !0),
      Ne("text", yo(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Te(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (Q(), Re(Dt(r.label), { key: 0 })) : (Q(), le(Ve, { key: 1 }, [
            $i(Pe(r.label), 1)
          ], 64))
        ])
      ], 16, _g)
    ], 8, yg));
  }
}), xg = ["id", "d", "marker-end", "marker-start"], $g = ["d", "stroke-width"], Ng = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, Ko = /* @__PURE__ */ Ce({
  ...Ng,
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
    const n = Ie(null), o = Ie(null), i = Ie(null), r = Ji();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, a) => (Q(), le(Ve, null, [
      Ne("path", yo(W(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, xg),
      s.interactionWidth ? (Q(), le("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, $g)) : Se("", !0),
      s.label && s.labelX && s.labelY ? (Q(), Re(Eg, {
        key: 1,
        ref_key: "labelEl",
        ref: i,
        x: s.labelX,
        y: s.labelY,
        label: s.label,
        "label-show-bg": s.labelShowBg,
        "label-bg-style": s.labelBgStyle,
        "label-bg-padding": s.labelBgPadding,
        "label-bg-border-radius": s.labelBgBorderRadius,
        "label-style": s.labelStyle
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : Se("", !0)
    ], 64));
  }
});
function al({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function ll({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o,
  sourceControlX: i,
  sourceControlY: r,
  targetControlX: s,
  targetControlY: a
}) {
  const u = e * 0.125 + i * 0.375 + s * 0.375 + n * 0.125, l = t * 0.125 + r * 0.375 + a * 0.375 + o * 0.125, c = Math.abs(u - e), d = Math.abs(l - t);
  return [u, l, c, d];
}
function to(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function cs({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case ae.Left:
      s = t - to(t - o, r), a = n;
      break;
    case ae.Right:
      s = t + to(o - t, r), a = n;
      break;
    case ae.Top:
      s = t, a = n - to(n - i, r);
      break;
    case ae.Bottom:
      s = t, a = n + to(i - n, r);
      break;
  }
  return [s, a];
}
function ul(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ae.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = ae.Top,
    curvature: a = 0.25
  } = e, [u, l] = cs({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: a
  }), [c, d] = cs({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: a
  }), [f, g, y, w] = ll({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: u,
    sourceControlY: l,
    targetControlX: c,
    targetControlY: d
  });
  return [
    `M${t},${n} C${u},${l} ${c},${d} ${i},${r}`,
    f,
    g,
    y,
    w
  ];
}
function ds({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, s;
  switch (e) {
    case ae.Left:
    case ae.Right:
      r = 0.5 * (t + o), s = n;
      break;
    case ae.Top:
    case ae.Bottom:
      r = t, s = 0.5 * (n + i);
      break;
  }
  return [r, s];
}
function cl(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ae.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = ae.Top
  } = e, [a, u] = ds({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [l, c] = ds({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, g, y] = ll({
    sourceX: t,
    sourceY: n,
    targetX: i,
    targetY: r,
    sourceControlX: a,
    sourceControlY: u,
    targetControlX: l,
    targetControlY: c
  });
  return [
    `M${t},${n} C${a},${u} ${l},${c} ${i},${r}`,
    d,
    f,
    g,
    y
  ];
}
const fs = {
  [ae.Left]: { x: -1, y: 0 },
  [ae.Right]: { x: 1, y: 0 },
  [ae.Top]: { x: 0, y: -1 },
  [ae.Bottom]: { x: 0, y: 1 }
};
function kg({
  source: e,
  sourcePosition: t = ae.Bottom,
  target: n
}) {
  return t === ae.Left || t === ae.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function hs(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Sg({
  source: e,
  sourcePosition: t = ae.Bottom,
  target: n,
  targetPosition: o = ae.Top,
  center: i,
  offset: r
}) {
  const s = fs[t], a = fs[o], u = { x: e.x + s.x * r, y: e.y + s.y * r }, l = { x: n.x + a.x * r, y: n.y + a.y * r }, c = kg({
    source: u,
    sourcePosition: t,
    target: l
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let g, y, w;
  const x = { x: 0, y: 0 }, b = { x: 0, y: 0 }, [m, v, E, A] = al({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    y = i.x ?? m, w = i.y ?? v;
    const L = [
      { x: y, y: u.y },
      { x: y, y: l.y }
    ], R = [
      { x: u.x, y: w },
      { x: l.x, y: w }
    ];
    s[d] === f ? g = d === "x" ? L : R : g = d === "x" ? R : L;
  } else {
    const L = [{ x: u.x, y: l.y }], R = [{ x: l.x, y: u.y }];
    if (d === "x" ? g = s.x === f ? R : L : g = s.y === f ? L : R, t === o) {
      const G = Math.abs(e[d] - n[d]);
      if (G <= r) {
        const h = Math.min(r - 1, r - G);
        s[d] === f ? x[d] = (u[d] > e[d] ? -1 : 1) * h : b[d] = (l[d] > n[d] ? -1 : 1) * h;
      }
    }
    if (t !== o) {
      const G = d === "x" ? "y" : "x", h = s[d] === a[G], $ = u[G] > l[G], p = u[G] < l[G];
      (s[d] === 1 && (!h && $ || h && p) || s[d] !== 1 && (!h && p || h && $)) && (g = d === "x" ? L : R);
    }
    const U = { x: u.x + x.x, y: u.y + x.y }, X = { x: l.x + b.x, y: l.y + b.y }, V = Math.max(Math.abs(U.x - g[0].x), Math.abs(X.x - g[0].x)), k = Math.max(Math.abs(U.y - g[0].y), Math.abs(X.y - g[0].y));
    V >= k ? (y = (U.x + X.x) / 2, w = g[0].y) : (y = g[0].x, w = (U.y + X.y) / 2);
  }
  return [[
    e,
    { x: u.x + x.x, y: u.y + x.y },
    ...g,
    { x: l.x + b.x, y: l.y + b.y },
    n
  ], y, w, E, A];
}
function Cg(e, t, n, o) {
  const i = Math.min(hs(e, t) / 2, hs(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const l = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * l},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const a = e.x < n.x ? 1 : -1, u = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * u}Q ${r},${s} ${r + i * a},${s}`;
}
function Vi(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = ae.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = ae.Top,
    borderRadius: a = 5,
    centerX: u,
    centerY: l,
    offset: c = 20
  } = e, [d, f, g, y, w] = Sg({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: u, y: l },
    offset: c
  });
  return [d.reduce((b, m, v) => {
    let E;
    return v > 0 && v < d.length - 1 ? E = Cg(d[v - 1], m, d[v + 1], a) : E = `${v === 0 ? "M" : "L"}${m.x} ${m.y}`, b += E, b;
  }, ""), f, g, y, w];
}
function Mg(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, u] = al({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, u];
}
const Ig = Ce({
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
      const [n, o, i] = Mg(e);
      return ke(Ko, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Tg = Ig, Og = Ce({
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
      const [n, o, i] = Vi({
        ...e,
        sourcePosition: e.sourcePosition ?? ae.Bottom,
        targetPosition: e.targetPosition ?? ae.Top
      });
      return ke(Ko, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), dl = Og, Dg = Ce({
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
    return () => ke(dl, { ...e, ...t, borderRadius: 0 });
  }
}), Pg = Dg, Ag = Ce({
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
      const [n, o, i] = ul({
        ...e,
        sourcePosition: e.sourcePosition ?? ae.Bottom,
        targetPosition: e.targetPosition ?? ae.Top
      });
      return ke(Ko, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), zg = Ag, Rg = Ce({
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
      const [n, o, i] = cl({
        ...e,
        sourcePosition: e.sourcePosition ?? ae.Bottom,
        targetPosition: e.targetPosition ?? ae.Top
      });
      return ke(Ko, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Bg = Rg, Vg = {
  input: mg,
  default: pg,
  output: vg
}, Lg = {
  default: zg,
  straight: Tg,
  step: Pg,
  smoothstep: dl,
  simplebezier: Bg
};
function Hg(e, t, n) {
  const o = ue(() => (w) => t.value.get(w)), i = ue(() => (w) => n.value.get(w)), r = ue(() => {
    const w = {
      ...Lg,
      ...e.edgeTypes
    }, x = Object.keys(w);
    for (const b of e.edges)
      b.type && !x.includes(b.type) && (w[b.type] = b.type);
    return w;
  }), s = ue(() => {
    const w = {
      ...Vg,
      ...e.nodeTypes
    }, x = Object.keys(w);
    for (const b of e.nodes)
      b.type && !x.includes(b.type) && (w[b.type] = b.type);
    return w;
  }), a = ue(() => e.onlyRenderVisibleElements ? qa(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), u = ue(() => {
    if (e.onlyRenderVisibleElements) {
      const w = [];
      for (const x of e.edges) {
        const b = t.value.get(x.source), m = t.value.get(x.target);
        Rh({
          sourcePos: b.computedPosition || { x: 0, y: 0 },
          targetPos: m.computedPosition || { x: 0, y: 0 },
          sourceWidth: b.dimensions.width,
          sourceHeight: b.dimensions.height,
          targetWidth: m.dimensions.width,
          targetHeight: m.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && w.push(x);
      }
      return w;
    }
    return e.edges;
  }), l = ue(() => [...a.value, ...u.value]), c = ue(() => {
    const w = [];
    for (const x of e.nodes)
      x.selected && w.push(x);
    return w;
  }), d = ue(() => {
    const w = [];
    for (const x of e.edges)
      x.selected && w.push(x);
    return w;
  }), f = ue(() => [
    ...c.value,
    ...d.value
  ]), g = ue(() => {
    const w = [];
    for (const x of e.nodes)
      x.dimensions.width && x.dimensions.height && x.handleBounds !== void 0 && w.push(x);
    return w;
  }), y = ue(
    () => a.value.length > 0 && g.value.length === a.value.length
  );
  return {
    getNode: o,
    getEdge: i,
    getElements: l,
    getEdgeTypes: r,
    getNodeTypes: s,
    getEdges: u,
    getNodes: a,
    getSelectedElements: f,
    getSelectedNodes: c,
    getSelectedEdges: d,
    getNodesInitialized: g,
    areNodesInitialized: y
  };
}
class zt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = ln()) == null ? void 0 : t.appContext.app, o = n?.config.globalProperties.$vueFlowStorage ?? zt.instance;
    return zt.instance = o ?? new zt(), n && (n.config.globalProperties.$vueFlowStorage = zt.instance), zt.instance;
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
    const o = sl(), i = xi(o), r = {};
    for (const [f, g] of Object.entries(i.hooks)) {
      const y = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[y] = g.on;
    }
    const s = {};
    for (const [f, g] of Object.entries(i.hooks))
      s[f] = g.trigger;
    const a = ue(() => {
      const f = /* @__PURE__ */ new Map();
      for (const g of i.nodes)
        f.set(g.id, g);
      return f;
    }), u = ue(() => {
      const f = /* @__PURE__ */ new Map();
      for (const g of i.edges)
        f.set(g.id, g);
      return f;
    }), l = Hg(i, a, u), c = fg(i, a, u);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...l,
      ...c,
      ...Ou(i),
      nodeLookup: a,
      edgeLookup: u,
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
function Me(e) {
  const t = zt.getInstance(), n = oa(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? n?.vueFlowId;
  let a;
  if (n) {
    const u = Ot(us, null);
    typeof u < "u" && u !== null && (!s || u.id === s) && (a = u);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const u = r ?? t.getId(), l = t.create(u, i);
    a = l, (n ?? ia(!0)).run(() => {
      $e(
        l.applyDefault,
        (d, f, g) => {
          const y = (x) => {
            l.applyNodeChanges(x);
          }, w = (x) => {
            l.applyEdgeChanges(x);
          };
          d ? (l.onNodesChange(y), l.onEdgesChange(w)) : (l.hooks.value.nodesChange.off(y), l.hooks.value.edgesChange.off(w)), g(() => {
            l.hooks.value.nodesChange.off(y), l.hooks.value.edgesChange.off(w);
          });
        },
        { immediate: !0 }
      ), Sn(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : Yn(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (Mt(us, a), n.vueFlowId = a.id), o) {
    const u = ln();
    u?.type.name !== "VueFlow" && a.emits.error(new ze(De.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function Fg(e) {
  const { emits: t, dimensions: n } = Me();
  let o;
  _t(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = Yo(e.value);
      (a.width === 0 || a.height === 0) && t.error(new ze(De.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), ji(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Yg = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Xg = /* @__PURE__ */ Ce({
  ...Yg,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (Q(), le("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Ae({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), Gg = ["tabIndex"], Ug = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, qg = /* @__PURE__ */ Ce({
  ...Ug,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Me(), a = rl(), u = Ie(null), l = nl({
      el: u,
      onStart(y) {
        t.selectionDragStart(y), t.nodeDragStart(y);
      },
      onDrag(y) {
        t.selectionDrag(y), t.nodeDrag(y);
      },
      onStop(y) {
        t.selectionDragStop(y), t.nodeDragStop(y);
      }
    });
    _t(() => {
      var y;
      r.value || (y = u.value) == null || y.focus({ preventScroll: !0 });
    });
    const c = ue(() => lr(o.value)), d = ue(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(y) {
      t.selectionContextMenu({ event: y, nodes: o.value });
    }
    function g(y) {
      r.value || jt[y.key] && (y.preventDefault(), a(
        {
          x: jt[y.key].x,
          y: jt[y.key].y
        },
        y.shiftKey
      ));
    }
    return (y, w) => !W(s) && c.value.width && c.value.height ? (Q(), le("div", {
      key: 0,
      class: Ye(["vue-flow__nodesselection vue-flow__container", W(i)]),
      style: Ae({ transform: `translate(${W(n).x}px,${W(n).y}px) scale(${W(n).zoom})` })
    }, [
      Ne("div", {
        ref_key: "el",
        ref: u,
        class: Ye([{ dragging: W(l) }, "vue-flow__nodesselection-rect"]),
        style: Ae(d.value),
        tabIndex: W(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: g
      }, null, 46, Gg)
    ], 6)) : Se("", !0);
  }
});
function Wg(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const Kg = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, Zg = /* @__PURE__ */ Ce({
  ...Kg,
  props: {
    isSelecting: { type: Boolean },
    selectionKeyPressed: { type: Boolean }
  },
  setup(e) {
    const {
      vueFlowRef: t,
      nodes: n,
      viewport: o,
      emits: i,
      userSelectionActive: r,
      removeSelectedElements: s,
      userSelectionRect: a,
      elementsSelectable: u,
      nodesSelectionActive: l,
      getSelectedEdges: c,
      getSelectedNodes: d,
      removeNodes: f,
      removeEdges: g,
      selectionMode: y,
      deleteKeyCode: w,
      multiSelectionKeyCode: x,
      multiSelectionActive: b,
      edgeLookup: m,
      nodeLookup: v,
      connectionLookup: E,
      defaultEdgeOptions: A,
      connectionStartHandle: B,
      panOnDrag: L
    } = Me(), R = Ct(null), U = Ct(/* @__PURE__ */ new Set()), X = Ct(/* @__PURE__ */ new Set()), V = Ct(null), k = xe(() => u.value && (e.isSelecting || r.value)), G = xe(() => B.value !== null);
    let h = !1, $ = !1;
    const p = kn(w, { actInsideInputWithModifier: !1 }), S = kn(x);
    $e(p, (q) => {
      q && (f(d.value), g(c.value), l.value = !1);
    }), $e(S, (q) => {
      b.value = q;
    });
    function M(q, Z) {
      return (J) => {
        J.target === Z && q?.(J);
      };
    }
    function P(q) {
      if (h || G.value) {
        h = !1;
        return;
      }
      i.paneClick(q), s(), l.value = !1;
    }
    function O(q) {
      var Z;
      if (Array.isArray(L.value) && ((Z = L.value) != null && Z.includes(2))) {
        q.preventDefault();
        return;
      }
      i.paneContextMenu(q);
    }
    function Y(q) {
      i.paneScroll(q);
    }
    function K(q) {
      var Z, J, he;
      if (V.value = ((Z = t.value) == null ? void 0 : Z.getBoundingClientRect()) ?? null, !u.value || !e.isSelecting || q.button !== 0 || q.target !== R.value || !V.value)
        return;
      (he = (J = q.target) == null ? void 0 : J.setPointerCapture) == null || he.call(J, q.pointerId);
      const { x: we, y: pe } = Wg(q, V.value);
      $ = !0, h = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: we,
        startY: pe,
        x: we,
        y: pe
      }, i.selectionStart(q);
    }
    function ne(q) {
      var Z;
      if (!V.value || !a.value)
        return;
      h = !0;
      const { x: J, y: he } = st(q, V.value), { startX: we = 0, startY: pe = 0 } = a.value, _e = {
        startX: we,
        startY: pe,
        x: J < we ? J : we,
        y: he < pe ? he : pe,
        width: Math.abs(J - we),
        height: Math.abs(he - pe)
      }, ce = U.value, ge = X.value;
      U.value = new Set(
        qa(n.value, _e, o.value, y.value === ar.Partial, !0).map(
          (_) => _.id
        )
      ), X.value = /* @__PURE__ */ new Set();
      const N = ((Z = A.value) == null ? void 0 : Z.selectable) ?? !0;
      for (const _ of U.value) {
        const C = E.value.get(_);
        if (C)
          for (const { edgeId: D } of C.values()) {
            const I = m.value.get(D);
            I && (I.selectable ?? N) && X.value.add(D);
          }
      }
      if (!ls(ce, U.value)) {
        const _ = Nt(v.value, U.value, !0);
        i.nodesChange(_);
      }
      if (!ls(ge, X.value)) {
        const _ = Nt(m.value, X.value);
        i.edgesChange(_);
      }
      a.value = _e, r.value = !0, l.value = !1;
    }
    function ie(q) {
      var Z;
      q.button !== 0 || !$ || ((Z = q.target) == null || Z.releasePointerCapture(q.pointerId), !r.value && a.value && q.target === R.value && P(q), r.value = !1, a.value = null, l.value = U.value.size > 0, i.selectionEnd(q), e.selectionKeyPressed && (h = !1), $ = !1);
    }
    return (q, Z) => (Q(), le("div", {
      ref_key: "container",
      ref: R,
      class: Ye(["vue-flow__pane vue-flow__container", { selection: q.isSelecting }]),
      onClick: Z[0] || (Z[0] = (J) => k.value ? void 0 : M(P, R.value)(J)),
      onContextmenu: Z[1] || (Z[1] = (J) => M(O, R.value)(J)),
      onWheelPassive: Z[2] || (Z[2] = (J) => M(Y, R.value)(J)),
      onPointerenter: Z[3] || (Z[3] = (J) => k.value ? void 0 : W(i).paneMouseEnter(J)),
      onPointerdown: Z[4] || (Z[4] = (J) => k.value ? K(J) : W(i).paneMouseMove(J)),
      onPointermove: Z[5] || (Z[5] = (J) => k.value ? ne(J) : W(i).paneMouseMove(J)),
      onPointerup: Z[6] || (Z[6] = (J) => k.value ? ie(J) : void 0),
      onPointerleave: Z[7] || (Z[7] = (J) => W(i).paneMouseLeave(J))
    }, [
      Te(q.$slots, "default"),
      W(r) && W(a) ? (Q(), Re(Xg, {
        key: 0,
        "user-selection-rect": W(a)
      }, null, 8, ["user-selection-rect"])) : Se("", !0),
      W(l) && W(d).length ? (Q(), Re(qg, { key: 1 })) : Se("", !0)
    ], 34));
  }
}), jg = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Qg = /* @__PURE__ */ Ce({
  ...jg,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Me(), i = ue(() => n.value ? !o.value : !1), r = ue(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (Q(), le("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Ae({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Te(s.$slots, "default")
    ], 4));
  }
}), Jg = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, ep = /* @__PURE__ */ Ce({
  ...Jg,
  setup(e) {
    const {
      minZoom: t,
      maxZoom: n,
      defaultViewport: o,
      translateExtent: i,
      zoomActivationKeyCode: r,
      selectionKeyCode: s,
      panActivationKeyCode: a,
      panOnScroll: u,
      panOnScrollMode: l,
      panOnScrollSpeed: c,
      panOnDrag: d,
      zoomOnDoubleClick: f,
      zoomOnPinch: g,
      zoomOnScroll: y,
      preventScrolling: w,
      noWheelClassName: x,
      noPanClassName: b,
      emits: m,
      connectionStartHandle: v,
      userSelectionActive: E,
      paneDragging: A,
      d3Zoom: B,
      d3Selection: L,
      d3ZoomHandler: R,
      viewport: U,
      viewportRef: X,
      paneClickDistance: V
    } = Me();
    Fg(X);
    const k = Ct(!1), G = Ct(!1);
    let h = null, $ = !1, p = 0, S = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const M = kn(a), P = kn(s), O = kn(r), Y = xe(
      () => (!P.value || P.value && s.value === !0) && (M.value || d.value)
    ), K = xe(() => M.value || u.value), ne = xe(() => s.value === !0 && Y.value !== !0), ie = xe(
      () => P.value && s.value !== !0 || E.value || ne.value
    ), q = xe(() => v.value !== null);
    _t(() => {
      if (!X.value) {
        Yn("Viewport element is missing");
        return;
      }
      const pe = X.value, _e = pe.getBoundingClientRect(), ce = mh().clickDistance(V.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ge = Ke(pe).call(ce), N = ge.on("wheel.zoom"), _ = tn.translate(o.value.x ?? 0, o.value.y ?? 0).scale(Xt(o.value.zoom ?? 1, t.value, n.value)), C = [
        [0, 0],
        [_e.width, _e.height]
      ], D = ce.constrain()(_, C, i.value);
      ce.transform(ge, D), ce.wheelDelta(zi), B.value = ce, L.value = ge, R.value = N, U.value = { x: D.x, y: D.y, zoom: D.k }, ce.on("start", (I) => {
        var ee;
        if (!I.sourceEvent)
          return null;
        p = I.sourceEvent.button, k.value = !0;
        const oe = he(I.transform);
        ((ee = I.sourceEvent) == null ? void 0 : ee.type) === "mousedown" && (A.value = !0), S = oe, m.viewportChangeStart(oe), m.moveStart({ event: I, flowTransform: oe });
      }), ce.on("end", (I) => {
        if (!I.sourceEvent)
          return null;
        if (k.value = !1, A.value = !1, Z(Y.value, p ?? 0) && !$ && m.paneContextMenu(I.sourceEvent), $ = !1, J(S, I.transform)) {
          const ee = he(I.transform);
          S = ee, m.viewportChangeEnd(ee), m.moveEnd({ event: I, flowTransform: ee });
        }
      }), ce.filter((I) => {
        var ee;
        const oe = O.value || y.value, re = g.value && I.ctrlKey, se = I.button, de = I.type === "wheel";
        if (se === 1 && I.type === "mousedown" && (we(I, "vue-flow__node") || we(I, "vue-flow__edge")))
          return !0;
        if (!Y.value && !oe && !K.value && !f.value && !g.value || E.value || q.value && !de || !f.value && I.type === "dblclick" || we(I, x.value) && de || we(I, b.value) && (!de || K.value && de && !O.value) || !g.value && I.ctrlKey && de || !oe && !K.value && !re && de)
          return !1;
        if (!g && I.type === "touchstart" && ((ee = I.touches) == null ? void 0 : ee.length) > 1)
          return I.preventDefault(), !1;
        if (!Y.value && (I.type === "mousedown" || I.type === "touchstart") || ne.value && Array.isArray(d.value) && d.value.includes(0) && se === 0 || Array.isArray(d.value) && !d.value.includes(se) && (I.type === "mousedown" || I.type === "touchstart"))
          return !1;
        const ve = Array.isArray(d.value) && d.value.includes(se) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !se || se <= 1;
        return (!I.ctrlKey || M.value || de) && ve;
      }), $e(
        [E, Y],
        () => {
          E.value && !k.value ? ce.on("zoom", null) : E.value || ce.on("zoom", (I) => {
            U.value = { x: I.transform.x, y: I.transform.y, zoom: I.transform.k };
            const ee = he(I.transform);
            $ = Z(Y.value, p ?? 0), m.viewportChange(ee), m.move({ event: I, flowTransform: ee });
          });
        },
        { immediate: !0 }
      ), $e(
        [E, K, l, O, g, w, x],
        () => {
          K.value && !O.value && !E.value ? ge.on(
            "wheel.zoom",
            (I) => {
              if (we(I, x.value))
                return !1;
              const ee = O.value || y.value, oe = g.value && I.ctrlKey;
              if (!(!w.value || K.value || ee || oe))
                return !1;
              I.preventDefault(), I.stopImmediatePropagation();
              const se = ge.property("__zoom").k || 1, de = An();
              if (!M.value && I.ctrlKey && g.value && de) {
                const ti = ot(I), T = zi(I), z = se * 2 ** T;
                ce.scaleTo(ge, z, ti, I);
                return;
              }
              const ve = I.deltaMode === 1 ? 20 : 1;
              let be = l.value === Nn.Vertical ? 0 : I.deltaX * ve, tt = l.value === Nn.Horizontal ? 0 : I.deltaY * ve;
              !de && I.shiftKey && l.value !== Nn.Vertical && !be && tt && (be = tt, tt = 0), ce.translateBy(
                ge,
                -(be / se) * c.value,
                -(tt / se) * c.value
              );
              const Ue = he(ge.property("__zoom"));
              h && clearTimeout(h), G.value ? (m.move({ event: I, flowTransform: Ue }), m.viewportChange(Ue), h = setTimeout(() => {
                m.moveEnd({ event: I, flowTransform: Ue }), m.viewportChangeEnd(Ue), G.value = !1;
              }, 150)) : (G.value = !0, m.moveStart({ event: I, flowTransform: Ue }), m.viewportChangeStart(Ue));
            },
            { passive: !1 }
          ) : typeof N < "u" && ge.on(
            "wheel.zoom",
            function(I, ee) {
              const oe = !w.value && I.type === "wheel" && !I.ctrlKey, re = O.value || y.value, se = g.value && I.ctrlKey;
              if (!re && !u.value && !se && I.type === "wheel" || oe || we(I, x.value))
                return null;
              I.preventDefault(), N.call(this, I, ee);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function Z(pe, _e) {
      return _e === 2 && Array.isArray(pe) && pe.includes(2);
    }
    function J(pe, _e) {
      return pe.x !== _e.x && !Number.isNaN(_e.x) || pe.y !== _e.y && !Number.isNaN(_e.y) || pe.zoom !== _e.k && !Number.isNaN(_e.k);
    }
    function he(pe) {
      return {
        x: pe.x,
        y: pe.y,
        zoom: pe.k
      };
    }
    function we(pe, _e) {
      return pe.target.closest(`.${_e}`);
    }
    return (pe, _e) => (Q(), le("div", {
      ref_key: "viewportRef",
      ref: X,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      Be(Zg, {
        "is-selecting": ie.value,
        "selection-key-pressed": W(P),
        class: Ye({
          connecting: q.value,
          dragging: W(A),
          draggable: W(d) === !0 || Array.isArray(W(d)) && W(d).includes(0)
        })
      }, {
        default: rt(() => [
          Be(Qg, null, {
            default: rt(() => [
              Te(pe.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), tp = ["id"], np = ["id"], op = ["id"], ip = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, rp = /* @__PURE__ */ Ce({
  ...ip,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Me();
    return (i, r) => (Q(), le(Ve, null, [
      Ne("div", {
        id: `${W(Ba)}-${W(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Pe(W(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, tp),
      Ne("div", {
        id: `${W(Va)}-${W(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, np),
      W(n) ? Se("", !0) : (Q(), le("div", {
        key: 0,
        id: `${W(xh)}-${W(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Pe(W(o)), 9, op))
    ], 64));
  }
});
function sp() {
  const e = Me();
  $e(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function ap(e, t, n) {
  return n === ae.Left ? e - t : n === ae.Right ? e + t : e;
}
function lp(e, t, n) {
  return n === ae.Top ? e - t : n === ae.Bottom ? e + t : e;
}
const dr = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = ae.Top,
  type: i
}) {
  return ke("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: ap(t, e, o),
    cy: lp(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
dr.props = ["radius", "centerX", "centerY", "position", "type"];
dr.compatConfig = { MODE: 3 };
const gs = dr, up = Ce({
  name: "Edge",
  compatConfig: { MODE: 3 },
  props: ["id"],
  setup(e) {
    const {
      id: t,
      addSelectedEdges: n,
      connectionMode: o,
      edgeUpdaterRadius: i,
      emits: r,
      nodesSelectionActive: s,
      noPanClassName: a,
      getEdgeTypes: u,
      removeSelectedEdges: l,
      findEdge: c,
      findNode: d,
      isValidConnection: f,
      multiSelectionActive: g,
      disableKeyboardA11y: y,
      elementsSelectable: w,
      edgesUpdatable: x,
      edgesFocusable: b,
      hooks: m
    } = Me(), v = ue(() => c(e.id)), { emit: E, on: A } = Jh(v.value, r), B = Ot(Go), L = ln(), R = Ie(!1), U = Ie(!1), X = Ie(""), V = Ie(null), k = Ie("source"), G = Ie(null), h = xe(
      () => typeof v.value.selectable > "u" ? w.value : v.value.selectable
    ), $ = xe(() => typeof v.value.updatable > "u" ? x.value : v.value.updatable), p = xe(() => typeof v.value.focusable > "u" ? b.value : v.value.focusable);
    Mt(Zh, e.id), Mt(jh, G);
    const S = ue(() => v.value.class instanceof Function ? v.value.class(v.value) : v.value.class), M = ue(() => v.value.style instanceof Function ? v.value.style(v.value) : v.value.style), P = ue(() => {
      const _ = v.value.type || "default", C = B?.[`edge-${_}`];
      if (C)
        return C;
      let D = v.value.template ?? u.value[_];
      if (typeof D == "string" && L) {
        const I = Object.keys(L.appContext.components);
        I && I.includes(_) && (D = sa(_, !1));
      }
      return D && typeof D != "string" ? D : (r.error(new ze(De.EDGE_TYPE_MISSING, D)), !1);
    }), { handlePointerDown: O } = ol({
      nodeId: X,
      handleId: V,
      type: k,
      isValidConnection: f,
      edgeUpdaterType: k,
      onEdgeUpdate: ne,
      onEdgeUpdateEnd: ie
    });
    return () => {
      const _ = d(v.value.source), C = d(v.value.target), D = "pathOptions" in v.value ? v.value.pathOptions : {};
      if (!_ && !C)
        return r.error(new ze(De.EDGE_SOURCE_TARGET_MISSING, v.value.id, v.value.source, v.value.target)), null;
      if (!_)
        return r.error(new ze(De.EDGE_SOURCE_MISSING, v.value.id, v.value.source)), null;
      if (!C)
        return r.error(new ze(De.EDGE_TARGET_MISSING, v.value.id, v.value.target)), null;
      if (!v.value || v.value.hidden || _.hidden || C.hidden)
        return null;
      let I;
      o.value === It.Strict ? I = _.handleBounds.source : I = [..._.handleBounds.source || [], ..._.handleBounds.target || []];
      const ee = ns(I, v.value.sourceHandle);
      let oe;
      o.value === It.Strict ? oe = C.handleBounds.target : oe = [...C.handleBounds.target || [], ...C.handleBounds.source || []];
      const re = ns(oe, v.value.targetHandle), se = ee?.position || ae.Bottom, de = re?.position || ae.Top, { x: ve, y: be } = nn(_, ee, se), { x: tt, y: Ue } = nn(C, re, de);
      return v.value.sourceX = ve, v.value.sourceY = be, v.value.targetX = tt, v.value.targetY = Ue, ke(
        "g",
        {
          ref: G,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${P.value === !1 ? "default" : v.value.type || "default"}`,
            a.value,
            S.value,
            {
              updating: R.value,
              selected: v.value.selected,
              animated: v.value.animated,
              inactive: !h.value && !m.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: p.value ? 0 : void 0,
          "aria-label": v.value.ariaLabel === null ? void 0 : v.value.ariaLabel ?? `Edge from ${v.value.source} to ${v.value.target}`,
          "aria-describedby": p.value ? `${Va}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: p.value ? "group" : "img",
          ...v.value.domAttributes,
          onClick: Z,
          onContextmenu: J,
          onDblclick: he,
          onMouseenter: we,
          onMousemove: pe,
          onMouseleave: _e,
          onKeyDown: p.value ? N : void 0
        },
        [
          U.value ? null : ke(P.value === !1 ? u.value.default : P.value, {
            id: e.id,
            sourceNode: _,
            targetNode: C,
            source: v.value.source,
            target: v.value.target,
            type: v.value.type,
            updatable: $.value,
            selected: v.value.selected,
            animated: v.value.animated,
            label: v.value.label,
            labelStyle: v.value.labelStyle,
            labelShowBg: v.value.labelShowBg,
            labelBgStyle: v.value.labelBgStyle,
            labelBgPadding: v.value.labelBgPadding,
            labelBgBorderRadius: v.value.labelBgBorderRadius,
            data: v.value.data,
            events: { ...v.value.events, ...A },
            style: M.value,
            markerStart: `url('#${Pn(v.value.markerStart, t)}')`,
            markerEnd: `url('#${Pn(v.value.markerEnd, t)}')`,
            sourcePosition: se,
            targetPosition: de,
            sourceX: ve,
            sourceY: be,
            targetX: tt,
            targetY: Ue,
            sourceHandleId: v.value.sourceHandle,
            targetHandleId: v.value.targetHandle,
            interactionWidth: v.value.interactionWidth,
            ...D
          }),
          [
            $.value === "source" || $.value === !0 ? [
              ke(
                "g",
                {
                  onMousedown: ce,
                  onMouseenter: Y,
                  onMouseout: K
                },
                ke(gs, {
                  position: se,
                  centerX: ve,
                  centerY: be,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            $.value === "target" || $.value === !0 ? [
              ke(
                "g",
                {
                  onMousedown: ge,
                  onMouseenter: Y,
                  onMouseout: K
                },
                ke(gs, {
                  position: de,
                  centerX: tt,
                  centerY: Ue,
                  radius: i.value,
                  type: "target",
                  "data-type": "target"
                })
              )
            ] : null
          ]
        ]
      );
    };
    function Y() {
      R.value = !0;
    }
    function K() {
      R.value = !1;
    }
    function ne(_, C) {
      E.update({ event: _, edge: v.value, connection: C });
    }
    function ie(_) {
      E.updateEnd({ event: _, edge: v.value }), U.value = !1;
    }
    function q(_, C) {
      _.button === 0 && (U.value = !0, X.value = C ? v.value.target : v.value.source, V.value = (C ? v.value.targetHandle : v.value.sourceHandle) ?? null, k.value = C ? "target" : "source", E.updateStart({ event: _, edge: v.value }), O(_));
    }
    function Z(_) {
      var C;
      const D = { event: _, edge: v.value };
      h.value && (s.value = !1, v.value.selected && g.value ? (l([v.value]), (C = G.value) == null || C.blur()) : n([v.value])), E.click(D);
    }
    function J(_) {
      E.contextMenu({ event: _, edge: v.value });
    }
    function he(_) {
      E.doubleClick({ event: _, edge: v.value });
    }
    function we(_) {
      E.mouseEnter({ event: _, edge: v.value });
    }
    function pe(_) {
      E.mouseMove({ event: _, edge: v.value });
    }
    function _e(_) {
      E.mouseLeave({ event: _, edge: v.value });
    }
    function ce(_) {
      q(_, !0);
    }
    function ge(_) {
      q(_, !1);
    }
    function N(_) {
      var C;
      !y.value && La.includes(_.key) && h.value && (_.key === "Escape" ? ((C = G.value) == null || C.blur(), l([c(e.id)])) : n([c(e.id)]));
    }
  }
}), cp = up, dp = Ce({
  name: "ConnectionLine",
  compatConfig: { MODE: 3 },
  setup() {
    var e;
    const {
      id: t,
      connectionMode: n,
      connectionStartHandle: o,
      connectionEndHandle: i,
      connectionPosition: r,
      connectionLineType: s,
      connectionLineStyle: a,
      connectionLineOptions: u,
      connectionStatus: l,
      viewport: c,
      findNode: d
    } = Me(), f = (e = Ot(Go)) == null ? void 0 : e["connection-line"], g = ue(() => {
      var m;
      return d((m = o.value) == null ? void 0 : m.nodeId);
    }), y = ue(() => {
      var m;
      return d((m = i.value) == null ? void 0 : m.nodeId) ?? null;
    }), w = ue(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), x = ue(
      () => u.value.markerStart ? `url(#${Pn(u.value.markerStart, t)})` : ""
    ), b = ue(
      () => u.value.markerEnd ? `url(#${Pn(u.value.markerEnd, t)})` : ""
    );
    return () => {
      var m, v, E;
      if (!g.value || !o.value)
        return null;
      const A = o.value.id, B = o.value.type, L = g.value.handleBounds;
      let R = L?.[B] ?? [];
      if (n.value === It.Loose) {
        const M = L?.[B === "source" ? "target" : "source"] ?? [];
        R = [...R, ...M];
      }
      if (!R)
        return null;
      const U = (A ? R.find((M) => M.id === A) : R[0]) ?? null, X = U?.position ?? ae.Top, { x: V, y: k } = nn(g.value, U, X);
      let G = null;
      y.value && (n.value === It.Strict ? G = ((m = y.value.handleBounds[B === "source" ? "target" : "source"]) == null ? void 0 : m.find(
        (M) => {
          var P;
          return M.id === ((P = i.value) == null ? void 0 : P.id);
        }
      )) || null : G = ((v = [...y.value.handleBounds.source ?? [], ...y.value.handleBounds.target ?? []]) == null ? void 0 : v.find(
        (M) => {
          var P;
          return M.id === ((P = i.value) == null ? void 0 : P.id);
        }
      )) || null);
      const h = ((E = i.value) == null ? void 0 : E.position) ?? (X ? Ri[X] : null);
      if (!X || !h)
        return null;
      const $ = s.value ?? u.value.type ?? Pt.Bezier;
      let p = "";
      const S = {
        sourceX: V,
        sourceY: k,
        sourcePosition: X,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: h
      };
      return $ === Pt.Bezier ? [p] = ul(S) : $ === Pt.Step ? [p] = Vi({
        ...S,
        borderRadius: 0
      }) : $ === Pt.SmoothStep ? [p] = Vi(S) : $ === Pt.SimpleBezier ? [p] = cl(S) : p = `M${V},${k} ${w.value.x},${w.value.y}`, ke(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        ke(
          "g",
          { class: "vue-flow__connection" },
          f ? ke(f, {
            sourceX: V,
            sourceY: k,
            sourcePosition: X,
            targetX: w.value.x,
            targetY: w.value.y,
            targetPosition: h,
            sourceNode: g.value,
            sourceHandle: U,
            targetNode: y.value,
            targetHandle: G,
            markerEnd: b.value,
            markerStart: x.value,
            connectionStatus: l.value
          }) : ke("path", {
            d: p,
            class: [u.value.class, l.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...u.value.style
            },
            "marker-end": b.value,
            "marker-start": x.value
          })
        )
      );
    };
  }
}), fp = dp, hp = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], gp = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, pp = /* @__PURE__ */ Ce({
  ...gp,
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
    return (t, n) => (Q(), le("marker", {
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
      t.type === W(ko).ArrowClosed ? (Q(), le("polyline", {
        key: 0,
        style: Ae({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : Se("", !0),
      t.type === W(ko).Arrow ? (Q(), le("polyline", {
        key: 1,
        style: Ae({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : Se("", !0)
    ], 8, hp));
  }
}), vp = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, mp = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, yp = /* @__PURE__ */ Ce({
  ...mp,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Me(), r = ue(() => {
      const s = /* @__PURE__ */ new Set(), a = [], u = (l) => {
        if (l) {
          const c = Pn(l, t);
          s.has(c) || (typeof l == "object" ? a.push({ ...l, id: c, color: l.color || i.value }) : a.push({ id: c, color: i.value, type: l }), s.add(c));
        }
      };
      for (const l of [o.value.markerEnd, o.value.markerStart])
        u(l);
      for (const l of n.value)
        for (const c of [l.markerStart, l.markerEnd])
          u(c);
      return a.sort((l, c) => l.id.localeCompare(c.id));
    });
    return (s, a) => (Q(), le("svg", vp, [
      Ne("defs", null, [
        (Q(!0), le(Ve, null, un(r.value, (u) => (Q(), Re(pp, {
          id: u.id,
          key: u.id,
          type: u.type,
          color: u.color,
          width: u.width,
          height: u.height,
          markerUnits: u.markerUnits,
          "stroke-width": u.strokeWidth,
          orient: u.orient
        }, null, 8, ["id", "type", "color", "width", "height", "markerUnits", "stroke-width", "orient"]))), 128))
      ])
    ]));
  }
}), wp = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, _p = /* @__PURE__ */ Ce({
  ...wp,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Me();
    return (i, r) => (Q(), le(Ve, null, [
      Be(yp),
      (Q(!0), le(Ve, null, un(W(n), (s) => (Q(), le("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ae({ zIndex: W(Bh)(s, W(t), W(o)) })
      }, [
        Be(W(cp), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      Be(W(fp))
    ], 64));
  }
}), bp = Ce({
  name: "Node",
  compatConfig: { MODE: 3 },
  props: ["id", "resizeObserver"],
  setup(e) {
    const {
      id: t,
      noPanClassName: n,
      selectNodesOnDrag: o,
      nodesSelectionActive: i,
      multiSelectionActive: r,
      emits: s,
      removeSelectedNodes: a,
      addSelectedNodes: u,
      updateNodeDimensions: l,
      onUpdateNodeInternals: c,
      getNodeTypes: d,
      nodeExtent: f,
      elevateNodesOnSelect: g,
      disableKeyboardA11y: y,
      ariaLiveMessage: w,
      snapToGrid: x,
      snapGrid: b,
      nodeDragThreshold: m,
      nodesDraggable: v,
      elementsSelectable: E,
      nodesConnectable: A,
      nodesFocusable: B,
      hooks: L
    } = Me(), R = Ie(null);
    Mt(tl, R), Mt(el, e.id);
    const U = Ot(Go), X = ln(), V = rl(), { node: k, parentNode: G } = il(e.id), { emit: h, on: $ } = og(k, s), p = xe(() => typeof k.draggable > "u" ? v.value : k.draggable), S = xe(() => typeof k.selectable > "u" ? E.value : k.selectable), M = xe(() => typeof k.connectable > "u" ? A.value : k.connectable), P = xe(() => typeof k.focusable > "u" ? B.value : k.focusable), O = ue(
      () => S.value || p.value || L.value.nodeClick.hasListeners() || L.value.nodeDoubleClick.hasListeners() || L.value.nodeMouseEnter.hasListeners() || L.value.nodeMouseMove.hasListeners() || L.value.nodeMouseLeave.hasListeners()
    ), Y = xe(() => !!k.dimensions.width && !!k.dimensions.height), K = ue(() => {
      const C = k.type || "default", D = U?.[`node-${C}`];
      if (D)
        return D;
      let I = k.template || d.value[C];
      if (typeof I == "string" && X) {
        const ee = Object.keys(X.appContext.components);
        ee && ee.includes(C) && (I = sa(C, !1));
      }
      return I && typeof I != "string" ? I : (s.error(new ze(De.NODE_TYPE_MISSING, I)), !1);
    }), ne = nl({
      id: e.id,
      el: R,
      disabled: () => !p.value,
      selectable: S,
      dragHandle: () => k.dragHandle,
      onStart(C) {
        h.dragStart(C);
      },
      onDrag(C) {
        h.drag(C);
      },
      onStop(C) {
        h.dragStop(C);
      },
      onClick(C) {
        N(C);
      }
    }), ie = ue(() => k.class instanceof Function ? k.class(k) : k.class), q = ue(() => {
      const C = (k.style instanceof Function ? k.style(k) : k.style) || {}, D = k.width instanceof Function ? k.width(k) : k.width, I = k.height instanceof Function ? k.height(k) : k.height;
      return !C.width && D && (C.width = typeof D == "string" ? D : `${D}px`), !C.height && I && (C.height = typeof I == "string" ? I : `${I}px`), C;
    }), Z = xe(() => Number(k.zIndex ?? q.value.zIndex ?? 0));
    return c((C) => {
      (C.includes(e.id) || !C.length) && he();
    }), _t(() => {
      $e(
        () => k.hidden,
        (C = !1, D, I) => {
          !C && R.value && (e.resizeObserver.observe(R.value), I(() => {
            R.value && e.resizeObserver.unobserve(R.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), $e([() => k.type, () => k.sourcePosition, () => k.targetPosition], () => {
      qe(() => {
        l([{ id: e.id, nodeElement: R.value, forceUpdate: !0 }]);
      });
    }), $e(
      [
        () => k.position.x,
        () => k.position.y,
        () => {
          var C;
          return (C = G.value) == null ? void 0 : C.computedPosition.x;
        },
        () => {
          var C;
          return (C = G.value) == null ? void 0 : C.computedPosition.y;
        },
        () => {
          var C;
          return (C = G.value) == null ? void 0 : C.computedPosition.z;
        },
        Z,
        () => k.selected,
        () => k.dimensions.height,
        () => k.dimensions.width,
        () => {
          var C;
          return (C = G.value) == null ? void 0 : C.dimensions.height;
        },
        () => {
          var C;
          return (C = G.value) == null ? void 0 : C.dimensions.width;
        }
      ],
      ([C, D, I, ee, oe, re]) => {
        const se = {
          x: C,
          y: D,
          z: re + (g.value && k.selected ? 1e3 : 0)
        };
        typeof I < "u" && typeof ee < "u" ? k.computedPosition = Oh({ x: I, y: ee, z: oe }, se) : k.computedPosition = se;
      },
      { flush: "post", immediate: !0 }
    ), $e([() => k.extent, f], ([C, D], [I, ee]) => {
      (C !== I || D !== ee) && J();
    }), k.extent === "parent" || typeof k.extent == "object" && "range" in k.extent && k.extent.range === "parent" ? ki(() => Y).toBe(!0).then(J) : J(), () => k.hidden ? null : ke(
      "div",
      {
        ref: R,
        "data-id": k.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${K.value === !1 ? "default" : k.type || "default"}`,
          {
            [n.value]: p.value,
            dragging: ne?.value,
            draggable: p.value,
            selected: k.selected,
            selectable: S.value,
            parent: k.isParent
          },
          ie.value
        ],
        style: {
          visibility: Y.value ? "visible" : "hidden",
          zIndex: k.computedPosition.z ?? Z.value,
          transform: `translate(${k.computedPosition.x}px,${k.computedPosition.y}px)`,
          pointerEvents: O.value ? "all" : "none",
          ...q.value
        },
        tabIndex: P.value ? 0 : void 0,
        role: P.value ? "group" : void 0,
        "aria-describedby": y.value ? void 0 : `${Ba}-${t}`,
        "aria-label": k.ariaLabel,
        "aria-roledescription": "node",
        ...k.domAttributes,
        onMouseenter: we,
        onMousemove: pe,
        onMouseleave: _e,
        onContextmenu: ce,
        onClick: N,
        onDblclick: ge,
        onKeydown: _
      },
      [
        ke(K.value === !1 ? d.value.default : K.value, {
          id: k.id,
          type: k.type,
          data: k.data,
          events: { ...k.events, ...$ },
          selected: k.selected,
          resizing: k.resizing,
          dragging: ne.value,
          connectable: M.value,
          position: k.computedPosition,
          dimensions: k.dimensions,
          isValidTargetPos: k.isValidTargetPos,
          isValidSourcePos: k.isValidSourcePos,
          parent: k.parentNode,
          parentNodeId: k.parentNode,
          zIndex: k.computedPosition.z ?? Z.value,
          targetPosition: k.targetPosition,
          sourcePosition: k.sourcePosition,
          label: k.label,
          dragHandle: k.dragHandle,
          onUpdateNodeInternals: he
        })
      ]
    );
    function J() {
      const C = k.computedPosition, { computedPosition: D, position: I } = ur(
        k,
        x.value ? Xo(C, b.value) : C,
        s.error,
        f.value,
        G.value
      );
      (k.computedPosition.x !== D.x || k.computedPosition.y !== D.y) && (k.computedPosition = { ...k.computedPosition, ...D }), (k.position.x !== I.x || k.position.y !== I.y) && (k.position = I);
    }
    function he() {
      R.value && l([{ id: e.id, nodeElement: R.value, forceUpdate: !0 }]);
    }
    function we(C) {
      ne?.value || h.mouseEnter({ event: C, node: k });
    }
    function pe(C) {
      ne?.value || h.mouseMove({ event: C, node: k });
    }
    function _e(C) {
      ne?.value || h.mouseLeave({ event: C, node: k });
    }
    function ce(C) {
      return h.contextMenu({ event: C, node: k });
    }
    function ge(C) {
      return h.doubleClick({ event: C, node: k });
    }
    function N(C) {
      S.value && (!o.value || !p.value || m.value > 0) && Bi(
        k,
        r.value,
        u,
        a,
        i,
        !1,
        R.value
      ), h.click({ event: C, node: k });
    }
    function _(C) {
      if (!(Ai(C) || y.value))
        if (La.includes(C.key) && S.value) {
          const D = C.key === "Escape";
          Bi(
            k,
            r.value,
            u,
            a,
            i,
            D,
            R.value
          );
        } else p.value && k.selected && jt[C.key] && (C.preventDefault(), w.value = `Moved selected node ${C.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~k.position.x}, y: ${~~k.position.y}`, V(
          {
            x: jt[C.key].x,
            y: jt[C.key].y
          },
          C.shiftKey
        ));
    }
  }
}), Ep = bp;
function xp(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Me();
  return ue(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && (n?.handleBounds === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const $p = { class: "vue-flow__nodes vue-flow__container" }, Np = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, kp = /* @__PURE__ */ Ce({
  ...Np,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Me(), i = xp(), r = Ie();
    return $e(
      i,
      (s) => {
        s && qe(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), _t(() => {
      r.value = new ResizeObserver((s) => {
        const a = s.map((u) => ({
          id: u.target.getAttribute("data-id"),
          nodeElement: u.target,
          forceUpdate: !0
        }));
        qe(() => n(a));
      });
    }), ji(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (Q(), le("div", $p, [
      r.value ? (Q(!0), le(Ve, { key: 0 }, un(W(t), (u, l, c, d) => {
        const f = [u.id];
        if (d && d.key === u.id && vu(d, f))
          return d;
        const g = (Q(), Re(W(Ep), {
          id: u.id,
          key: u.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return g.memo = f, g;
      }, a, 0), 128)) : Se("", !0)
    ]));
  }
});
function Sp() {
  const { emits: e } = Me();
  _t(() => {
    if (Ja()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new ze(De.MISSING_STYLES));
    }
  });
}
const Cp = /* @__PURE__ */ Ne("div", { class: "vue-flow__edge-labels" }, null, -1), Mp = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Ip = /* @__PURE__ */ Ce({
  ...Mp,
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
    const o = e, i = ra(), r = oi(o, "modelValue", n), s = oi(o, "nodes", n), a = oi(o, "edges", n), u = Me(o), l = ag({ modelValue: r, nodes: s, edges: a }, o, u);
    return ug(n, u.hooks), sp(), Sp(), Mt(Go, i), hu(l), t(u), (c, d) => (Q(), le("div", {
      ref: W(u).vueFlowRef,
      class: "vue-flow"
    }, [
      Be(ep, null, {
        default: rt(() => [
          Be(_p),
          Cp,
          Be(kp),
          Te(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Te(c.$slots, "default"),
      Be(rp)
    ], 512));
  }
}), Tp = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, fl = /* @__PURE__ */ Ce({
  ...Tp,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Me(), o = ue(() => `${t.position}`.split("-"));
    return (i, r) => (Q(), le("div", {
      class: Ye(["vue-flow__panel", o.value]),
      style: Ae({ pointerEvents: W(n) ? "none" : "all" })
    }, [
      Te(i.$slots, "default")
    ], 6));
  }
});
var vt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(vt || {});
const hl = function({ dimensions: e, size: t, color: n }) {
  return ke("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, gl = function({ radius: e, color: t }) {
  return ke("circle", { cx: e, cy: e, r: e, fill: t });
};
vt.Lines + "", vt.Dots + "";
const Op = {
  [vt.Dots]: "#81818a",
  [vt.Lines]: "#eee"
}, Dp = ["id", "x", "y", "width", "height", "patternTransform"], Pp = {
  key: 2,
  height: "100",
  width: "100"
}, Ap = ["fill"], zp = ["x", "y", "fill"], Rp = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, Bp = /* @__PURE__ */ Ce({
  ...Rp,
  props: {
    id: {},
    variant: { default: () => vt.Dots },
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
    const { id: t, viewport: n } = Me(), o = ue(() => {
      const s = n.value.zoom, [a, u] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], l = [a * s || 1, u * s || 1], c = e.size * s, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], g = [d * s || 1 + l[0] / 2, f * s || 1 + l[1] / 2];
      return {
        scaledGap: l,
        offset: g,
        size: c
      };
    }), i = xe(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = xe(() => e.color || e.patternColor || Op[e.variant || vt.Dots]);
    return (s, a) => (Q(), le("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Ae({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Te(s.$slots, "pattern-container", { id: i.value }, () => [
        Ne("pattern", {
          id: i.value,
          x: W(n).x % o.value.scaledGap[0],
          y: W(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Te(s.$slots, "pattern", {}, () => [
            s.variant === W(vt).Lines ? (Q(), Re(W(hl), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === W(vt).Dots ? (Q(), Re(W(gl), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : Se("", !0),
            s.bgColor ? (Q(), le("svg", Pp, [
              Ne("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Ap)
            ])) : Se("", !0)
          ])
        ], 8, Dp)
      ]),
      Ne("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, zp),
      Te(s.$slots, "default", { id: i.value })
    ], 4));
  }
}), Vp = {
  name: "ControlButton",
  compatConfig: { MODE: 3 }
}, Lp = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [o, i] of t)
    n[o] = i;
  return n;
}, Hp = {
  type: "button",
  class: "vue-flow__controls-button"
};
function Fp(e, t, n, o, i, r) {
  return Q(), le("button", Hp, [
    Te(e.$slots, "default")
  ]);
}
const no = /* @__PURE__ */ Lp(Vp, [["render", Fp]]), Yp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 32"
}, Xp = /* @__PURE__ */ Ne("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" }, null, -1), Gp = [
  Xp
];
function Up(e, t) {
  return Q(), le("svg", Yp, Gp);
}
const qp = { render: Up }, Wp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 5"
}, Kp = /* @__PURE__ */ Ne("path", { d: "M0 0h32v4.2H0z" }, null, -1), Zp = [
  Kp
];
function jp(e, t) {
  return Q(), le("svg", Wp, Zp);
}
const Qp = { render: jp }, Jp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 30"
}, ev = /* @__PURE__ */ Ne("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0 0 27.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94a.919.919 0 0 1-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" }, null, -1), tv = [
  ev
];
function nv(e, t) {
  return Q(), le("svg", Jp, tv);
}
const ov = { render: nv }, iv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, rv = /* @__PURE__ */ Ne("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" }, null, -1), sv = [
  rv
];
function av(e, t) {
  return Q(), le("svg", iv, sv);
}
const lv = { render: av }, uv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, cv = /* @__PURE__ */ Ne("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047z" }, null, -1), dv = [
  cv
];
function fv(e, t) {
  return Q(), le("svg", uv, dv);
}
const hv = { render: fv }, gv = {
  name: "Controls",
  compatConfig: { MODE: 3 }
}, pv = /* @__PURE__ */ Ce({
  ...gv,
  props: {
    showZoom: { type: Boolean, default: !0 },
    showFitView: { type: Boolean, default: !0 },
    showInteractive: { type: Boolean, default: !0 },
    fitViewParams: {},
    position: { default: () => Ra.BottomLeft }
  },
  emits: ["zoomIn", "zoomOut", "fitView", "interactionChange"],
  setup(e, { emit: t }) {
    const {
      nodesDraggable: n,
      nodesConnectable: o,
      elementsSelectable: i,
      setInteractive: r,
      zoomIn: s,
      zoomOut: a,
      fitView: u,
      viewport: l,
      minZoom: c,
      maxZoom: d
    } = Me(), f = xe(() => n.value || o.value || i.value), g = xe(() => l.value.zoom <= c.value), y = xe(() => l.value.zoom >= d.value);
    function w() {
      s(), t("zoomIn");
    }
    function x() {
      a(), t("zoomOut");
    }
    function b() {
      u(e.fitViewParams), t("fitView");
    }
    function m() {
      r(!f.value), t("interactionChange", !f.value);
    }
    return (v, E) => (Q(), Re(W(fl), {
      class: "vue-flow__controls",
      position: v.position
    }, {
      default: rt(() => [
        Te(v.$slots, "top"),
        v.showZoom ? (Q(), le(Ve, { key: 0 }, [
          Te(v.$slots, "control-zoom-in", {}, () => [
            Be(no, {
              class: "vue-flow__controls-zoomin",
              disabled: y.value,
              onClick: w
            }, {
              default: rt(() => [
                Te(v.$slots, "icon-zoom-in", {}, () => [
                  (Q(), Re(Dt(W(qp))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ]),
          Te(v.$slots, "control-zoom-out", {}, () => [
            Be(no, {
              class: "vue-flow__controls-zoomout",
              disabled: g.value,
              onClick: x
            }, {
              default: rt(() => [
                Te(v.$slots, "icon-zoom-out", {}, () => [
                  (Q(), Re(Dt(W(Qp))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ])
        ], 64)) : Se("", !0),
        v.showFitView ? Te(v.$slots, "control-fit-view", { key: 1 }, () => [
          Be(no, {
            class: "vue-flow__controls-fitview",
            onClick: b
          }, {
            default: rt(() => [
              Te(v.$slots, "icon-fit-view", {}, () => [
                (Q(), Re(Dt(W(ov))))
              ])
            ]),
            _: 3
          })
        ]) : Se("", !0),
        v.showInteractive ? Te(v.$slots, "control-interactive", { key: 2 }, () => [
          v.showInteractive ? (Q(), Re(no, {
            key: 0,
            class: "vue-flow__controls-interactive",
            onClick: m
          }, {
            default: rt(() => [
              f.value ? Te(v.$slots, "icon-unlock", { key: 0 }, () => [
                (Q(), Re(Dt(W(hv))))
              ]) : Se("", !0),
              f.value ? Se("", !0) : Te(v.$slots, "icon-lock", { key: 1 }, () => [
                (Q(), Re(Dt(W(lv))))
              ])
            ]),
            _: 3
          })) : Se("", !0)
        ]) : Se("", !0),
        Te(v.$slots, "default")
      ]),
      _: 3
    }, 8, ["position"]));
  }
});
var vv = { value: () => {
} };
function fr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new go(n);
}
function go(e) {
  this._ = e;
}
function mv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
go.prototype = fr.prototype = {
  constructor: go,
  on: function(e, t) {
    var n = this._, o = mv(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = yv(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = ps(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = ps(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new go(e);
  },
  call: function(e, t) {
    if ((i = arguments.length - 2) > 0) for (var n = new Array(i), o = 0, i, r; o < i; ++o) n[o] = arguments[o + 2];
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (r = this._[e], o = 0, i = r.length; o < i; ++o) r[o].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (var o = this._[e], i = 0, r = o.length; i < r; ++i) o[i].value.apply(t, n);
  }
};
function yv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ps(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = vv, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Li = "http://www.w3.org/1999/xhtml";
const vs = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Li,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Zo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), vs.hasOwnProperty(t) ? { space: vs[t], local: e } : e;
}
function wv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Li && t.documentElement.namespaceURI === Li ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function _v(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function pl(e) {
  var t = Zo(e);
  return (t.local ? _v : wv)(t);
}
function bv() {
}
function hr(e) {
  return e == null ? bv : function() {
    return this.querySelector(e);
  };
}
function Ev(e) {
  typeof e != "function" && (e = hr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new Ge(o, this._parents);
}
function xv(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function $v() {
  return [];
}
function vl(e) {
  return e == null ? $v : function() {
    return this.querySelectorAll(e);
  };
}
function Nv(e) {
  return function() {
    return xv(e.apply(this, arguments));
  };
}
function kv(e) {
  typeof e == "function" ? e = Nv(e) : e = vl(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new Ge(o, i);
}
function ml(e) {
  return function() {
    return this.matches(e);
  };
}
function yl(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Sv = Array.prototype.find;
function Cv(e) {
  return function() {
    return Sv.call(this.children, e);
  };
}
function Mv() {
  return this.firstElementChild;
}
function Iv(e) {
  return this.select(e == null ? Mv : Cv(typeof e == "function" ? e : yl(e)));
}
var Tv = Array.prototype.filter;
function Ov() {
  return Array.from(this.children);
}
function Dv(e) {
  return function() {
    return Tv.call(this.children, e);
  };
}
function Pv(e) {
  return this.selectAll(e == null ? Ov : Dv(typeof e == "function" ? e : yl(e)));
}
function Av(e) {
  typeof e != "function" && (e = ml(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new Ge(o, this._parents);
}
function wl(e) {
  return new Array(e.length);
}
function zv() {
  return new Ge(this._enter || this._groups.map(wl), this._parents);
}
function Io(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Io.prototype = {
  constructor: Io,
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
function Rv(e) {
  return function() {
    return e;
  };
}
function Bv(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Io(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function Vv(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = g = s.call(u, u.__data__, a, t) + "", l.has(g) ? i[a] = u : l.set(g, u));
  for (a = 0; a < d; ++a)
    g = s.call(e, r[a], a, r) + "", (u = l.get(g)) ? (o[a] = u, u.__data__ = r[a], l.delete(g)) : n[a] = new Io(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function Lv(e) {
  return e.__data__;
}
function Hv(e, t) {
  if (!arguments.length) return Array.from(this, Lv);
  var n = t ? Vv : Bv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Rv(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, g = Fv(e.call(c, c && c.__data__, l, o)), y = g.length, w = a[l] = new Array(y), x = s[l] = new Array(y), b = u[l] = new Array(f);
    n(c, d, w, x, b, g, t);
    for (var m = 0, v = 0, E, A; m < y; ++m)
      if (E = w[m]) {
        for (m >= v && (v = m + 1); !(A = x[v]) && ++v < y; ) ;
        E._next = A || null;
      }
  }
  return s = new Ge(s, o), s._enter = a, s._exit = u, s;
}
function Fv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Yv() {
  return new Ge(this._exit || this._groups.map(wl), this._parents);
}
function Xv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Gv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), g, y = 0; y < d; ++y)
      (g = l[y] || c[y]) && (f[y] = g);
  for (; u < i; ++u)
    a[u] = n[u];
  return new Ge(a, this._parents);
}
function Uv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function qv(e) {
  e || (e = Wv);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, u = i[r] = new Array(a), l, c = 0; c < a; ++c)
      (l = s[c]) && (u[c] = l);
    u.sort(t);
  }
  return new Ge(i, this._parents).order();
}
function Wv(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Kv() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Zv() {
  return Array.from(this);
}
function jv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function Qv() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Jv() {
  return !this.node();
}
function em(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function tm(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function nm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function om(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function im(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function rm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function sm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function am(e, t) {
  var n = Zo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? nm : tm : typeof t == "function" ? n.local ? sm : rm : n.local ? im : om)(n, t));
}
function _l(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function lm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function um(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function cm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function dm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? lm : typeof t == "function" ? cm : um)(e, t, n ?? "")) : rn(this.node(), e);
}
function rn(e, t) {
  return e.style.getPropertyValue(t) || _l(e).getComputedStyle(e, null).getPropertyValue(t);
}
function fm(e) {
  return function() {
    delete this[e];
  };
}
function hm(e, t) {
  return function() {
    this[e] = t;
  };
}
function gm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function pm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? fm : typeof t == "function" ? gm : hm)(e, t)) : this.node()[e];
}
function bl(e) {
  return e.trim().split(/^|\s+/);
}
function gr(e) {
  return e.classList || new El(e);
}
function El(e) {
  this._node = e, this._names = bl(e.getAttribute("class") || "");
}
El.prototype = {
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
function xl(e, t) {
  for (var n = gr(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function $l(e, t) {
  for (var n = gr(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function vm(e) {
  return function() {
    xl(this, e);
  };
}
function mm(e) {
  return function() {
    $l(this, e);
  };
}
function ym(e, t) {
  return function() {
    (t.apply(this, arguments) ? xl : $l)(this, e);
  };
}
function wm(e, t) {
  var n = bl(e + "");
  if (arguments.length < 2) {
    for (var o = gr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? ym : t ? vm : mm)(n, t));
}
function _m() {
  this.textContent = "";
}
function bm(e) {
  return function() {
    this.textContent = e;
  };
}
function Em(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function xm(e) {
  return arguments.length ? this.each(e == null ? _m : (typeof e == "function" ? Em : bm)(e)) : this.node().textContent;
}
function $m() {
  this.innerHTML = "";
}
function Nm(e) {
  return function() {
    this.innerHTML = e;
  };
}
function km(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Sm(e) {
  return arguments.length ? this.each(e == null ? $m : (typeof e == "function" ? km : Nm)(e)) : this.node().innerHTML;
}
function Cm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Mm() {
  return this.each(Cm);
}
function Im() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Tm() {
  return this.each(Im);
}
function Om(e) {
  var t = typeof e == "function" ? e : pl(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Dm() {
  return null;
}
function Pm(e, t) {
  var n = typeof e == "function" ? e : pl(e), o = t == null ? Dm : typeof t == "function" ? t : hr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Am() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function zm() {
  return this.each(Am);
}
function Rm() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Bm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Vm(e) {
  return this.select(e ? Bm : Rm);
}
function Lm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Hm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Fm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Ym(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Xm(e, t, n) {
  return function() {
    var o = this.__on, i, r = Hm(t);
    if (o) {
      for (var s = 0, a = o.length; s < a; ++s)
        if ((i = o[s]).type === e.type && i.name === e.name) {
          this.removeEventListener(i.type, i.listener, i.options), this.addEventListener(i.type, i.listener = r, i.options = n), i.value = t;
          return;
        }
    }
    this.addEventListener(e.type, r, n), i = { type: e.type, name: e.name, value: t, listener: r, options: n }, o ? o.push(i) : this.__on = [i];
  };
}
function Gm(e, t, n) {
  var o = Fm(e + ""), i, r = o.length, s;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var u = 0, l = a.length, c; u < l; ++u)
        for (i = 0, c = a[u]; i < r; ++i)
          if ((s = o[i]).type === c.type && s.name === c.name)
            return c.value;
    }
    return;
  }
  for (a = t ? Xm : Ym, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function Nl(e, t, n) {
  var o = _l(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Um(e, t) {
  return function() {
    return Nl(this, e, t);
  };
}
function qm(e, t) {
  return function() {
    return Nl(this, e, t.apply(this, arguments));
  };
}
function Wm(e, t) {
  return this.each((typeof t == "function" ? qm : Um)(e, t));
}
function* Km() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var kl = [null];
function Ge(e, t) {
  this._groups = e, this._parents = t;
}
function Xn() {
  return new Ge([[document.documentElement]], kl);
}
function Zm() {
  return this;
}
Ge.prototype = Xn.prototype = {
  constructor: Ge,
  select: Ev,
  selectAll: kv,
  selectChild: Iv,
  selectChildren: Pv,
  filter: Av,
  data: Hv,
  enter: zv,
  exit: Yv,
  join: Xv,
  merge: Gv,
  selection: Zm,
  order: Uv,
  sort: qv,
  call: Kv,
  nodes: Zv,
  node: jv,
  size: Qv,
  empty: Jv,
  each: em,
  attr: am,
  style: dm,
  property: pm,
  classed: wm,
  text: xm,
  html: Sm,
  raise: Mm,
  lower: Tm,
  append: Om,
  insert: Pm,
  remove: zm,
  clone: Vm,
  datum: Lm,
  on: Gm,
  dispatch: Wm,
  [Symbol.iterator]: Km
};
function St(e) {
  return typeof e == "string" ? new Ge([[document.querySelector(e)]], [document.documentElement]) : new Ge([[e]], kl);
}
function jm(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function $t(e, t) {
  if (e = jm(e), t === void 0 && (t = e.currentTarget), t) {
    var n = t.ownerSVGElement || t;
    if (n.createSVGPoint) {
      var o = n.createSVGPoint();
      return o.x = e.clientX, o.y = e.clientY, o = o.matrixTransform(t.getScreenCTM().inverse()), [o.x, o.y];
    }
    if (t.getBoundingClientRect) {
      var i = t.getBoundingClientRect();
      return [e.clientX - i.left - t.clientLeft, e.clientY - i.top - t.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
const Hi = { capture: !0, passive: !1 };
function Fi(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Qm(e) {
  var t = e.document.documentElement, n = St(e).on("dragstart.drag", Fi, Hi);
  "onselectstart" in t ? n.on("selectstart.drag", Fi, Hi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Jm(e, t) {
  var n = e.document.documentElement, o = St(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Fi, Hi), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function pr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Sl(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t) n[o] = t[o];
  return n;
}
function Gn() {
}
var zn = 0.7, To = 1 / zn, Qt = "\\s*([+-]?\\d+)\\s*", Rn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ut = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", e0 = /^#([0-9a-f]{3,8})$/, t0 = new RegExp(`^rgb\\(${Qt},${Qt},${Qt}\\)$`), n0 = new RegExp(`^rgb\\(${ut},${ut},${ut}\\)$`), o0 = new RegExp(`^rgba\\(${Qt},${Qt},${Qt},${Rn}\\)$`), i0 = new RegExp(`^rgba\\(${ut},${ut},${ut},${Rn}\\)$`), r0 = new RegExp(`^hsl\\(${Rn},${ut},${ut}\\)$`), s0 = new RegExp(`^hsla\\(${Rn},${ut},${ut},${Rn}\\)$`), ms = {
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
pr(Gn, Bn, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: ys,
  // Deprecated! Use color.formatHex.
  formatHex: ys,
  formatHex8: a0,
  formatHsl: l0,
  formatRgb: ws,
  toString: ws
});
function ys() {
  return this.rgb().formatHex();
}
function a0() {
  return this.rgb().formatHex8();
}
function l0() {
  return Cl(this).formatHsl();
}
function ws() {
  return this.rgb().formatRgb();
}
function Bn(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = e0.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? _s(t) : n === 3 ? new He(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? oo(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? oo(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = t0.exec(e)) ? new He(t[1], t[2], t[3], 1) : (t = n0.exec(e)) ? new He(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = o0.exec(e)) ? oo(t[1], t[2], t[3], t[4]) : (t = i0.exec(e)) ? oo(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = r0.exec(e)) ? xs(t[1], t[2] / 100, t[3] / 100, 1) : (t = s0.exec(e)) ? xs(t[1], t[2] / 100, t[3] / 100, t[4]) : ms.hasOwnProperty(e) ? _s(ms[e]) : e === "transparent" ? new He(NaN, NaN, NaN, 0) : null;
}
function _s(e) {
  return new He(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function oo(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new He(e, t, n, o);
}
function u0(e) {
  return e instanceof Gn || (e = Bn(e)), e ? (e = e.rgb(), new He(e.r, e.g, e.b, e.opacity)) : new He();
}
function Yi(e, t, n, o) {
  return arguments.length === 1 ? u0(e) : new He(e, t, n, o ?? 1);
}
function He(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
pr(He, Yi, Sl(Gn, {
  brighter(e) {
    return e = e == null ? To : Math.pow(To, e), new He(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? zn : Math.pow(zn, e), new He(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new He(Ht(this.r), Ht(this.g), Ht(this.b), Oo(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: bs,
  // Deprecated! Use color.formatHex.
  formatHex: bs,
  formatHex8: c0,
  formatRgb: Es,
  toString: Es
}));
function bs() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}`;
}
function c0() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}${Bt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Es() {
  const e = Oo(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Ht(this.r)}, ${Ht(this.g)}, ${Ht(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Oo(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Ht(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Bt(e) {
  return e = Ht(e), (e < 16 ? "0" : "") + e.toString(16);
}
function xs(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new je(e, t, n, o);
}
function Cl(e) {
  if (e instanceof je) return new je(e.h, e.s, e.l, e.opacity);
  if (e instanceof Gn || (e = Bn(e)), !e) return new je();
  if (e instanceof je) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new je(s, a, u, e.opacity);
}
function d0(e, t, n, o) {
  return arguments.length === 1 ? Cl(e) : new je(e, t, n, o ?? 1);
}
function je(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
pr(je, d0, Sl(Gn, {
  brighter(e) {
    return e = e == null ? To : Math.pow(To, e), new je(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? zn : Math.pow(zn, e), new je(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new He(
      gi(e >= 240 ? e - 240 : e + 120, i, o),
      gi(e, i, o),
      gi(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new je($s(this.h), io(this.s), io(this.l), Oo(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Oo(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${$s(this.h)}, ${io(this.s) * 100}%, ${io(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function $s(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function io(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function gi(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Ml = (e) => () => e;
function f0(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function h0(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function g0(e) {
  return (e = +e) == 1 ? Il : function(t, n) {
    return n - t ? h0(t, n, e) : Ml(isNaN(t) ? n : t);
  };
}
function Il(e, t) {
  var n = t - e;
  return n ? f0(e, n) : Ml(isNaN(e) ? t : e);
}
const Ns = (function e(t) {
  var n = g0(t);
  function o(i, r) {
    var s = n((i = Yi(i)).r, (r = Yi(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Il(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function kt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
var Xi = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, pi = new RegExp(Xi.source, "g");
function p0(e) {
  return function() {
    return e;
  };
}
function v0(e) {
  return function(t) {
    return e(t) + "";
  };
}
function m0(e, t) {
  var n = Xi.lastIndex = pi.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Xi.exec(e)) && (i = pi.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: kt(o, i) })), n = pi.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? v0(u[0].x) : p0(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c) a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
var ks = 180 / Math.PI, Gi = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Tl(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * ks,
    skewX: Math.atan(u) * ks,
    scaleX: s,
    scaleY: a
  };
}
var ro;
function y0(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Gi : Tl(t.a, t.b, t.c, t.d, t.e, t.f);
}
function w0(e) {
  return e == null || (ro || (ro = document.createElementNS("http://www.w3.org/2000/svg", "g")), ro.setAttribute("transform", e), !(e = ro.transform.baseVal.consolidate())) ? Gi : (e = e.matrix, Tl(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Ol(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push("translate(", null, t, null, n);
      y.push({ i: w - 4, x: kt(l, d) }, { i: w - 2, x: kt(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: kt(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: kt(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push(i(g) + "scale(", null, ",", null, ")");
      y.push({ i: w - 4, x: kt(l, d) }, { i: w - 2, x: kt(c, f) });
    } else (d !== 1 || f !== 1) && g.push(i(g) + "scale(" + d + "," + f + ")");
  }
  return function(l, c) {
    var d = [], f = [];
    return l = e(l), c = e(c), r(l.translateX, l.translateY, c.translateX, c.translateY, d, f), s(l.rotate, c.rotate, d, f), a(l.skewX, c.skewX, d, f), u(l.scaleX, l.scaleY, c.scaleX, c.scaleY, d, f), l = c = null, function(g) {
      for (var y = -1, w = f.length, x; ++y < w; ) d[(x = f[y]).i] = x.x(g);
      return d.join("");
    };
  };
}
var _0 = Ol(y0, "px, ", "px)", "deg)"), b0 = Ol(w0, ", ", ")", ")"), E0 = 1e-12;
function Ss(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function x0(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function $0(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const N0 = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], g = c - a, y = d - u, w = g * g + y * y, x, b;
    if (w < E0)
      b = Math.log(f / l) / t, x = function(L) {
        return [
          a + L * g,
          u + L * y,
          l * Math.exp(t * L * b)
        ];
      };
    else {
      var m = Math.sqrt(w), v = (f * f - l * l + o * w) / (2 * l * n * m), E = (f * f - l * l - o * w) / (2 * f * n * m), A = Math.log(Math.sqrt(v * v + 1) - v), B = Math.log(Math.sqrt(E * E + 1) - E);
      b = (B - A) / t, x = function(L) {
        var R = L * b, U = Ss(A), X = l / (n * m) * (U * $0(t * R + A) - x0(A));
        return [
          a + X * g,
          u + X * y,
          l * U / Ss(t * R + A)
        ];
      };
    }
    return x.duration = b * 1e3 * t / Math.SQRT2, x;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, u = a * a;
    return e(s, a, u);
  }, i;
})(Math.SQRT2, 2, 4);
var sn = 0, wn = 0, gn = 0, Dl = 1e3, Do, _n, Po = 0, Gt = 0, jo = 0, Vn = typeof performance == "object" && performance.now ? performance : Date, Pl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function vr() {
  return Gt || (Pl(k0), Gt = Vn.now() + jo);
}
function k0() {
  Gt = 0;
}
function Ao() {
  this._call = this._time = this._next = null;
}
Ao.prototype = Al.prototype = {
  constructor: Ao,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? vr() : +n) + (t == null ? 0 : +t), !this._next && _n !== this && (_n ? _n._next = this : Do = this, _n = this), this._call = e, this._time = n, Ui();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ui());
  }
};
function Al(e, t, n) {
  var o = new Ao();
  return o.restart(e, t, n), o;
}
function S0() {
  vr(), ++sn;
  for (var e = Do, t; e; )
    (t = Gt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --sn;
}
function Cs() {
  Gt = (Po = Vn.now()) + jo, sn = wn = 0;
  try {
    S0();
  } finally {
    sn = 0, M0(), Gt = 0;
  }
}
function C0() {
  var e = Vn.now(), t = e - Po;
  t > Dl && (jo -= t, Po = e);
}
function M0() {
  for (var e, t = Do, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Do = n);
  _n = e, Ui(o);
}
function Ui(e) {
  if (!sn) {
    wn && (wn = clearTimeout(wn));
    var t = e - Gt;
    t > 24 ? (e < 1 / 0 && (wn = setTimeout(Cs, e - Vn.now() - jo)), gn && (gn = clearInterval(gn))) : (gn || (Po = Vn.now(), gn = setInterval(C0, Dl)), sn = 1, Pl(Cs));
  }
}
function Ms(e, t, n) {
  var o = new Ao();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var I0 = fr("start", "end", "cancel", "interrupt"), T0 = [], zl = 0, Is = 1, qi = 2, po = 3, Ts = 4, Wi = 5, vo = 6;
function Qo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  O0(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: I0,
    tween: T0,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: zl
  });
}
function mr(e, t) {
  var n = Je(e, t);
  if (n.state > zl) throw new Error("too late; already scheduled");
  return n;
}
function dt(e, t) {
  var n = Je(e, t);
  if (n.state > po) throw new Error("too late; already running");
  return n;
}
function Je(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function O0(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Al(r, 0, n.time);
  function r(l) {
    n.state = Is, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, g;
    if (n.state !== Is) return u();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === po) return Ms(s);
        g.state === Ts ? (g.state = vo, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = vo, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (Ms(function() {
      n.state === po && (n.state = Ts, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = qi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === qi) {
      for (n.state = po, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = g);
      i.length = d + 1;
    }
  }
  function a(l) {
    for (var c = l < n.duration ? n.ease.call(null, l / n.duration) : (n.timer.restart(u), n.state = Wi, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Wi && (n.on.call("end", e, e.__data__, n.index, n.group), u());
  }
  function u() {
    n.state = vo, n.timer.stop(), delete o[t];
    for (var l in o) return;
    delete e.__transition;
  }
}
function mo(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > qi && o.state < Wi, o.state = vo, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function D0(e) {
  return this.each(function() {
    mo(this, e);
  });
}
function P0(e, t) {
  var n, o;
  return function() {
    var i = dt(this, e), r = i.tween;
    if (r !== n) {
      o = n = r;
      for (var s = 0, a = o.length; s < a; ++s)
        if (o[s].name === t) {
          o = o.slice(), o.splice(s, 1);
          break;
        }
    }
    i.tween = o;
  };
}
function A0(e, t, n) {
  var o, i;
  if (typeof n != "function") throw new Error();
  return function() {
    var r = dt(this, e), s = r.tween;
    if (s !== o) {
      i = (o = s).slice();
      for (var a = { name: t, value: n }, u = 0, l = i.length; u < l; ++u)
        if (i[u].name === t) {
          i[u] = a;
          break;
        }
      u === l && i.push(a);
    }
    r.tween = i;
  };
}
function z0(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Je(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? P0 : A0)(n, e, t));
}
function yr(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = dt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Je(i, o).value[t];
  };
}
function Rl(e, t) {
  var n;
  return (typeof t == "number" ? kt : t instanceof Bn ? Ns : (n = Bn(t)) ? (t = n, Ns) : m0)(e, t);
}
function R0(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function B0(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function V0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function L0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function H0(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function F0(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Y0(e, t) {
  var n = Zo(e), o = n === "transform" ? b0 : Rl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? F0 : H0)(n, o, yr(this, "attr." + e, t)) : t == null ? (n.local ? B0 : R0)(n) : (n.local ? L0 : V0)(n, o, t));
}
function X0(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function G0(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function U0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && G0(e, r)), n;
  }
  return i._value = t, i;
}
function q0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && X0(e, r)), n;
  }
  return i._value = t, i;
}
function W0(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = Zo(e);
  return this.tween(n, (o.local ? U0 : q0)(o, t));
}
function K0(e, t) {
  return function() {
    mr(this, e).delay = +t.apply(this, arguments);
  };
}
function Z0(e, t) {
  return t = +t, function() {
    mr(this, e).delay = t;
  };
}
function j0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? K0 : Z0)(t, e)) : Je(this.node(), t).delay;
}
function Q0(e, t) {
  return function() {
    dt(this, e).duration = +t.apply(this, arguments);
  };
}
function J0(e, t) {
  return t = +t, function() {
    dt(this, e).duration = t;
  };
}
function ey(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Q0 : J0)(t, e)) : Je(this.node(), t).duration;
}
function ty(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    dt(this, e).ease = t;
  };
}
function ny(e) {
  var t = this._id;
  return arguments.length ? this.each(ty(t, e)) : Je(this.node(), t).ease;
}
function oy(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    dt(this, e).ease = n;
  };
}
function iy(e) {
  if (typeof e != "function") throw new Error();
  return this.each(oy(this._id, e));
}
function ry(e) {
  typeof e != "function" && (e = ml(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new wt(o, this._parents, this._name, this._id);
}
function sy(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = u[g] || l[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new wt(s, this._parents, this._name, this._id);
}
function ay(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function ly(e, t, n) {
  var o, i, r = ay(t) ? mr : dt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function uy(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Je(this.node(), n).on.on(e) : this.each(ly(n, e, t));
}
function cy(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function dy() {
  return this.on("end.remove", cy(this._id));
}
function fy(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = hr(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Qo(l[f], t, n, f, l, Je(c, n)));
  return new wt(r, this._parents, t, n);
}
function hy(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = vl(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), g, y = Je(c, n), w = 0, x = f.length; w < x; ++w)
          (g = f[w]) && Qo(g, t, n, w, f, y);
        r.push(f), s.push(c);
      }
  return new wt(r, s, t, n);
}
var gy = Xn.prototype.constructor;
function py() {
  return new gy(this._groups, this._parents);
}
function vy(e, t) {
  var n, o, i;
  return function() {
    var r = rn(this, e), s = (this.style.removeProperty(e), rn(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Bl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function my(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = rn(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function yy(e, t, n) {
  var o, i, r;
  return function() {
    var s = rn(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), rn(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function wy(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = dt(this, e), l = u.on, c = u.value[r] == null ? a || (a = Bl(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function _y(e, t, n) {
  var o = (e += "") == "transform" ? _0 : Rl;
  return t == null ? this.styleTween(e, vy(e, o)).on("end.style." + e, Bl(e)) : typeof t == "function" ? this.styleTween(e, yy(e, o, yr(this, "style." + e, t))).each(wy(this._id, e)) : this.styleTween(e, my(e, o, t), n).on("end.style." + e, null);
}
function by(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Ey(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && by(e, s, n)), o;
  }
  return r._value = t, r;
}
function xy(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, Ey(e, t, n ?? ""));
}
function $y(e) {
  return function() {
    this.textContent = e;
  };
}
function Ny(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function ky(e) {
  return this.tween("text", typeof e == "function" ? Ny(yr(this, "text", e)) : $y(e == null ? "" : e + ""));
}
function Sy(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function Cy(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && Sy(i)), t;
  }
  return o._value = e, o;
}
function My(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, Cy(e));
}
function Iy() {
  for (var e = this._name, t = this._id, n = Vl(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = Je(u, t);
        Qo(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new wt(o, this._parents, e, n);
}
function Ty() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, u = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var l = dt(this, o), c = l.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(u)), l.on = t;
    }), i === 0 && r();
  });
}
var Oy = 0;
function wt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Vl() {
  return ++Oy;
}
var ht = Xn.prototype;
wt.prototype = {
  constructor: wt,
  select: fy,
  selectAll: hy,
  selectChild: ht.selectChild,
  selectChildren: ht.selectChildren,
  filter: ry,
  merge: sy,
  selection: py,
  transition: Iy,
  call: ht.call,
  nodes: ht.nodes,
  node: ht.node,
  size: ht.size,
  empty: ht.empty,
  each: ht.each,
  on: uy,
  attr: Y0,
  attrTween: W0,
  style: _y,
  styleTween: xy,
  text: ky,
  textTween: My,
  remove: dy,
  tween: z0,
  delay: j0,
  duration: ey,
  ease: ny,
  easeVarying: iy,
  end: Ty,
  [Symbol.iterator]: ht[Symbol.iterator]
};
function Dy(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Py = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Dy
};
function Ay(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function zy(e) {
  var t, n;
  e instanceof wt ? (t = e._id, e = e._name) : (t = Vl(), (n = Py).time = vr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Qo(u, e, t, l, s, n || Ay(u, t));
  return new wt(o, this._parents, e, t);
}
Xn.prototype.interrupt = D0;
Xn.prototype.transition = zy;
const so = (e) => () => e;
function Ry(e, {
  sourceEvent: t,
  target: n,
  transform: o,
  dispatch: i
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    target: { value: n, enumerable: !0, configurable: !0 },
    transform: { value: o, enumerable: !0, configurable: !0 },
    _: { value: i }
  });
}
function mt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
mt.prototype = {
  constructor: mt,
  scale: function(e) {
    return e === 1 ? this : new mt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new mt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var wr = new mt(1, 0, 0);
mt.prototype;
function vi(e) {
  e.stopImmediatePropagation();
}
function pn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function By(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Vy() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Os() {
  return this.__zoom || wr;
}
function Ly(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Hy() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Fy(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Yy() {
  var e = By, t = Vy, n = Fy, o = Ly, i = Hy, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = N0, l = fr("start", "zoom", "end"), c, d, f, g = 500, y = 150, w = 0, x = 10;
  function b(h) {
    h.property("__zoom", Os).on("wheel.zoom", R, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", X).filter(i).on("touchstart.zoom", V).on("touchmove.zoom", k).on("touchend.zoom touchcancel.zoom", G).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  b.transform = function(h, $, p, S) {
    var M = h.selection ? h.selection() : h;
    M.property("__zoom", Os), h !== M ? A(h, $, p, S) : M.interrupt().each(function() {
      B(this, arguments).event(S).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, b.scaleBy = function(h, $, p, S) {
    b.scaleTo(h, function() {
      var M = this.__zoom.k, P = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * P;
    }, p, S);
  }, b.scaleTo = function(h, $, p, S) {
    b.transform(h, function() {
      var M = t.apply(this, arguments), P = this.__zoom, O = p == null ? E(M) : typeof p == "function" ? p.apply(this, arguments) : p, Y = P.invert(O), K = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(m(P, K), O, Y), M, s);
    }, p, S);
  }, b.translateBy = function(h, $, p, S) {
    b.transform(h, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, S);
  }, b.translateTo = function(h, $, p, S, M) {
    b.transform(h, function() {
      var P = t.apply(this, arguments), O = this.__zoom, Y = S == null ? E(P) : typeof S == "function" ? S.apply(this, arguments) : S;
      return n(wr.translate(Y[0], Y[1]).scale(O.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), P, s);
    }, S, M);
  };
  function m(h, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === h.k ? h : new mt($, h.x, h.y);
  }
  function v(h, $, p) {
    var S = $[0] - p[0] * h.k, M = $[1] - p[1] * h.k;
    return S === h.x && M === h.y ? h : new mt(h.k, S, M);
  }
  function E(h) {
    return [(+h[0][0] + +h[1][0]) / 2, (+h[0][1] + +h[1][1]) / 2];
  }
  function A(h, $, p, S) {
    h.on("start.zoom", function() {
      B(this, arguments).event(S).start();
    }).on("interrupt.zoom end.zoom", function() {
      B(this, arguments).event(S).end();
    }).tween("zoom", function() {
      var M = this, P = arguments, O = B(M, P).event(S), Y = t.apply(M, P), K = p == null ? E(Y) : typeof p == "function" ? p.apply(M, P) : p, ne = Math.max(Y[1][0] - Y[0][0], Y[1][1] - Y[0][1]), ie = M.__zoom, q = typeof $ == "function" ? $.apply(M, P) : $, Z = u(ie.invert(K).concat(ne / ie.k), q.invert(K).concat(ne / q.k));
      return function(J) {
        if (J === 1) J = q;
        else {
          var he = Z(J), we = ne / he[2];
          J = new mt(we, K[0] - he[0] * we, K[1] - he[1] * we);
        }
        O.zoom(null, J);
      };
    });
  }
  function B(h, $, p) {
    return !p && h.__zooming || new L(h, $);
  }
  function L(h, $) {
    this.that = h, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(h, $), this.taps = 0;
  }
  L.prototype = {
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
      var $ = St(this.that).datum();
      l.call(
        h,
        this.that,
        new Ry(h, {
          sourceEvent: this.sourceEvent,
          target: b,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function R(h, ...$) {
    if (!e.apply(this, arguments)) return;
    var p = B(this, $).event(h), S = this.__zoom, M = Math.max(r[0], Math.min(r[1], S.k * Math.pow(2, o.apply(this, arguments)))), P = $t(h);
    if (p.wheel)
      (p.mouse[0][0] !== P[0] || p.mouse[0][1] !== P[1]) && (p.mouse[1] = S.invert(p.mouse[0] = P)), clearTimeout(p.wheel);
    else {
      if (S.k === M) return;
      p.mouse = [P, S.invert(P)], mo(this), p.start();
    }
    pn(h), p.wheel = setTimeout(O, y), p.zoom("mouse", n(v(m(S, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function O() {
      p.wheel = null, p.end();
    }
  }
  function U(h, ...$) {
    if (f || !e.apply(this, arguments)) return;
    var p = h.currentTarget, S = B(this, $, !0).event(h), M = St(h.view).on("mousemove.zoom", K, !0).on("mouseup.zoom", ne, !0), P = $t(h, p), O = h.clientX, Y = h.clientY;
    Qm(h.view), vi(h), S.mouse = [P, this.__zoom.invert(P)], mo(this), S.start();
    function K(ie) {
      if (pn(ie), !S.moved) {
        var q = ie.clientX - O, Z = ie.clientY - Y;
        S.moved = q * q + Z * Z > w;
      }
      S.event(ie).zoom("mouse", n(v(S.that.__zoom, S.mouse[0] = $t(ie, p), S.mouse[1]), S.extent, s));
    }
    function ne(ie) {
      M.on("mousemove.zoom mouseup.zoom", null), Jm(ie.view, S.moved), pn(ie), S.event(ie).end();
    }
  }
  function X(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, S = $t(h.changedTouches ? h.changedTouches[0] : h, this), M = p.invert(S), P = p.k * (h.shiftKey ? 0.5 : 2), O = n(v(m(p, P), S, M), t.apply(this, $), s);
      pn(h), a > 0 ? St(this).transition().duration(a).call(A, O, S, h) : St(this).call(b.transform, O, S, h);
    }
  }
  function V(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = h.touches, S = p.length, M = B(this, $, h.changedTouches.length === S).event(h), P, O, Y, K;
      for (vi(h), O = 0; O < S; ++O)
        Y = p[O], K = $t(Y, this), K = [K, this.__zoom.invert(K), Y.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== K[2] && (M.touch1 = K, M.taps = 0) : (M.touch0 = K, P = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), P && (M.taps < 2 && (d = K[0], c = setTimeout(function() {
        c = null;
      }, g)), mo(this), M.start());
    }
  }
  function k(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, O, Y, K;
      for (pn(h), P = 0; P < M; ++P)
        O = S[P], Y = $t(O, this), p.touch0 && p.touch0[2] === O.identifier ? p.touch0[0] = Y : p.touch1 && p.touch1[2] === O.identifier && (p.touch1[0] = Y);
      if (O = p.that.__zoom, p.touch1) {
        var ne = p.touch0[0], ie = p.touch0[1], q = p.touch1[0], Z = p.touch1[1], J = (J = q[0] - ne[0]) * J + (J = q[1] - ne[1]) * J, he = (he = Z[0] - ie[0]) * he + (he = Z[1] - ie[1]) * he;
        O = m(O, Math.sqrt(J / he)), Y = [(ne[0] + q[0]) / 2, (ne[1] + q[1]) / 2], K = [(ie[0] + Z[0]) / 2, (ie[1] + Z[1]) / 2];
      } else if (p.touch0) Y = p.touch0[0], K = p.touch0[1];
      else return;
      p.zoom("touch", n(v(O, Y, K), p.extent, s));
    }
  }
  function G(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, O;
      for (vi(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), P = 0; P < M; ++P)
        O = S[P], p.touch0 && p.touch0[2] === O.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === O.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0) p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (O = $t(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < x)) {
        var Y = St(this).on("dblclick.zoom");
        Y && Y.apply(this, arguments);
      }
    }
  }
  return b.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : so(+h), b) : o;
  }, b.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : so(!!h), b) : e;
  }, b.touchable = function(h) {
    return arguments.length ? (i = typeof h == "function" ? h : so(!!h), b) : i;
  }, b.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : so([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), b) : t;
  }, b.scaleExtent = function(h) {
    return arguments.length ? (r[0] = +h[0], r[1] = +h[1], b) : [r[0], r[1]];
  }, b.translateExtent = function(h) {
    return arguments.length ? (s[0][0] = +h[0][0], s[1][0] = +h[1][0], s[0][1] = +h[0][1], s[1][1] = +h[1][1], b) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, b.constrain = function(h) {
    return arguments.length ? (n = h, b) : n;
  }, b.duration = function(h) {
    return arguments.length ? (a = +h, b) : a;
  }, b.interpolate = function(h) {
    return arguments.length ? (u = h, b) : u;
  }, b.on = function() {
    var h = l.on.apply(l, arguments);
    return h === l ? b : h;
  }, b.clickDistance = function(h) {
    return arguments.length ? (w = (h = +h) * h, b) : Math.sqrt(w);
  }, b.tapDistance = function(h) {
    return arguments.length ? (x = +h, b) : x;
  }, b;
}
const Ll = /* @__PURE__ */ Symbol("MiniMapSlots"), Xy = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], Gy = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, Uy = /* @__PURE__ */ Ce({
  ...Gy,
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
    const n = e, o = Ot(Ll), i = Ji(), r = xe(() => i.style ?? {});
    function s(d) {
      t("click", d);
    }
    function a(d) {
      t("dblclick", d);
    }
    function u(d) {
      t("mouseenter", d);
    }
    function l(d) {
      t("mousemove", d);
    }
    function c(d) {
      t("mouseleave", d);
    }
    return (d, f) => !d.hidden && d.dimensions.width !== 0 && d.dimensions.height !== 0 ? (Q(), le(Ve, { key: 0 }, [
      W(o)[`node-${n.type}`] ? (Q(), Re(Dt(W(o)[`node-${n.type}`]), bu(yo({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (Q(), le("rect", yo({
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
        fill: d.color || r.value.background || r.value.backgroundColor,
        stroke: d.strokeColor,
        "stroke-width": d.strokeWidth,
        "shape-rendering": d.shapeRendering,
        onClick: s,
        onDblclick: a,
        onMouseenter: u,
        onMousemove: l,
        onMouseleave: c
      }), null, 16, Xy))
    ], 64)) : Se("", !0);
  }
}), qy = ["width", "height", "viewBox", "aria-labelledby"], Wy = ["id"], Ky = ["d", "fill", "stroke", "stroke-width"], Zy = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, jy = /* @__PURE__ */ Ce({
  ...Zy,
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
    const n = ra(), o = Ji(), i = 200, r = 150, { id: s, edges: a, viewport: u, translateExtent: l, dimensions: c, emits: d, d3Selection: f, d3Zoom: g, getNodesInitialized: y } = Me(), w = Ie();
    Mt(Ll, n);
    const x = xe(() => {
      var M;
      return e.width ?? ((M = o.style) == null ? void 0 : M.width) ?? i;
    }), b = xe(() => {
      var M;
      return e.height ?? ((M = o.style) == null ? void 0 : M.height) ?? r;
    }), m = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", v = ue(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), E = ue(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), A = ue(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), B = ue(() => lr(y.value.filter((M) => !M.hidden))), L = ue(() => ({
      x: -u.value.x / u.value.zoom,
      y: -u.value.y / u.value.zoom,
      width: c.value.width / u.value.zoom,
      height: c.value.height / u.value.zoom
    })), R = ue(
      () => y.value && y.value.length ? Mh(B.value, L.value) : L.value
    ), U = ue(() => {
      const M = R.value.width / x.value, P = R.value.height / b.value;
      return Math.max(M, P);
    }), X = ue(() => {
      const M = U.value * x.value, P = U.value * b.value, O = e.offsetScale * U.value;
      return {
        offset: O,
        x: R.value.x - (M - R.value.width) / 2 - O,
        y: R.value.y - (P - R.value.height) / 2 - O,
        width: M + O * 2,
        height: P + O * 2
      };
    }), V = ue(() => !X.value.x || !X.value.y ? "" : `
    M${X.value.x - X.value.offset},${X.value.y - X.value.offset}
    h${X.value.width + X.value.offset * 2}
    v${X.value.height + X.value.offset * 2}
    h${-X.value.width - X.value.offset * 2}z
    M${L.value.x + e.maskBorderRadius},${L.value.y}
    h${L.value.width - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},${e.maskBorderRadius}
    v${L.value.height - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},${e.maskBorderRadius}
    h${-(L.value.width - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},-${e.maskBorderRadius}
    v${-(L.value.height - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},-${e.maskBorderRadius}z`);
    _u(
      (M) => {
        if (w.value) {
          const P = St(w.value), O = (ne) => {
            if (ne.sourceEvent.type !== "wheel" || !f.value || !g.value)
              return;
            const ie = ne.sourceEvent.ctrlKey && An() ? 10 : 1, q = -ne.sourceEvent.deltaY * (ne.sourceEvent.deltaMode === 1 ? 0.05 : ne.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, Z = u.value.zoom * 2 ** (q * ie);
            g.value.scaleTo(f.value, Z);
          }, Y = (ne) => {
            if (ne.sourceEvent.type !== "mousemove" || !f.value || !g.value)
              return;
            const ie = U.value * Math.max(1, u.value.zoom) * (e.inversePan ? -1 : 1), q = {
              x: u.value.x - ne.sourceEvent.movementX * ie,
              y: u.value.y - ne.sourceEvent.movementY * ie
            }, Z = [
              [0, 0],
              [c.value.width, c.value.height]
            ], J = wr.translate(q.x, q.y).scale(u.value.zoom), he = g.value.constrain()(J, Z, l.value);
            g.value.transform(f.value, he);
          }, K = Yy().wheelDelta((ne) => zi(ne) * (e.zoomStep / 10)).on("zoom", e.pannable ? Y : () => {
          }).on("zoom.wheel", e.zoomable ? O : () => {
          });
          P.call(K), M(() => {
            P.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function k(M) {
      const [P, O] = $t(M);
      t("click", { event: M, position: { x: P, y: O } });
    }
    function G(M, P) {
      const O = { event: M, node: P, connectedEdges: At([P], a.value) };
      d.miniMapNodeClick(O), t("nodeClick", O);
    }
    function h(M, P) {
      const O = { event: M, node: P, connectedEdges: At([P], a.value) };
      d.miniMapNodeDoubleClick(O), t("nodeDblclick", O);
    }
    function $(M, P) {
      const O = { event: M, node: P, connectedEdges: At([P], a.value) };
      d.miniMapNodeMouseEnter(O), t("nodeMouseenter", O);
    }
    function p(M, P) {
      const O = { event: M, node: P, connectedEdges: At([P], a.value) };
      d.miniMapNodeMouseMove(O), t("nodeMousemove", O);
    }
    function S(M, P) {
      const O = { event: M, node: P, connectedEdges: At([P], a.value) };
      d.miniMapNodeMouseLeave(O), t("nodeMouseleave", O);
    }
    return (M, P) => (Q(), Re(W(fl), {
      position: M.position,
      class: Ye(["vue-flow__minimap", { pannable: M.pannable, zoomable: M.zoomable }])
    }, {
      default: rt(() => [
        (Q(), le("svg", {
          ref_key: "el",
          ref: w,
          width: x.value,
          height: b.value,
          viewBox: [X.value.x, X.value.y, X.value.width, X.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${W(s)}`,
          onClick: k
        }, [
          M.ariaLabel ? (Q(), le("title", {
            key: 0,
            id: `vue-flow__minimap-${W(s)}`
          }, Pe(M.ariaLabel), 9, Wy)) : Se("", !0),
          (Q(!0), le(Ve, null, un(W(y), (O) => (Q(), Re(Uy, {
            id: O.id,
            key: O.id,
            f: "",
            position: O.computedPosition,
            dimensions: O.dimensions,
            selected: O.selected,
            dragging: O.dragging,
            style: Ae(O.style),
            class: Ye(A.value(O)),
            color: v.value(O),
            "border-radius": M.nodeBorderRadius,
            "stroke-color": E.value(O),
            "stroke-width": M.nodeStrokeWidth,
            "shape-rendering": W(m),
            type: O.type,
            hidden: O.hidden,
            onClick: (Y) => G(Y, O),
            onDblclick: (Y) => h(Y, O),
            onMouseenter: (Y) => $(Y, O),
            onMousemove: (Y) => p(Y, O),
            onMouseleave: (Y) => S(Y, O)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          Ne("path", {
            class: "vue-flow__minimap-mask",
            d: V.value,
            fill: M.maskColor,
            stroke: M.maskStrokeColor,
            "stroke-width": M.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, Ky)
        ], 8, qy))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
var Hl = Object.defineProperty, Qy = (e, t, n) => t in e ? Hl(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, Jy = (e, t) => {
  for (var n in t) Hl(e, n, { get: t[n], enumerable: !0 });
}, e1 = (e, t, n) => Qy(e, t + "", n), Fl = {};
Jy(Fl, { Graph: () => et, alg: () => br });
var t1 = Object.defineProperty, Yl = (e, t) => {
  for (var n in t) t1(e, n, { get: t[n], enumerable: !0 });
}, _r = class {
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
      if (o) for (let i of o) n.add(i);
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
    t.setGraph(this.graph()), Object.entries(this._nodes).forEach(([i, r]) => {
      e(i) && t.setNode(i, r);
    }), Object.values(this._edgeObjs).forEach((i) => {
      t.hasNode(i.v) && t.hasNode(i.w) && t.setEdge(i, this.edge(i));
    });
    let n = {}, o = (i) => {
      let r = this.parent(i);
      return !r || t.hasNode(r) ? (n[i] = r, r) : r in n ? n[r] : o(r);
    };
    return this._isCompound && t.nodes().forEach((i) => t.setParent(i, o(i))), t;
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
    let i, r, s, a, u = !1;
    typeof e == "object" && e !== null && "v" in e ? (i = e.v, r = e.w, s = e.name, arguments.length === 2 && (a = t, u = !0)) : (i = e, r = t, s = o, arguments.length > 2 && (a = n, u = !0)), i = "" + i, r = "" + r, s !== void 0 && (s = "" + s);
    let l = bn(this._isDirected, i, r, s);
    if (l in this._edgeLabels) return u && (this._edgeLabels[l] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(i), this.setNode(r), this._edgeLabels[l] = u ? a : this._defaultEdgeLabelFn(i, r, s);
    let c = n1(this._isDirected, i, r, s);
    return i = c.v, r = c.w, Object.freeze(c), this._edgeObjs[l] = c, Ds(this._preds[r], i), Ds(this._sucs[i], r), this._in[r][l] = c, this._out[i][l] = c, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let o = arguments.length === 1 ? mi(this._isDirected, e) : bn(this._isDirected, e, t, n);
    return this._edgeLabels[o];
  }
  edgeAsObj(e, t, n) {
    let o = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof o != "object" || o === null ? { label: o } : o;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? mi(this._isDirected, e) : bn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let o = arguments.length === 1 ? mi(this._isDirected, e) : bn(this._isDirected, e, t, n), i = this._edgeObjs[o];
    if (i) {
      let r = i.v, s = i.w;
      delete this._edgeLabels[o], delete this._edgeObjs[o], Ps(this._preds[s], r), Ps(this._sucs[r], s), delete this._in[s][o], delete this._out[r][o], this._edgeCount--;
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
    return n ? o.filter((i) => i.v === t && i.w === n || i.v === n && i.w === t) : o;
  }
};
function Ds(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function Ps(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function bn(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let s = i;
    i = r, r = s;
  }
  return i + "" + r + "" + (o === void 0 ? "\0" : o);
}
function n1(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let a = i;
    i = r, r = a;
  }
  let s = { v: i, w: r };
  return o && (s.name = o), s;
}
function mi(e, t) {
  return bn(e, t.v, t.w, t.name);
}
var o1 = {};
Yl(o1, { read: () => a1, write: () => i1 });
function i1(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: r1(e), edges: s1(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function r1(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), o = e.parent(t), i = { v: t };
    return n !== void 0 && (i.value = n), o !== void 0 && (i.parent = o), i;
  });
}
function s1(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), o = { v: t.v, w: t.w };
    return t.name !== void 0 && (o.name = t.name), n !== void 0 && (o.value = n), o;
  });
}
function a1(e) {
  let t = new _r(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var br = {};
Yl(br, { CycleException: () => Ro, bellmanFord: () => Xl, components: () => c1, dijkstra: () => zo, dijkstraAll: () => h1, findCycles: () => g1, floydWarshall: () => v1, isAcyclic: () => y1, postorder: () => _1, preorder: () => b1, prim: () => E1, shortestPaths: () => x1, tarjan: () => Ul, topsort: () => ql });
var l1 = () => 1;
function Xl(e, t, n, o) {
  return u1(e, String(t), n || l1, o || function(i) {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  });
}
function u1(e, t, n, o) {
  let i = {}, r, s = 0, a = e.nodes(), u = function(d) {
    let f = i[d.v], g = i[d.w];
    if (!f || !g) return;
    let y = n(d);
    f.distance + y < g.distance && (i[d.w] = { distance: f.distance + y, predecessor: d.v }, r = !0);
  }, l = function() {
    a.forEach(function(d) {
      o(d).forEach(function(f) {
        let g = f.v === d ? f.v : f.w, y = g === f.v ? f.w : f.v;
        u({ v: g, w: y });
      });
    });
  };
  a.forEach(function(d) {
    let f = d === t ? 0 : Number.POSITIVE_INFINITY;
    i[d] = { distance: f, predecessor: "" };
  });
  let c = a.length;
  for (let d = 1; d < c && (r = !1, s++, l(), !!r); d++) ;
  if (s === c - 1 && (r = !1, l(), r)) throw new Error("The graph contains a negative weight cycle");
  return i;
}
function c1(e) {
  let t = {}, n = [], o;
  function i(r) {
    var s, a;
    r in t || (t[r] = !0, o.push(r), (s = e.successors(r)) == null || s.forEach(i), (a = e.predecessors(r)) == null || a.forEach(i));
  }
  return e.nodes().forEach(function(r) {
    o = [], i(r), o.length && n.push(o);
  }), n;
}
var Gl = class {
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
      let i = this._arr, r = i.length;
      return n[o] = r, i.push({ key: o, priority: t }), this._decrease(r), !0;
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
    let t = this._arr, n = 2 * e, o = n + 1, i = e;
    n < t.length && (i = t[n].priority < t[i].priority ? n : i, o < t.length && (i = t[o].priority < t[i].priority ? o : i), i !== e && (this._swap(e, i), this._heapify(i)));
  }
  _decrease(e) {
    let t = this._arr, n = t[e].priority, o;
    for (; e !== 0 && (o = e >> 1, !(t[o].priority < n)); ) this._swap(e, o), e = o;
  }
  _swap(e, t) {
    let n = this._arr, o = this._keyIndices, i = n[e], r = n[t];
    n[e] = r, n[t] = i, o[r.key] = e, o[i.key] = t;
  }
}, d1 = () => 1;
function zo(e, t, n, o) {
  let i = function(r) {
    var s;
    return (s = e.outEdges(r)) != null ? s : [];
  };
  return f1(e, String(t), n || d1, o || i);
}
function f1(e, t, n, o) {
  let i = {}, r = new Gl(), s, a, u = function(l) {
    let c = l.v !== s ? l.v : l.w, d = i[c];
    if (!d) return;
    let f = n(l), g = a.distance + f;
    if (f < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + l + " Weight: " + f);
    g < d.distance && (d.distance = g, d.predecessor = s, r.decrease(c, g));
  };
  for (e.nodes().forEach(function(l) {
    let c = l === t ? 0 : Number.POSITIVE_INFINITY;
    i[l] = { distance: c, predecessor: "" }, r.add(l, c);
  }); r.size() > 0; ) {
    s = r.removeMin();
    let l = i[s];
    if (!l || l.distance === Number.POSITIVE_INFINITY) break;
    a = l, o(s).forEach(u);
  }
  return i;
}
function h1(e, t, n) {
  return e.nodes().reduce(function(o, i) {
    return o[i] = zo(e, i, t, n), o;
  }, {});
}
function Ul(e) {
  let t = 0, n = [], o = {}, i = [];
  function r(s) {
    var a;
    let u = o[s] = { onStack: !0, lowlink: t, index: t++ };
    if (n.push(s), (a = e.successors(s)) == null || a.forEach(function(l) {
      if (l in o) {
        let c = o[l];
        c != null && c.onStack && (u.lowlink = Math.min(u.lowlink, c.index));
      } else {
        r(l);
        let c = o[l];
        c && (u.lowlink = Math.min(u.lowlink, c.lowlink));
      }
    }), u.lowlink === u.index) {
      let l = [], c;
      do {
        c = n.pop();
        let d = o[c];
        d && (d.onStack = !1), l.push(c);
      } while (s !== c);
      i.push(l);
    }
  }
  return e.nodes().forEach(function(s) {
    s in o || r(s);
  }), i;
}
function g1(e) {
  return Ul(e).filter(function(t) {
    var n;
    let o = t[0];
    return o ? t.length > 1 || t.length === 1 && ((n = e.outEdges(o, o)) != null ? n : []).length > 0 : !1;
  });
}
var p1 = () => 1;
function v1(e, t, n) {
  return m1(e, t || p1, n || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function m1(e, t, n) {
  let o = {}, i = e.nodes();
  return i.forEach(function(r) {
    let s = {};
    o[r] = s, s[r] = { distance: 0, predecessor: "" }, i.forEach(function(a) {
      r !== a && (s[a] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
    }), n(r).forEach(function(a) {
      let u = a.v === r ? a.w : a.v, l = t(a);
      s[u] = { distance: l, predecessor: r };
    });
  }), i.forEach(function(r) {
    let s = o[r];
    s && i.forEach(function(a) {
      let u = o[a];
      u && i.forEach(function(l) {
        let c = u[r], d = s[l], f = u[l];
        if (c && d && f) {
          let g = c.distance + d.distance;
          g < f.distance && (f.distance = g, f.predecessor = d.predecessor);
        }
      });
    });
  }), o;
}
var Ro = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function ql(e) {
  let t = {}, n = {}, o = [];
  function i(r) {
    var s;
    if (r in n) throw new Ro();
    r in t || (n[r] = !0, t[r] = !0, (s = e.predecessors(r)) == null || s.forEach(i), delete n[r], o.push(r));
  }
  if (e.sinks().forEach(i), Object.keys(t).length !== e.nodeCount()) throw new Ro();
  return o;
}
function y1(e) {
  try {
    ql(e);
  } catch (t) {
    if (t instanceof Ro) return !1;
    throw t;
  }
  return !0;
}
function w1(e, t, n, o, i) {
  Array.isArray(t) || (t = [t]);
  let r = ((a) => {
    var u;
    return (u = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? u : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    i = Wl(e, a, n === "post", s, r, o, i);
  }), i;
}
function Wl(e, t, n, o, i, r, s) {
  return t in o || (o[t] = !0, n || (s = r(s, t)), i(t).forEach(function(a) {
    s = Wl(e, a, n, o, i, r, s);
  }), n && (s = r(s, t))), s;
}
function Kl(e, t, n) {
  return w1(e, t, n, function(o, i) {
    return o.push(i), o;
  }, []);
}
function _1(e, t) {
  return Kl(e, t, "post");
}
function b1(e, t) {
  return Kl(e, t, "pre");
}
function E1(e, t) {
  var n;
  let o = new _r(), i = {}, r = new Gl(), s;
  function a(c) {
    let d = c.v === s ? c.w : c.v, f = r.priority(d);
    if (f !== void 0) {
      let g = t(c);
      g < f && (i[d] = s, r.decrease(d, g));
    }
  }
  if (e.nodeCount() === 0) return o;
  e.nodes().forEach(function(c) {
    r.add(c, Number.POSITIVE_INFINITY), o.setNode(c);
  });
  let u = e.nodes()[0];
  u !== void 0 && r.decrease(u, 0);
  let l = !1;
  for (; r.size() > 0; ) {
    if (s = r.removeMin(), s in i) o.setEdge(s, i[s]);
    else {
      if (l) throw new Error("Input graph is not connected: " + e);
      l = !0;
    }
    (n = e.nodeEdges(s)) == null || n.forEach(a);
  }
  return o;
}
function x1(e, t, n, o) {
  return $1(e, t, n, o ?? ((i) => {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  }));
}
function $1(e, t, n, o) {
  if (n === void 0) return zo(e, t, n, o);
  let i = !1, r = e.nodes();
  for (let s = 0; s < r.length; s++) {
    let a = r[s];
    if (a === void 0) continue;
    let u = o(a);
    for (let l = 0; l < u.length; l++) {
      let c = u[l];
      if (!c) continue;
      let d = c.v === a ? c.v : c.w, f = d === c.v ? c.w : c.v;
      n({ v: d, w: f }) < 0 && (i = !0);
    }
    if (i) return Xl(e, t, n, o);
  }
  return zo(e, t, n, o);
}
var et = _r;
function cn(e, t, n, o) {
  let i = o;
  for (; e.hasNode(i); ) i = Er(o);
  return n.dummy = t, e.setNode(i, n), i;
}
function N1(e) {
  let t = new et().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let o = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, i = e.edge(n);
    t.setEdge(n.v, n.w, { weight: o.weight + i.weight, minlen: Math.max(o.minlen, i.minlen) });
  }), t;
}
function Zl(e) {
  let t = new et({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function As(e, t) {
  let n = e.x, o = e.y, i = t.x - n, r = t.y - o, s = e.width / 2, a = e.height / 2;
  if (!i && !r) throw new Error("Not possible to find intersection inside of the rectangle");
  let u, l;
  return i === 0 || Math.abs(r) * s > Math.abs(i) * a ? (r < 0 && (a = -a), u = a * i / r, l = a) : (i < 0 && (s = -s), u = s, l = s * r / i), { x: n + u, y: o + l };
}
function Un(e) {
  let t = Ln(Ql(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let o = e.node(n), i = o.rank;
    i !== void 0 && (t[i] || (t[i] = []), t[i][o.order] = n);
  }), t;
}
function k1(e) {
  let t = e.nodes().map((o) => {
    let i = e.node(o).rank;
    return i === void 0 ? Number.MAX_VALUE : i;
  }), n = at(Math.min, t);
  e.nodes().forEach((o) => {
    let i = e.node(o);
    Object.hasOwn(i, "rank") && (i.rank -= n);
  });
}
function S1(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = at(Math.min, t), o = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    o[a] || (o[a] = []), o[a].push(s);
  });
  let i = 0, r = e.graph().nodeRankFactor;
  Array.from(o).forEach((s, a) => {
    s === void 0 && a % r !== 0 ? --i : s !== void 0 && i && s.forEach((u) => e.node(u).rank += i);
  });
}
function zs(e, t, n, o) {
  let i = { width: 0, height: 0 };
  return arguments.length >= 4 && (i.rank = n, i.order = o), cn(e, "border", i, t);
}
function C1(e, t = jl) {
  let n = [];
  for (let o = 0; o < e.length; o += t) {
    let i = e.slice(o, o + t);
    n.push(i);
  }
  return n;
}
var jl = 65535;
function at(e, t) {
  if (t.length > jl) {
    let n = C1(t);
    return e(...n.map((o) => e(...o)));
  } else return e(...t);
}
function Ql(e) {
  let t = e.nodes().map((n) => {
    let o = e.node(n).rank;
    return o === void 0 ? Number.MIN_VALUE : o;
  });
  return at(Math.max, t);
}
function M1(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((o) => {
    t(o) ? n.lhs.push(o) : n.rhs.push(o);
  }), n;
}
function I1(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function Jl(e, t) {
  return t();
}
var T1 = 0;
function Er(e) {
  let t = ++T1;
  return e + ("" + t);
}
function Ln(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let o = (r) => r < t;
  n < 0 && (o = (r) => t < r);
  let i = [];
  for (let r = e; o(r); r += n) i.push(r);
  return i;
}
function Bo(e, t) {
  let n = {};
  for (let o of t) e[o] !== void 0 && (n[o] = e[o]);
  return n;
}
function Jo(e, t) {
  let n;
  return typeof t == "string" ? n = (o) => o[t] : n = t, Object.entries(e).reduce((o, [i, r]) => (o[i] = n(r, i), o), {});
}
function O1(e, t) {
  return e.reduce((n, o, i) => (n[o] = t[i], n), {});
}
var ei = "\0";
function eu(e, t, n) {
  var o, i, r, s, a, u;
  if (!(e && t && n && t.dummy === "edge" && n.dummy === "edge" && t.edgeObj && n.edgeObj && e[t.edgeObj.v] && e[n.edgeObj.v] && e[t.edgeObj.w] && e[n.edgeObj.w])) return 0;
  let l = !0;
  t.edgeObj.w === n.edgeObj.w && (l = !1);
  let c = l ? (i = (o = e[t.edgeObj.v]) == null ? void 0 : o.rank) != null ? i : NaN + 1 : (s = (r = e[t.edgeObj.w]) == null ? void 0 : r.rank) != null ? s : NaN - 1, d = Object.entries(e).find((w) => {
    var x, b;
    return ((x = w[1].edgeObj) == null ? void 0 : x.v) === t.edgeObj.v && ((b = w[1].edgeObj) == null ? void 0 : b.w) === t.edgeObj.w && w[1].rank === c;
  }), f = Object.entries(e).find((w) => {
    var x, b;
    return ((x = w[1].edgeObj) == null ? void 0 : x.v) === n.edgeObj.v && ((b = w[1].edgeObj) == null ? void 0 : b.w) === n.edgeObj.w && w[1].rank === c;
  });
  if (!d || !f) return 0;
  let g = (a = d[1].order) != null ? a : NaN, y = (u = f[1].order) != null ? u : NaN;
  return isNaN(g - y) ? 0 : g - y;
}
var D1 = "3.1.3", P1 = class {
  constructor() {
    e1(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return Rs(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && Rs(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, A1)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Rs(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function A1(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var z1 = P1, R1 = () => 1;
function B1(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = L1(e, t || R1);
  return V1(n.graph, n.buckets, n.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function V1(e, t, n) {
  var o;
  let i = [], r = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) yi(e, t, n, a);
    for (; a = r.dequeue(); ) yi(e, t, n, a);
    if (e.nodeCount()) {
      for (let u = t.length - 2; u > 0; --u) if (a = (o = t[u]) == null ? void 0 : o.dequeue(), a) {
        i = i.concat(yi(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return i;
}
function yi(e, t, n, o, i) {
  let r = [], s = i ? r : void 0;
  return (e.inEdges(o.v) || []).forEach((a) => {
    let u = e.edge(a), l = e.node(a.v);
    i && r.push({ v: a.v, w: a.w }), l.out -= u, Ki(t, n, l);
  }), (e.outEdges(o.v) || []).forEach((a) => {
    let u = e.edge(a), l = a.w, c = e.node(l);
    c.in -= u, Ki(t, n, c);
  }), e.removeNode(o.v), s;
}
function L1(e, t) {
  let n = new et(), o = 0, i = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let u = n.edge(a.v, a.w) || 0, l = t(a), c = u + l;
    n.setEdge(a.v, a.w, c);
    let d = n.node(a.v), f = n.node(a.w);
    i = Math.max(i, d.out += l), o = Math.max(o, f.in += l);
  });
  let r = H1(i + o + 3).map(() => new z1()), s = o + 1;
  return n.nodes().forEach((a) => {
    Ki(r, s, n.node(a));
  }), { graph: n, buckets: r, zeroIdx: s };
}
function Ki(e, t, n) {
  var o, i, r;
  n.out ? n.in ? (r = e[n.out - n.in + t]) == null || r.enqueue(n) : (i = e[e.length - 1]) == null || i.enqueue(n) : (o = e[0]) == null || o.enqueue(n);
}
function H1(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function F1(e, t) {
  (e.graph().acyclicer === "greedy" ? B1(e, n(e)) : Y1(e, t ?? null)).forEach((o) => {
    let i = e.edge(o);
    e.removeEdge(o), i.forwardName = o.name, i.reversed = !0, e.setEdge(o.w, o.v, i, Er("rev"));
  });
  function n(o) {
    return (i) => o.edge(i).weight;
  }
}
function Y1(e, t) {
  let n = [], o = {}, i = {};
  function r(u) {
    Object.hasOwn(i, u) || (i[u] = !0, o[u] = !0, e.outEdges(u).forEach((l) => {
      Object.hasOwn(o, l.w) ? n.push(l) : r(l.w);
    }), delete o[u]);
  }
  function s(u) {
    var l;
    Object.hasOwn(i, u) || (i[u] = !0, o[u] = !0, (l = e.outEdges(u)) == null || l.forEach((c) => {
      var d, f;
      Object.hasOwn(o, c.w) || ((d = t.node(u)) == null ? void 0 : d.rank) > ((f = t.node(c.w)) == null ? void 0 : f.rank) && G1(e, c.w, c) ? n.push(c) : s(c.w);
    }), delete o[u]);
  }
  let a = r;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function X1(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let o = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, o);
    }
  });
}
function G1(e, t, n) {
  let o = /* @__PURE__ */ new Set();
  function i(r) {
    var s;
    if (e.sources().includes(r)) return !0;
    o.add(r);
    for (let a of (s = e.inEdges(r)) != null ? s : []) if (!(a.v === n.v && a.w === n.w) && !o.has(a.v) && i(a.v)) return !0;
    return !1;
  }
  return i(t);
}
function U1(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => q1(e, t));
}
function q1(e, t) {
  let n = t.v, o = e.node(n).rank, i = t.w, r = e.node(i).rank, s = t.name, a = e.edge(t), u = a.labelRank;
  if (r === o + 1) return;
  e.removeEdge(t);
  let l, c, d;
  for (d = 0, ++o; o < r; ++d, ++o) a.points = [], c = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: o }, l = cn(e, "edge", c, "_d"), o === u && (c.width = a.width, c.height = a.height, c.dummy = "edge-label", c.labelpos = a.labelpos), e.setEdge(n, l, { weight: a.weight }, s), d === 0 && e.graph().dummyChains.push(l), n = l;
  e.setEdge(n, i, { weight: a.weight }, s);
}
function W1(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), o = n.edgeLabel, i;
    for (e.setEdge(n.edgeObj, o); n.dummy; ) i = e.successors(t)[0], e.removeNode(t), o.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (o.x = n.x, o.y = n.y, o.width = n.width, o.height = n.height), t = i, n = e.node(t);
  });
}
function xr(e) {
  let t = {};
  function n(o) {
    let i = e.node(o);
    if (Object.hasOwn(t, o)) return i.rank;
    t[o] = !0;
    let r = e.outEdges(o), s = r ? r.map((u) => u == null ? Number.POSITIVE_INFINITY : n(u.w) - e.edge(u).minlen) : [], a = at(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), i.rank = a;
  }
  e.sources().forEach(n);
}
function an(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var tu = K1;
function K1(e) {
  let t = new et({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let o = n[0], i = e.nodeCount();
  t.setNode(o, {});
  let r, s;
  for (; Z1(t, e) < i && (r = j1(t, e), !!r); ) s = t.hasNode(r.v) ? an(e, r) : -an(e, r), Q1(t, e, s);
  return t;
}
function Z1(e, t) {
  function n(o) {
    let i = t.nodeEdges(o);
    i && i.forEach((r) => {
      let s = r.v, a = o === s ? r.w : s;
      !e.hasNode(a) && !an(t, r) && (e.setNode(a, {}), e.setEdge(o, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function j1(e, t) {
  return t.edges().reduce((n, o) => {
    let i = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (i = an(t, o)), i < n[0] ? [i, o] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function Q1(e, t, n) {
  e.nodes().forEach((o) => t.node(o).rank += n);
}
var { preorder: J1, postorder: ew } = br, tw = Ut;
Ut.initLowLimValues = Nr;
Ut.initCutValues = $r;
Ut.calcCutValue = nu;
Ut.leaveEdge = iu;
Ut.enterEdge = ru;
Ut.exchangeEdges = su;
function Ut(e) {
  e = N1(e), xr(e);
  let t = tu(e);
  Nr(t), $r(t, e);
  let n, o;
  for (; n = iu(t); ) o = ru(t, e, n), su(t, e, n, o);
}
function $r(e, t) {
  let n = ew(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((o) => nw(e, t, o));
}
function nw(e, t, n) {
  let o = e.node(n).parent, i = e.edge(n, o);
  i.cutvalue = nu(e, t, n);
}
function nu(e, t, n) {
  let o = e.node(n).parent, i = !0, r = t.edge(n, o), s = 0;
  r || (i = !1, r = t.edge(o, n)), s = r.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((u) => {
    let l = u.v === n, c = l ? u.w : u.v;
    if (c !== o) {
      let d = l === i, f = t.edge(u).weight;
      if (s += d ? f : -f, iw(e, n, c)) {
        let g = e.edge(n, c).cutvalue;
        s += d ? -g : g;
      }
    }
  }), s;
}
function Nr(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), ou(e, {}, 1, t);
}
function ou(e, t, n, o, i) {
  let r = n, s = e.node(o);
  t[o] = !0;
  let a = e.neighbors(o);
  return a && a.forEach((u) => {
    Object.hasOwn(t, u) || (n = ou(e, t, n, u, o));
  }), s.low = r, s.lim = n++, i ? s.parent = i : delete s.parent, n;
}
function iu(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function ru(e, t, n) {
  let o = n.v, i = n.w;
  t.hasEdge(o, i) || (o = n.w, i = n.v);
  let r = e.node(o), s = e.node(i), a = r, u = !1;
  return r.lim > s.lim && (a = s, u = !0), t.edges().filter((l) => u === Bs(e, e.node(l.v), a) && u !== Bs(e, e.node(l.w), a)).reduce((l, c) => an(t, c) < an(t, l) ? c : l);
}
function su(e, t, n, o) {
  let i = n.v, r = n.w;
  e.removeEdge(i, r), e.setEdge(o.v, o.w, {}), Nr(e), $r(e, t), ow(e, t);
}
function ow(e, t) {
  let n = e.nodes().find((i) => !e.node(i).parent);
  if (!n) return;
  let o = J1(e, [n]);
  o = o.slice(1), o.forEach((i) => {
    let r = e.node(i).parent, s = t.edge(i, r), a = !1;
    s || (s = t.edge(r, i), a = !0), t.node(i).rank = t.node(r).rank + (a ? s.minlen : -s.minlen);
  });
}
function iw(e, t, n) {
  return e.hasEdge(t, n);
}
function Bs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var rw = sw;
function sw(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Vs(e);
      break;
    case "tight-tree":
      lw(e);
      break;
    case "longest-path":
      aw(e);
      break;
    case "none":
      break;
    default:
      Vs(e);
  }
}
var aw = xr;
function lw(e) {
  xr(e), tu(e);
}
function Vs(e) {
  tw(e);
}
var uw = cw;
function cw(e) {
  let t = fw(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((o) => {
    let i = e.node(o), r = i.edgeObj, s = dw(e, t, r.v, r.w), a = s.path, u = s.lca, l = 0, c = a[l], d = !0;
    for (; o !== r.w; ) {
      if (i = e.node(o), d) {
        for (; (c = a[l]) !== u && e.node(c).maxRank < i.rank; ) l++;
        c === u && (d = !1);
      }
      if (!d) {
        for (; l < a.length - 1 && e.node(a[l + 1]).minRank <= i.rank; ) l++;
        c = a[l];
      }
      c !== void 0 && e.setParent(o, c), o = e.successors(o)[0];
    }
  });
}
function dw(e, t, n, o) {
  let i = [], r = [], s = Math.min(t[n].low, t[o].low), a = Math.max(t[n].lim, t[o].lim), u;
  u = n;
  do
    u = e.parent(u), i.push(u);
  while (u && (t[u].low > s || a > t[u].lim));
  let l = u, c = o;
  for (; (c = e.parent(c)) !== l; ) r.push(c);
  return { path: i.concat(r.reverse()), lca: l };
}
function fw(e) {
  let t = {}, n = 0;
  function o(i) {
    let r = n;
    e.children(i).forEach(o), t[i] = { low: r, lim: n++ };
  }
  return e.children(ei).forEach(o), t;
}
function hw(e) {
  let t = cn(e, "root", {}, "_root"), n = gw(e), o = Object.values(n), i = at(Math.max, o) - 1, r = 2 * i + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= r);
  let s = pw(e) + 1;
  e.children(ei).forEach((a) => {
    au(e, t, r, s, i, n, a);
  }), e.graph().nodeRankFactor = r;
}
function au(e, t, n, o, i, r, s) {
  var a;
  let u = e.children(s);
  if (!u.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let l = zs(e, "_bt"), c = zs(e, "_bb"), d = e.node(s);
  e.setParent(l, s), d.borderTop = l, e.setParent(c, s), d.borderBottom = c, u.forEach((f) => {
    var g;
    au(e, t, n, o, i, r, f);
    let y = e.node(f), w = y.borderTop ? y.borderTop : f, x = y.borderBottom ? y.borderBottom : f, b = y.borderTop ? o : 2 * o, m = w !== x ? 1 : i - ((g = r[s]) != null ? g : 0) + 1;
    e.setEdge(l, w, { weight: b, minlen: m, nestingEdge: !0 }), e.setEdge(x, c, { weight: b, minlen: m, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, l, { weight: 0, minlen: i + ((a = r[s]) != null ? a : 0) });
}
function gw(e) {
  let t = {};
  function n(o, i) {
    let r = e.children(o);
    r && r.length && r.forEach((s) => n(s, i + 1)), t[o] = i;
  }
  return e.children(ei).forEach((o) => n(o, 1)), t;
}
function pw(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function vw(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var mw = yw;
function yw(e) {
  function t(n) {
    let o = e.children(n), i = e.node(n);
    if (o.length && o.forEach(t), i && Object.hasOwn(i, "minRank")) {
      i.borderLeft = [], i.borderRight = [];
      for (let r = i.minRank, s = i.maxRank + 1; r < s; ++r) Ls(e, "borderLeft", "_bl", n, i, r), Ls(e, "borderRight", "_br", n, i, r);
    }
  }
  e.children(ei).forEach(t);
}
function Ls(e, t, n, o, i, r) {
  let s = { width: 0, height: 0, rank: r, borderType: t }, a = i[t][r - 1], u = cn(e, "border", s, n);
  i[t][r] = u, e.setParent(u, o), a && e.setEdge(a, u, { weight: 1 });
}
function ww(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && lu(e);
}
function _w(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && bw(e), (n === "lr" || n === "rl") && (Ew(e), lu(e));
}
function lu(e) {
  e.nodes().forEach((t) => Hs(e.node(t))), e.edges().forEach((t) => Hs(e.edge(t)));
}
function Hs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function bw(e) {
  e.nodes().forEach((t) => wi(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(wi), Object.hasOwn(o, "y") && wi(o);
  });
}
function wi(e) {
  e.y = -e.y;
}
function Ew(e) {
  e.nodes().forEach((t) => _i(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(_i), Object.hasOwn(o, "x") && _i(o);
  });
}
function _i(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function xw(e, t = null) {
  let n = {}, o = e.nodes().filter((l) => !e.children(l).length), i = o.map((l) => e.node(l).rank), r = at(Math.max, i), s = Ln(r + 1).map(() => []);
  function a(l) {
    if (n[l]) return;
    n[l] = !0;
    let c = e.node(l);
    s[c.rank].push(l);
    let d = e.successors(l);
    d && [...d].sort((f, g) => u(f, g)).forEach(a);
  }
  o.sort((l, c) => e.node(l).rank - e.node(c).rank).forEach(a);
  function u(l, c) {
    let d = e.node(l), f = e.node(c);
    return eu(t, d, f);
  }
  return s;
}
function $w(e, t) {
  let n = 0;
  for (let o = 1; o < t.length; ++o) n += Nw(e, t[o - 1], t[o]);
  return n;
}
function Nw(e, t, n) {
  let o = O1(n, n.map((l, c) => c)), i = t.flatMap((l) => {
    let c = e.outEdges(l);
    return c ? c.map((d) => ({ pos: o[d.w], weight: e.edge(d).weight })).sort((d, f) => d.pos - f.pos) : [];
  }), r = 1;
  for (; r < n.length; ) r <<= 1;
  let s = 2 * r - 1;
  r -= 1;
  let a = new Array(s).fill(0), u = 0;
  return i.forEach((l) => {
    let c = l.pos + r;
    a[c] += l.weight;
    let d = 0;
    for (; c > 0; ) c % 2 && (d += a[c + 1]), c = c - 1 >> 1, a[c] += l.weight;
    u += l.weight * d;
  }), u;
}
function kw(e, t = []) {
  return t.map((n) => {
    let o = e.inEdges(n);
    if (!o || !o.length) return { v: n };
    {
      let i = o.reduce((r, s) => {
        let a = e.edge(s), u = e.node(s.v);
        return { sum: r.sum + a.weight * u.order, weight: r.weight + a.weight };
      }, { sum: 0, weight: 0 });
      return { v: n, barycenter: i.sum / i.weight, weight: i.weight };
    }
  });
}
function Sw(e, t) {
  let n = {};
  e.forEach((i, r) => {
    let s = { indegree: 0, in: [], out: [], vs: [i.v], i: r };
    i.barycenter !== void 0 && (s.barycenter = i.barycenter, s.weight = i.weight), n[i.v] = s;
  }), t.edges().forEach((i) => {
    let r = n[i.v], s = n[i.w];
    r !== void 0 && s !== void 0 && (s.indegree++, r.out.push(s));
  });
  let o = Object.values(n).filter((i) => !i.indegree);
  return Cw(o);
}
function Cw(e) {
  let t = [];
  function n(i) {
    return (r) => {
      r.merged || (r.barycenter === void 0 || i.barycenter === void 0 || r.barycenter >= i.barycenter) && Mw(i, r);
    };
  }
  function o(i) {
    return (r) => {
      r.in.push(i), --r.indegree === 0 && e.push(r);
    };
  }
  for (; e.length; ) {
    let i = e.pop();
    t.push(i), i.in.reverse().forEach(n(i)), i.out.forEach(o(i));
  }
  return t.filter((i) => !i.merged).map((i) => Bo(i, ["vs", "i", "barycenter", "weight"]));
}
function Mw(e, t) {
  let n = 0, o = 0;
  e.weight && (n += e.barycenter * e.weight, o += e.weight), t.weight && (n += t.barycenter * t.weight, o += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / o, e.weight = o, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Iw(e, t, n, o, i) {
  let r = {}, s = null, a = null, u = i;
  typeof t == "boolean" ? (u = t, r = {}) : t && (r = t, s = n ?? null, a = o ?? null);
  let l = M1(e, (b) => Object.hasOwn(b, "barycenter")), c = l.lhs, d = l.rhs.sort((b, m) => m.i - b.i), f = [], g = 0, y = 0, w = 0;
  c.sort(Tw(a, s, !!u));
  for (let [b, m] of Object.entries(r)) {
    let v = c.findIndex((E) => E.vs[0] === b);
    c.splice(v + 1, 0, m);
  }
  w = Fs(f, d, w), c.forEach((b) => {
    w += b.vs.length, f.push(b.vs), g += b.barycenter * b.weight, y += b.weight, w = Fs(f, d, w);
  });
  let x = { vs: f.flat(1) };
  return y && (x.barycenter = g / y, x.weight = y), x;
}
function Fs(e, t, n) {
  let o;
  for (; t.length && (o = t[t.length - 1]).i <= n; ) t.pop(), e.push(o.vs), n++;
  return n;
}
function Tw(e, t, n) {
  return (o, i) => {
    if (o.barycenter < i.barycenter) return -1;
    if (o.barycenter > i.barycenter) return 1;
    if (e && (typeof o.vs[0] == "string" || typeof i.vs[0] == "string")) {
      let r = e.node(o.vs[0]), s = e.node(i.vs[0]), a = eu(t, r, s);
      if (a !== 0) return a;
    }
    return n ? i.i - o.i : o.i - i.i;
  };
}
function uu(e, t, n, o, i) {
  var r, s, a, u, l, c, d, f, g, y, w;
  let x = null, b = i;
  typeof o == "boolean" ? (b = o, x = null) : o !== void 0 && (x = o);
  let m = e.children(t), v = e.node(t), E = v ? v.borderLeft : void 0, A = v ? v.borderRight : void 0, B = {};
  E && (m = m.filter((k) => k !== E && k !== A));
  let L = kw(e, m);
  L.forEach((k) => {
    if (e.children(k.v).length) {
      let { result: G } = uu(e, k.v, n, x, b);
      B[k.v] = G, Object.hasOwn(G, "barycenter") && Dw(k, G);
    }
  });
  let R = Sw(L, n);
  Ow(R, B);
  let U = {}, X = !1;
  for (let k = 0; k < R.length; k++) for (let G = k + 1; G < R.length; G++) if (!(!R[k] || !R[G] || !((r = R[k]) != null && r.barycenter) || !((s = R[G]) != null && s.barycenter)) && ((a = R[k]) == null ? void 0 : a.barycenter) === R[G].barycenter) {
    let h = (l = (u = R[k]) == null ? void 0 : u.vs[0]) != null ? l : "", $ = (d = (c = R[G]) == null ? void 0 : c.vs[0]) != null ? d : "", p = e.node(h), S = e.node($);
    if (p.dummy === "edge" && S.dummy === "edge" && ((f = p.edgeObj) == null ? void 0 : f.v) === ((g = S.edgeObj) == null ? void 0 : g.v) && ((y = p.edgeObj) == null ? void 0 : y.w) === ((w = S.edgeObj) == null ? void 0 : w.w)) if (p.edgeLabel.reversed) {
      U[$] = R[k], R.splice(k, 1), k--;
      break;
    } else U[h] || (U[h] = R[G], R.splice(G, 1), G--);
    else X = !0;
  }
  let V = Iw(R, U, x, e, b);
  if (E && A) {
    V.vs = [E, V.vs, A].flat(1);
    let k = e.predecessors(E);
    if (k && k.length) {
      let G = e.node(k[0]), h = e.predecessors(A), $ = e.node(h[0]);
      Object.hasOwn(V, "barycenter") || (V.barycenter = 0, V.weight = 0), V.barycenter = (V.barycenter * V.weight + G.order + $.order) / (V.weight + 2), V.weight += 2;
    }
  }
  return Object.defineProperty(V, "result", { value: V, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(V, "usedBias", { value: X, enumerable: !1, configurable: !0, writable: !0 }), V;
}
function Ow(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((o) => t[o] ? t[o].vs : o);
  });
}
function Dw(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function Pw(e, t, n, o) {
  o || (o = e.nodes());
  let i = Aw(e), r = new et({ compound: !0 }).setGraph({ root: i }).setDefaultNodeLabel((s) => e.node(s));
  return o.forEach((s) => {
    let a = e.node(s), u = e.parent(s);
    if (a.rank === t || a.minRank <= t && t <= a.maxRank) {
      r.setNode(s), r.setParent(s, u || i);
      let l = e[n](s);
      l && l.forEach((c) => {
        let d = c.v === s ? c.w : c.v, f = r.edge(d, s), g = f !== void 0 ? f.weight : 0;
        r.setEdge(d, s, { weight: e.edge(c).weight + g });
      }), Object.hasOwn(a, "minRank") && r.setNode(s, { borderLeft: a.borderLeft[t], borderRight: a.borderRight[t] });
    }
  }), r;
}
function Aw(e) {
  let t;
  for (; e.hasNode(t = Er("_root")); ) ;
  return t;
}
function zw(e, t, n) {
  let o = {}, i;
  n.forEach((r) => {
    let s = e.parent(r), a, u;
    for (; s; ) {
      if (a = e.parent(s), a ? (u = o[a], o[a] = s) : (u = i, i = s), u && u !== s) {
        t.setEdge(u, s);
        return;
      }
      s = a;
    }
  });
}
function cu(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, cu);
    return;
  }
  let o = Ql(e), i = Ys(e, Ln(1, o + 1), "inEdges"), r = Ys(e, Ln(o - 1, -1, -1), "outEdges"), s = xw(e, n);
  if (Xs(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, u, l = t.constraints || [];
  for (let c = 0, d = 0; d < 4; ++c, ++d) {
    Rw(c % 2 ? i : r, c % 4 >= 2, l, n), s = Un(e);
    let f = $w(e, s);
    f < a ? (d = 0, u = Object.assign({}, s), a = f) : f === a && (u = structuredClone(s));
  }
  Xs(e, u);
}
function Ys(e, t, n) {
  let o = /* @__PURE__ */ new Map(), i = (r, s) => {
    o.has(r) || o.set(r, []), o.get(r).push(s);
  };
  for (let r of e.nodes()) {
    let s = e.node(r);
    if (typeof s.rank == "number" && i(s.rank, r), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && i(a, r);
  }
  return t.map(function(r) {
    return Pw(e, r, n, o.get(r) || []);
  });
}
function Rw(e, t, n, o) {
  let i = !0, r = new et();
  e.forEach(function(s) {
    n.forEach((c) => r.setEdge(c.left, c.right));
    let a = s.graph().root, { result: u, usedBias: l } = uu(s, a, r, o, i);
    t && l && (i = !i), u.vs.forEach((c, d) => s.node(c).order = d), zw(s, r, u.vs);
  });
}
function Xs(e, t) {
  Object.values(t).forEach((n) => n.forEach((o, i) => e.node(o).order = i));
}
function Bw(e, t) {
  let n = {};
  function o(i, r) {
    let s = 0, a = 0, u = i.length, l = r[r.length - 1];
    return r.forEach((c, d) => {
      let f = Lw(e, c), g = f ? e.node(f).order : u;
      (f || c === l) && (r.slice(a, d + 1).forEach((y) => {
        let w = e.predecessors(y);
        w && w.forEach((x) => {
          let b = e.node(x), m = b.order;
          (m < s || g < m) && !(b.dummy && e.node(y).dummy) && du(n, x, y);
        });
      }), a = d + 1, s = g);
    }), r;
  }
  return t.length && t.reduce(o), n;
}
function Vw(e, t) {
  let n = {};
  function o(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(o)) return n;
  function i(s, a, u, l, c) {
    Ln(a, u).forEach((d) => {
      let f = s[d];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((y) => {
          if (y === void 0) return;
          let w = e.node(y);
          w.dummy && (w.order < l || w.order > c) && du(n, y, f);
        });
      }
    });
  }
  function r(s, a) {
    let u = -1, l = -1, c = 0;
    return a.forEach((d, f) => {
      if (o(d)) {
        let g = e.predecessors(d);
        if (g && g.length) {
          let y = g[0];
          if (y === void 0) return;
          l = e.node(y).order, i(a, c, f, u, l), c = f, u = l;
        }
      }
      i(a, c, a.length, l, s.length);
    }), a;
  }
  return t.length && t.reduce(r), n;
}
function Lw(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((o) => e.node(o).dummy);
  }
}
function du(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  o || (e[t] = o = {}), o[n] = !0;
}
function Hw(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  return o !== void 0 && Object.hasOwn(o, n);
}
function Fw(e, t, n, o, i) {
  let r = {}, s = {}, a = {};
  return t.forEach((u) => {
    u.forEach((l, c) => {
      r[l] = l, s[l] = l, a[l] = c;
    });
  }), t.forEach((u) => {
    let l = -1, c = -1, d = !1, f = u, g = u.findIndex((y) => i?.includes(y) || Gs(y, e, i));
    g > 0 && (f = [u[g], ...u.slice(0, g), ...u.slice(g + 1)], d = !0), f.forEach((y) => {
      var w;
      let x = o(y);
      if (x && x.length) {
        i != null && i.includes(y) && (x = x.filter((v) => Gs(v, e, i)));
        let b = x.sort((v, E) => {
          let A = a[v], B = a[E];
          return (A !== void 0 ? A : 0) - (B !== void 0 ? B : 0);
        }), m = (b.length - 1) / 2;
        for (let v = Math.floor(m), E = Math.ceil(m); v <= E; ++v) {
          let A = b[v];
          if (A === void 0) continue;
          let B = a[A];
          if (B !== void 0 && s[y] === y && l < B && a[A] !== c && !Hw(n, y, A)) {
            let L = r[A];
            L !== void 0 && (s[A] = y, s[y] = r[y] = L, l = B, d && (l = -1, c = (w = a[A]) != null ? w : -1, d = !1));
          }
        }
      }
    });
  }), { root: r, align: s };
}
function Yw(e, t, n, o, i = !1) {
  let r = {}, s = Xw(e, t, n, i), a = i ? "borderLeft" : "borderRight";
  function u(g, y) {
    let w = s.nodes().slice(), x = {}, b = w.pop();
    for (; b; ) {
      if (x[b]) g(b);
      else {
        x[b] = !0, w.push(b);
        for (let m of y(b)) w.push(m);
      }
      b = w.pop();
    }
  }
  function l(g) {
    let y = s.inEdges(g);
    y ? r[g] = y.reduce((w, x) => {
      var b;
      let m = (b = r[x.v]) != null ? b : 0, v = s.edge(x);
      return Math.max(w, m + (v !== void 0 ? v : 0));
    }, 0) : r[g] = 0;
  }
  function c(g) {
    let y = s.outEdges(g), w = Number.POSITIVE_INFINITY;
    y && (w = y.reduce((b, m) => {
      let v = r[m.w], E = s.edge(m);
      return Math.min(b, (v !== void 0 ? v : 0) - (E !== void 0 ? E : 0));
    }, Number.POSITIVE_INFINITY));
    let x = e.node(g);
    w !== Number.POSITIVE_INFINITY && x.borderType !== a && (r[g] = Math.max(r[g] !== void 0 ? r[g] : 0, w));
  }
  function d(g) {
    return s.predecessors(g) || [];
  }
  function f(g) {
    return s.successors(g) || [];
  }
  return u(l, d), u(c, f), Object.keys(o).forEach((g) => {
    var y;
    let w = n[g];
    w !== void 0 && (r[g] = (y = r[w]) != null ? y : 0);
  }), r;
}
function Xw(e, t, n, o) {
  let i = new et(), r = e.graph(), s = Kw(r.nodesep, r.edgesep, o);
  return t.forEach((a) => {
    let u;
    a.forEach((l) => {
      let c = n[l];
      if (c !== void 0) {
        if (i.setNode(c), u !== void 0) {
          let d = n[u];
          if (d !== void 0) {
            let f = i.edge(d, c);
            i.setEdge(d, c, Math.max(s(e, l, u), f || 0));
          }
        }
        u = l;
      }
    });
  }), i;
}
function Gw(e, t) {
  return Object.values(t).reduce((n, o) => {
    let i = Number.NEGATIVE_INFINITY, r = Number.POSITIVE_INFINITY;
    Object.entries(o).forEach(([a, u]) => {
      let l = Zw(e, a) / 2;
      i = Math.max(u + l, i), r = Math.min(u - l, r);
    });
    let s = i - r;
    return s < n[0] && (n = [s, o]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function Uw(e, t) {
  let n = Object.values(t), o = at(Math.min, n), i = at(Math.max, n);
  ["u", "d"].forEach((r) => {
    ["l", "r"].forEach((s) => {
      let a = r + s, u = e[a];
      if (!u || u === t) return;
      let l = Object.values(u), c = o - at(Math.min, l);
      s !== "l" && (c = i - at(Math.max, l)), c && (e[a] = Jo(u, (d) => d + c));
    });
  });
}
function qw(e, t = void 0) {
  let n = e.ul;
  return n ? Jo(n, (o, i) => {
    var r, s;
    if (t) {
      let u = t.toLowerCase(), l = e[u];
      if (l && l[i] !== void 0) return l[i];
    }
    let a = Object.values(e).map((u) => {
      let l = u[i];
      return l !== void 0 ? l : 0;
    }).sort((u, l) => u - l);
    return (((r = a[1]) != null ? r : 0) + ((s = a[2]) != null ? s : 0)) / 2;
  }) : {};
}
function Ww(e, t) {
  let n = Un(e), o = Object.assign(Bw(e, n), Vw(e, n)), i = {}, r;
  ["u", "d"].forEach((a) => {
    r = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((u) => {
      u === "r" && (r = r.map((d) => Object.values(d).reverse()));
      let l = Fw(e, r, o, (d) => (a === "u" ? e.predecessors(d) : e.successors(d)) || [], t), c = Yw(e, r, l.root, l.align, u === "r");
      u === "r" && (c = Jo(c, (d) => -d)), i[a + u] = c;
    });
  });
  let s = Gw(e, i);
  return Uw(i, s), qw(i, e.graph().align);
}
function Kw(e, t, n) {
  return (o, i, r) => {
    let s = o.node(i), a = o.node(r), u = 0, l;
    if (u += s.width / 2, Object.hasOwn(s, "labelpos")) switch (s.labelpos.toLowerCase()) {
      case "l":
        l = -s.width / 2;
        break;
      case "r":
        l = s.width / 2;
        break;
    }
    if (l && (u += n ? l : -l), l = void 0, u += (s.dummy ? t : e) / 2, u += (a.dummy ? t : e) / 2, u += a.width / 2, Object.hasOwn(a, "labelpos")) switch (a.labelpos.toLowerCase()) {
      case "l":
        l = a.width / 2;
        break;
      case "r":
        l = -a.width / 2;
        break;
    }
    return l && (u += n ? l : -l), u;
  };
}
function Zw(e, t) {
  return e.node(t).width;
}
function Gs(e, t, n) {
  var o;
  if (!n) return !1;
  let i = (o = t.node(e)) == null ? void 0 : o.edgeObj;
  if (!i || t.node(e).edgeLabel.reversed) return !1;
  let r = n.indexOf(i?.v), s = n.indexOf(i?.w);
  return r !== -1 && s !== -1 && r === (s + 1) % n.length || r === (s - 1) % n.length;
}
function jw(e, t) {
  e = Zl(e), Qw(e), Object.entries(Ww(e, t)).forEach(([n, o]) => e.node(n).x = o);
}
function Qw(e) {
  let t = Un(e), n = e.graph(), o = n.ranksep, i = n.rankalign, r = 0;
  t.forEach((s) => {
    let a = s.reduce((u, l) => {
      var c;
      let d = (c = e.node(l).height) != null ? c : 0;
      return u > d ? u : d;
    }, 0);
    s.forEach((u) => {
      let l = e.node(u);
      i === "top" ? l.y = r + l.height / 2 : i === "bottom" ? l.y = r + a - l.height / 2 : l.y = r + a / 2;
    }), r += a + o;
  });
}
var Us = /* @__PURE__ */ new WeakMap();
function Jw(e, t = {}) {
  return fu(e, Jl, t), e;
}
function qs(e, t, n) {
  let o = t;
  for (; o !== void 0; ) {
    let i = e.parent(o);
    if (i === n) return o;
    o = i;
  }
}
function fu(e, t, n) {
  var o;
  let i = e.nodes().filter((m) => e.children(m).length), r = {};
  i.forEach((m) => {
    let v = e.node(m);
    if (v && v.rankdir) {
      let E = new et({ multigraph: !0, compound: !0 });
      E.setGraph({ rankdir: v.rankdir });
      let A = e.children(m);
      A.forEach((h) => {
        let $ = { ...e.node(h) };
        E.setNode(h, $);
        let p = e.parent(h);
        p && p !== m && A.includes(p) && E.setParent(h, p);
      });
      let B = /* @__PURE__ */ new Set();
      e.edges().forEach((h) => {
        let $ = qs(e, h.v, m), p = qs(e, h.w, m);
        if ($ === h.v && p === h.w) E.setEdge(h, { ...e.edge(h) });
        else if ($ && p && $ !== p) {
          let S = `${$}\0${p}`;
          B.has(S) || (B.add(S), E.setEdge($, p, { ...e.edge(h) }));
        }
      }), fu(E, t, n);
      let L = Qs(E);
      Ks(L, t, n, null), Zs(E, L);
      let R = 1 / 0, U = 1 / 0, X = -1 / 0, V = -1 / 0;
      E.nodes().forEach((h) => {
        if (h === m) return;
        let $ = E.node(h);
        $ && typeof $.x == "number" && typeof $.y == "number" && typeof $.width == "number" && typeof $.height == "number" && (R = Math.min(R, $.x - $.width / 2), X = Math.max(X, $.x + $.width / 2), U = Math.min(U, $.y - $.height / 2), V = Math.max(V, $.y + $.height / 2));
      }), (!isFinite(R) || !isFinite(U) || !isFinite(X) || !isFinite(V)) && (R = U = 0, X = V = 0);
      let k = X - R, G = V - U;
      r[m] = { minX: R, minY: U, maxX: X, maxY: V, width: k, height: G, offsetX: R, offsetY: U }, v._dagreClusterSubgraph = E;
    }
  });
  let s = [], a = (m) => {
    let v = [], E = (e.children(m) || []).filter((A) => A !== m);
    for (; E.length > 0; ) {
      let A = E.shift();
      v.push(A), (e.children(A) || []).filter((B) => B !== A).forEach((B) => E.push(B));
    }
    return v;
  }, u = /* @__PURE__ */ new Map();
  i.forEach((m) => {
    let v = e.node(m);
    v && v.rankdir && r[m] && u.set(m, (e.children(m) || []).filter((E) => E !== m));
  });
  let l = new Set([...u.values()].flat()), c = /* @__PURE__ */ new Map();
  u.forEach((m, v) => {
    l.has(v) || c.set(v, a(v));
  });
  let d = new Set([...c.values()].flat()), f = (m) => {
    for (let [v, E] of c) if (E.includes(m)) return v;
    return m;
  }, g = [];
  e.edges().forEach((m) => {
    (d.has(m.v) || d.has(m.w)) && g.push({ edge: m, label: e.edge(m) });
  });
  let y = /* @__PURE__ */ new Map();
  d.forEach((m) => {
    let v = e.parent(m);
    y.set(m, typeof v == "string" ? v : void 0);
  }), c.forEach((m, v) => {
    let E = e.node(v), A = [];
    m.forEach((R) => {
      let U = e.node(R);
      U && (A.push({ id: R, node: U, parent: y.get(R) }), e.removeNode(R));
    });
    let B = g.filter(({ edge: R }) => m.includes(R.v) || m.includes(R.w)), L = r[v];
    E && (s.push({ clusterId: v, subgraph: E._dagreClusterSubgraph, bounds: L, children: m, removedNodes: A, removedEdges: B }), E.width = L.width, E.height = L.height);
  });
  let w = /* @__PURE__ */ new Set();
  g.forEach(({ edge: m, label: v }) => {
    let E = f(m.v), A = f(m.w);
    if (E !== A && e.hasNode(E) && e.hasNode(A)) {
      let B = `${E}\0${A}`;
      w.has(B) || (w.add(B), e.setEdge(E, A, { ...v, width: 0, height: 0 }));
    }
  });
  let x = Qs(e), b = Ks(x, t, n, (o = Us.get(e)) != null ? o : null);
  Us.set(e, b), Zs(e, x), w.forEach((m) => {
    let v = m.indexOf("\0"), E = m.slice(0, v), A = m.slice(v + 1);
    e.hasEdge(E, A) && e.removeEdge(E, A);
  }), s.forEach(({ clusterId: m, subgraph: v, bounds: E, removedNodes: A, removedEdges: B }) => {
    var L, R;
    let U = e.node(m), X = (L = U?.x) != null ? L : 0, V = (R = U?.y) != null ? R : 0, k = (E.minX + E.maxX) / 2, G = (E.minY + E.maxY) / 2;
    A.forEach(({ id: h, node: $, parent: p }) => {
      e.setNode(h, $), p !== void 0 && e.setParent(h, p);
    }), B.forEach(({ edge: h, label: $ }) => {
      e.setEdge(h, $);
    }), v.nodes().forEach((h) => {
      if (h === m) return;
      let $ = v.node(h), p = e.node(h);
      p && $ && typeof $.x == "number" && typeof $.y == "number" && (p.x = X + ($.x - k), p.y = V + ($.y - G));
    }), Ws(e, v, X - k, V - G), delete U._dagreClusterSubgraph;
  }), i.forEach((m) => {
    var v, E;
    let A = e.node(m), B = r[m];
    if (A && A.rankdir && A._dagreClusterSubgraph && B) {
      let L = A._dagreClusterSubgraph, R = (v = A.x) != null ? v : 0, U = (E = A.y) != null ? E : 0, X = (B.minX + B.maxX) / 2, V = (B.minY + B.maxY) / 2;
      L.nodes().forEach((k) => {
        if (k === m) return;
        let G = L.node(k), h = e.node(k);
        if (h && G && typeof G.x == "number" && typeof G.y == "number") {
          let $ = G.x - X, p = G.y - V;
          h.x = R + $, h.y = U + p;
        }
      }), Ws(e, L, R - X, U - V), delete A._dagreClusterSubgraph;
    }
  });
}
function Ws(e, t, n, o) {
  t.edges().forEach((i) => {
    if (!e.hasEdge(i)) return;
    let r = t.edge(i), s = e.edge(i);
    s.points = r.points.map((a) => ({ x: a.x + n, y: a.y + o })), Object.hasOwn(r, "x") && (s.x = r.x + n, s.y = r.y + o);
  });
}
function Ks(e, t, n, o = null) {
  var i, r;
  let s = n?.useDynamic !== !1, a = s && (i = o?.graph) != null ? i : null, u = s && (r = o?.rawNodes) != null ? r : null;
  t("    makeSpaceForEdgeLabels", () => a_(e)), t("    removeSelfEdges", () => v_(e)), t("    acyclic", () => F1(e, a)), t("    nestingGraph.run", () => hw(e)), t("    rank", () => rw(Zl(e))), t("    injectEdgeLabelProxies", () => l_(e)), t("    removeEmptyRanks", () => S1(e)), t("    nestingGraph.cleanup", () => vw(e)), t("    normalizeRanks", () => k1(e)), t("    assignRankMinMax", () => u_(e)), t("    removeEdgeLabelProxies", () => c_(e)), t("    normalize.run", () => U1(e)), t("    parentDummyChains", () => uw(e)), t("    addBorderSegments", () => mw(e)), t("    order", () => cu(e, n, u)), t("    insertSelfEdges", () => m_(e)), t("    adjustCoordinateSystem", () => ww(e)), t("    position", () => jw(e, n.corePath)), t("    positionSelfEdges", () => y_(e));
  let l = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => p_(e)), t("    normalize.undo", () => W1(e)), t("    fixupEdgeLabelCoords", () => h_(e)), t("    undoCoordinateSystem", () => _w(e)), t("    translateGraph", () => d_(e)), t("    assignNodeIntersects", () => f_(e)), t("    reversePoints", () => g_(e)), t("    acyclic.undo", () => X1(e)), { graph: e, rawNodes: l };
}
function Zs(e, t) {
  e.nodes().forEach((n) => {
    let o = e.node(n), i = t.node(n);
    o && (o.x = i.x, o.y = i.y, o.order = i.order, o.rank = i.rank, t.children(n).length && (o.width = i.width, o.height = i.height));
  }), e.edges().forEach((n) => {
    let o = e.edge(n), i = t.edge(n);
    o.points = i.points, Object.hasOwn(i, "x") && (o.x = i.x, o.y = i.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var e_ = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], t_ = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, n_ = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], o_ = ["width", "height", "rank"], js = { width: 0, height: 0 }, i_ = ["minlen", "weight", "width", "height", "labeloffset"], r_ = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, s_ = ["labelpos"];
function Qs(e) {
  let t = new et({ multigraph: !0, compound: !0 }), n = Ei(e.graph());
  return t.setGraph(Object.assign({}, t_, bi(n, e_), Bo(n, n_))), e.nodes().forEach((o) => {
    let i = Ei(e.node(o)), r = bi(i, o_);
    Object.keys(js).forEach((a) => {
      r[a] === void 0 && (r[a] = js[a]);
    }), t.setNode(o, r);
    let s = e.parent(o);
    s !== void 0 && t.setParent(o, s);
  }), e.edges().forEach((o) => {
    let i = Ei(e.edge(o));
    t.setEdge(o, Object.assign({}, r_, bi(i, i_), Bo(i, s_)));
  }), t;
}
function a_(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var o;
    let i = e.edge(n);
    i.minlen *= 2, ((o = i.labelpos) != null ? o : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? i.width += i.labeloffset : i.height += i.labeloffset);
  });
}
function l_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let o = e.node(t.v), i = { rank: (e.node(t.w).rank - o.rank) / 2 + o.rank, e: t };
      cn(e, "edge-proxy", i, "_ep");
    }
  });
}
function u_(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let o = e.node(n);
    o.borderTop && (o.minRank = e.node(o.borderTop).rank, o.maxRank = e.node(o.borderBottom).rank, t = Math.max(t, o.maxRank));
  }), e.graph().maxRank = t;
}
function c_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let o = n;
      e.edge(o.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function d_(e) {
  let t = Number.POSITIVE_INFINITY, n = 0, o = Number.POSITIVE_INFINITY, i = 0, r = e.graph(), s = r.marginx || 0, a = r.marginy || 0;
  function u(l) {
    let c = l.x, d = l.y, f = l.width, g = l.height;
    t = Math.min(t, c - f / 2), n = Math.max(n, c + f / 2), o = Math.min(o, d - g / 2), i = Math.max(i, d + g / 2);
  }
  e.nodes().forEach((l) => u(e.node(l))), e.edges().forEach((l) => {
    let c = e.edge(l);
    Object.hasOwn(c, "x") && u(c);
  }), t -= s, o -= a, e.nodes().forEach((l) => {
    let c = e.node(l);
    c.x -= t, c.y -= o;
  }), e.edges().forEach((l) => {
    let c = e.edge(l);
    c.points.forEach((d) => {
      d.x -= t, d.y -= o;
    }), Object.hasOwn(c, "x") && (c.x -= t), Object.hasOwn(c, "y") && (c.y -= o);
  }), r.width = n - t + s, r.height = i - o + a;
}
function f_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), o = e.node(t.v), i = e.node(t.w), r, s;
    n.points ? (r = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], r = i, s = o), n.points.unshift(As(o, r)), n.points.push(As(i, s));
  });
}
function h_(e) {
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
function g_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function p_(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), o = e.node(n.borderTop), i = e.node(n.borderBottom), r = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - r.x), n.height = Math.abs(i.y - o.y), n.x = r.x + n.width / 2, n.y = o.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function v_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function m_(e) {
  Un(e).forEach((t) => {
    let n = 0;
    t.forEach((o, i) => {
      let r = e.node(o);
      typeof r.rank != "number" && (r.rank = 0), r.order = i + n, (r.selfEdges || []).forEach((s) => {
        cn(e, "selfedge", { width: s.label.width, height: s.label.height, rank: r.rank, order: i + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete r.selfEdges;
    });
  });
}
function y_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t), o = (i) => typeof i == "number" && isFinite(i);
    if (n.dummy === "selfedge") {
      let i = n, r = e.node(i.e.v), s = o(r?.x) ? r.x : 0, a = o(r?.y) ? r.y : 0, u = o(r?.width) ? r.width : 0, l = o(r?.height) ? r.height : 0, c = o(n.x) ? n.x : s, d = o(n.y) ? n.y : a, f = u / 2, g = l / 2;
      i.edgeLabel.points = [{ x: c + f, y: d - g }, { x: c + f, y: d - g }, { x: c, y: d }, { x: c - f, y: d + g }, { x: c - f, y: d + g }, { x: c, y: d }, { x: c, y: d }], i.edgeLabel.x = c, i.edgeLabel.y = d, e.setEdge(i.e, i.edgeLabel), e.removeNode(t);
    } else n && Array.isArray(n.selfEdges) && n.selfEdges.forEach((i) => {
      if (!Array.isArray(i.label.points) || i.label.points.length !== 7) {
        let r = o(n.x) ? n.x : 0, s = o(n.y) ? n.y : 0, a = o(n.width) ? n.width : 0, u = o(n.height) ? n.height : 0, l = a / 2, c = u / 2;
        i.label.points = [{ x: r + l, y: s - c }, { x: r + l, y: s - c }, { x: r, y: s }, { x: r - l, y: s + c }, { x: r - l, y: s + c }, { x: r, y: s }, { x: r, y: s }];
      }
    });
  });
}
function bi(e, t) {
  return Jo(Bo(e, t), Number);
}
function Ei(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, o]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = o;
  }), t;
}
function w_(e) {
  let t = Un(e), n = new et({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((o) => {
    n.setNode(o, { label: o }), n.setParent(o, "layer" + e.node(o).rank);
  }), e.edges().forEach((o) => n.setEdge(o.v, o.w, {}, o.name)), t.forEach((o, i) => {
    let r = "layer" + i;
    n.setNode(r, { rank: "same" }), o.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var __ = { graphlib: Fl, version: D1, layout: Jw, debug: w_, util: { time: I1, notime: Jl } }, Js = __;
const b_ = {
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
}, ea = {
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
}, ta = ["#26a69a", "#7e57c2", "#ec407a", "#ffa726", "#5c6bc0", "#9ccc65", "#8d6e63"];
function E_(e) {
  return String(e || "").split("[")[0].trim();
}
function En(e) {
  const t = E_(e);
  if (ea[t]) return ea[t];
  let n = 0;
  for (const o of t) n = n * 31 + o.charCodeAt(0) >>> 0;
  return ta[n % ta.length];
}
function Zi(e) {
  return b_[e] || "#607d8b";
}
const x_ = ["data-node-id", "data-block-type", "title"], $_ = { class: "gc-node-id" }, N_ = { class: "gc-node-type" }, k_ = { class: "gc-node-body" }, S_ = ["data-port"], C_ = { class: "gc-port-name" }, M_ = {
  key: 1,
  class: "gc-port gc-in"
}, I_ = ["data-port"], T_ = { class: "gc-port-name" }, O_ = {
  key: 3,
  class: "gc-port gc-out"
}, D_ = {
  key: 0,
  class: "gc-summary"
}, P_ = {
  key: 1,
  class: "gc-node-error"
}, A_ = {
  __name: "BlockNode",
  props: {
    id: { type: String, required: !0 },
    data: { type: Object, required: !0 },
    selected: { type: Boolean, default: !1 }
  },
  setup(e) {
    const t = e, n = ue(() => Zi(t.data.kind)), o = Ot("gcWiring", { handleHint: () => "", keyWire: () => {
    } });
    function i(a, u) {
      const l = o.handleHint(t.id, a, u);
      return l ? `gc-${l}` : "";
    }
    function r(a, u, l) {
      a.key !== "Enter" && a.key !== " " || (a.preventDefault(), a.stopPropagation(), o.keyWire(t.id, u, l));
    }
    const s = ue(() => Math.max(t.data.inputs.length, t.data.outputs.length));
    return (a, u) => (Q(), le("div", {
      class: Ye(["gc-node", { "gc-invalid": e.data.invalid, "gc-selected": e.selected, "gc-unknown": e.data.unknown }]),
      "data-node-id": e.id,
      "data-block-type": e.data.blockType,
      title: e.data.messages.join(`
`)
    }, [
      Ne("div", {
        class: "gc-node-header",
        style: Ae({ background: n.value })
      }, [
        Ne("span", $_, Pe(e.id), 1),
        Ne("span", N_, Pe(e.data.title), 1)
      ], 4),
      Ne("div", k_, [
        (Q(!0), le(Ve, null, un(s.value, (l) => (Q(), le("div", {
          key: l,
          class: "gc-row"
        }, [
          e.data.inputs[l - 1] ? (Q(), le("div", {
            key: 0,
            class: "gc-port gc-in",
            "data-port": `${e.id}.${e.data.inputs[l - 1].name}`
          }, [
            Be(W(on), {
              type: "target",
              id: e.data.inputs[l - 1].name,
              position: W(ae).Left,
              class: Ye(["gc-handle", [{ "gc-required": e.data.inputs[l - 1].required }, i(e.data.inputs[l - 1].name, "target")]]),
              tabindex: "0",
              role: "button",
              "aria-label": `input ${e.id}.${e.data.inputs[l - 1].name}, takes ${e.data.inputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.inputs[l - 1].name, "target"),
              style: Ae({ background: W(En)(e.data.inputs[l - 1].types[0]) }),
              "data-port": `${e.id}.${e.data.inputs[l - 1].name}`,
              title: `${e.data.inputs[l - 1].name}: ${e.data.inputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"]),
            Ne("span", C_, Pe(e.data.inputs[l - 1].name), 1),
            Ne("span", {
              class: "gc-port-type",
              style: Ae({ color: W(En)(e.data.inputs[l - 1].types[0]) })
            }, Pe(e.data.inputs[l - 1].label), 5)
          ], 8, S_)) : (Q(), le("div", M_)),
          e.data.outputs[l - 1] ? (Q(), le("div", {
            key: 2,
            class: "gc-port gc-out",
            "data-port": `${e.id}.${e.data.outputs[l - 1].name}`
          }, [
            Ne("span", {
              class: "gc-port-type",
              style: Ae({ color: W(En)(e.data.outputs[l - 1].type) })
            }, Pe(e.data.outputs[l - 1].label), 5),
            Ne("span", T_, Pe(e.data.outputs[l - 1].name), 1),
            Be(W(on), {
              type: "source",
              id: e.data.outputs[l - 1].name,
              position: W(ae).Right,
              class: Ye(["gc-handle", i(e.data.outputs[l - 1].name, "source")]),
              tabindex: "0",
              role: "button",
              "aria-label": `output ${e.id}.${e.data.outputs[l - 1].name}, gives ${e.data.outputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.outputs[l - 1].name, "source"),
              style: Ae({ background: W(En)(e.data.outputs[l - 1].type) }),
              "data-port": `${e.id}.${e.data.outputs[l - 1].name}`,
              title: `${e.data.outputs[l - 1].name}: ${e.data.outputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"])
          ], 8, I_)) : (Q(), le("div", O_))
        ]))), 128)),
        e.data.summary ? (Q(), le("div", D_, Pe(e.data.summary), 1)) : Se("", !0),
        e.data.invalid ? (Q(), le("div", P_, Pe(e.data.messages[0]), 1)) : Se("", !0)
      ])
    ], 10, x_));
  }
}, z_ = {
  key: 0,
  class: "gc-empty"
}, R_ = {
  key: 1,
  class: "gc-key-wire",
  role: "status"
}, B_ = {
  key: 0,
  class: "gc-quick-note"
}, V_ = {
  class: "gc-quick-list",
  role: "listbox",
  "aria-label": "Blocks"
}, L_ = ["aria-selected", "data-quick-block", "onMouseenter", "onClick"], H_ = { class: "gc-quick-title" }, F_ = { class: "gc-quick-type" }, Y_ = {
  key: 0,
  class: "gc-quick-none"
}, na = "application/x-gancanvas-block", X_ = 135, U_ = {
  __name: "GanCanvas",
  props: {
    graph: { type: Object, default: () => ({ nodes: [], edges: [], layout: {} }) },
    catalog: { type: Object, default: () => ({}) },
    issues: { type: Array, default: () => [] },
    selection: { type: Object, default: () => ({ nodes: [], edges: [] }) },
    shapes: { type: Object, default: () => ({}) },
    flowId: { type: String, default: "gancanvas" }
  },
  emits: ["add", "connect", "move", "select", "remove", "shortcut", "file", "layout", "ready", "insert", "refused"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = Me(o.flowId), s = { block: xn(A_) }, a = Ie(null), u = Ie(!1), l = ue(() => {
      const T = {}, z = {};
      for (const H of o.issues || []) {
        const F = String(H.path || "").split(".");
        F[0] === "nodes" && F[1] && (T[F[1]] ||= []).push(H.message), F[0] === "edges" && F[1] !== void 0 && (z[F[1]] ||= []).push(H.message);
      }
      return { byNode: T, byEdge: z };
    });
    function c(T, z) {
      return o.shapes[T] || z;
    }
    function d(T) {
      return Object.entries(T || {}).slice(0, 3).map(([H, F]) => `${H}=${JSON.stringify(F)}`).join("  ");
    }
    function f() {
      const T = new Set(o.selection?.nodes || []), z = o.graph.layout || {};
      return (o.graph.nodes || []).map((H, F) => {
        const j = o.catalog[H.type], fe = l.value.byNode[H.id] || [], me = z[H.id] || [40 + F % 5 * 260, 40 + Math.floor(F / 5) * 200];
        return {
          id: H.id,
          type: "block",
          position: { x: me[0], y: me[1] },
          selected: T.has(H.id),
          data: {
            blockType: H.type,
            kind: j ? j.kind : H.type.split(".")[0],
            title: j ? j.title : `${H.type} (unknown)`,
            unknown: !j,
            invalid: fe.length > 0,
            messages: fe,
            summary: d(H.params),
            inputs: (j ? j.inputs : []).map((Ee) => {
              const Fe = Ee.accepts && Ee.accepts.length ? Ee.accepts : [Ee.type];
              return { ...Ee, types: Fe, label: c(`${H.id}.${Ee.name}`, Fe.join("|")) };
            }),
            outputs: (j ? j.outputs : []).map((Ee) => ({
              ...Ee,
              label: c(`${H.id}.${Ee.name}`, Ee.type)
            }))
          }
        };
      });
    }
    function g(T, z) {
      const H = (o.graph.nodes || []).find((fe) => fe.id === T), F = H && o.catalog[H.type], j = F && F.outputs.find((fe) => fe.name === z);
      return j ? j.type : "";
    }
    function y() {
      const T = new Set(o.selection?.edges || []);
      return (o.graph.edges || []).map((z, H) => {
        const [F, ...j] = z.from.split("."), [fe, ...me] = z.to.split("."), Ee = l.value.byEdge[String(H)] || [], Fe = Ee.length ? "#e53935" : En(g(F, j.join(".")));
        return {
          id: `e${H}:${z.from}->${z.to}`,
          source: F,
          target: fe,
          sourceHandle: j.join("."),
          targetHandle: me.join("."),
          selected: T.has(H),
          class: Ee.length ? "gc-edge-invalid" : "",
          style: { stroke: Fe, strokeWidth: Ee.length ? 3 : 2 },
          markerEnd: { type: ko.ArrowClosed, color: Fe },
          label: Ee.length ? "!" : void 0,
          data: { index: H, messages: Ee, from: z.from, to: z.to }
        };
      });
    }
    const w = Ie([]), x = Ie([]);
    function b() {
      w.value = f(), x.value = y(), qe(() => r.updateNodeInternals(w.value.map((T) => T.id)));
    }
    $e(() => [o.graph, o.catalog, o.issues, o.selection, o.shapes], b, {
      deep: !0,
      immediate: !0
    });
    const m = xi({ from: null, to: "", tip: "", x: 0, y: 0, keyboard: !1 });
    let v = !1, E = { x: 0, y: 0, inside: !1 };
    function A(T) {
      const z = (o.graph.nodes || []).find((H) => H.id === T);
      return z ? o.catalog[z.type] : null;
    }
    function B(T, z, H) {
      const F = A(T);
      return F && (H === "source" ? F.outputs : F.inputs).find((j) => j.name === z) || null;
    }
    function L(T) {
      return T.accepts && T.accepts.length ? T.accepts : [T.type];
    }
    function R(T, z, H, F) {
      if (!T) return "";
      const j = `${T.node}.${T.handle}`, fe = `${z}.${H}`;
      if (T.type === F)
        return `${j} and ${fe} are both ${F === "target" ? "inputs" : "outputs"}: a wire runs from an output (right side) to an input (left side)`;
      const me = T.type === "source" ? T : { node: z, handle: H }, Ee = T.type === "source" ? { node: z, handle: H } : T;
      if (me.node === Ee.node) return "a block cannot be wired to itself";
      const Fe = B(me.node, me.handle, "source"), We = B(Ee.node, Ee.handle, "target");
      if (!Fe || !We) return "";
      const nt = `${me.node}.${me.handle}`, bt = `${Ee.node}.${Ee.handle}`;
      if (!L(We).includes(Fe.type)) return `${bt} takes ${L(We).join(" or ")}, not ${Fe.type} (${nt})`;
      const kr = o.graph.edges || [];
      return kr.some((dn) => dn.from === nt && dn.to === bt) ? `${nt} is already wired to ${bt}` : !We.multiple && kr.some((dn) => dn.to === bt) ? `${bt} already has a wire (it takes one)` : "";
    }
    function U(T, z, H) {
      const F = m.from;
      return F ? F.node === T && F.handle === z && F.type === H ? "from" : R(F, T, z, H) ? "unfit" : "fit" : "";
    }
    function X(T, z, H) {
      const j = r.findNode(T)?.handleBounds || {}, fe = (j.source || []).some((Ee) => Ee.id === z), me = (j.target || []).some((Ee) => Ee.id === z);
      return fe && !me ? "source" : me && !fe || H === "source" ? "target" : "source";
    }
    function V(T) {
      const z = m.from;
      if (!z) return !0;
      const H = z.type === "source" ? [T.target, T.targetHandle] : [T.source, T.sourceHandle], F = R(z, H[0], H[1], X(H[0], H[1], z.type));
      return m.tip = F, m.to = `${H[0]}.${H[1]}`, !F;
    }
    function k({ nodeId: T, handleId: z, handleType: H }) {
      v = !1, m.keyboard = !1, m.tip = "", m.from = { node: T, handle: z, type: H };
    }
    function G(T) {
      const z = a.value?.getBoundingClientRect();
      if (z && (E = { x: T.clientX - z.left, y: T.clientY - z.top, inside: !0, cx: T.clientX, cy: T.clientY }), !m.from || m.keyboard) return;
      m.x = E.x, m.y = E.y, document.elementFromPoint(T.clientX, T.clientY)?.closest?.(".vue-flow__handle") || (m.tip = "");
    }
    function h(T) {
      v = !0, i("connect", { source: `${T.source}.${T.sourceHandle}`, target: `${T.target}.${T.targetHandle}` });
    }
    function $(T) {
      const z = m.from, H = m.tip;
      if (m.from = null, m.tip = "", v || !z || m.keyboard) return;
      if (H) {
        i("refused", { reason: H, source: `${z.node}.${z.handle}`, target: m.to });
        return;
      }
      const F = T?.clientX ?? E.cx, j = T?.clientY ?? E.cy, fe = document.elementFromPoint(F, j);
      fe?.closest?.(".vue-flow__node, .vue-flow__handle, .vue-flow__controls, .vue-flow__minimap") || fe?.closest?.(".vue-flow") && K(F, j, z);
    }
    function p(T, z, H) {
      const F = m.from;
      if (!F || !m.keyboard) {
        m.from = { node: T, handle: z, type: H }, m.keyboard = !0, m.tip = "";
        return;
      }
      if (m.from = null, m.keyboard = !1, F.node === T && F.handle === z && F.type === H) return;
      const j = R(F, T, z, H), fe = `${F.node}.${F.handle}`, me = `${T}.${z}`;
      if (j) {
        i("refused", { reason: j, source: fe, target: me });
        return;
      }
      i("connect", F.type === "source" ? { source: fe, target: me } : { source: me, target: fe });
    }
    Mt("gcWiring", { handleHint: U, keyWire: p, wiring: m });
    const S = xi({ open: !1, x: 0, y: 0, flowX: 0, flowY: 0, text: "", index: 0, wire: null }), M = Ie(null);
    function P(T, z) {
      if (!z) return !0;
      if (z.type === "source") {
        const F = B(z.node, z.handle, "source");
        return !!F && T.inputs.some((j) => L(j).includes(F.type));
      }
      const H = B(z.node, z.handle, "target");
      return !!H && T.outputs.some((F) => L(H).includes(F.type));
    }
    const O = ue(() => {
      if (!S.open) return [];
      const T = S.text.toLowerCase().split(/\s+/).filter(Boolean), z = [];
      for (const [H, F] of Object.entries(o.catalog)) {
        if (!P(F, S.wire)) continue;
        const j = `${H} ${F.title} ${F.kind}`.toLowerCase();
        T.every((fe) => j.includes(fe)) && z.push({ type: H, title: F.title, kind: F.kind });
      }
      return z.slice(0, 40);
    });
    let Y = 0;
    function K(T, z, H = null) {
      Y = performance.now();
      const F = a.value.getBoundingClientRect(), j = r.screenToFlowCoordinate({ x: T, y: z });
      Object.assign(S, {
        open: !0,
        x: Math.min(Math.max(T - F.left, 4), Math.max(F.width - 330, 4)),
        y: Math.min(Math.max(z - F.top, 4), Math.max(F.height - 330, 4)),
        flowX: Math.round(j.x),
        flowY: Math.round(j.y),
        text: "",
        index: 0,
        wire: H
      }), qe(() => M.value?.focus());
    }
    function ne() {
      S.open = !1, S.wire = null, a.value?.focus();
    }
    function ie(T) {
      if (!T) return;
      const z = S.wire ? { port: `${S.wire.node}.${S.wire.handle}`, side: S.wire.type } : null;
      i("add", { type: T.type, x: S.flowX, y: S.flowY, wire: z }), ne();
    }
    function q(T) {
      const z = O.value.length;
      if (T.key === "Escape") ne();
      else if (T.key === "ArrowDown") S.index = z ? (S.index + 1) % z : 0;
      else if (T.key === "ArrowUp") S.index = z ? (S.index - 1 + z) % z : 0;
      else if (T.key === "Enter") ie(O.value[S.index]);
      else return;
      T.preventDefault(), T.stopPropagation();
    }
    $e(() => S.text, () => S.index = 0);
    function Z(T) {
      T.target?.closest?.(".vue-flow__node, .vue-flow__edge, .vue-flow__controls, .vue-flow__minimap, .gc-quick") || K(T.clientX, T.clientY);
    }
    function J(T, z) {
      for (const H of document.elementsFromPoint(T, z)) {
        const F = H.closest?.(".vue-flow__edge");
        if (!F) continue;
        const j = /^e(\d+):/.exec(F.getAttribute("data-id") || "");
        if (j) return Number(j[1]);
      }
      return null;
    }
    function he(T) {
      return (o.graph.edges || []).some((z) => z.from.split(".")[0] === T || z.to.split(".")[0] === T);
    }
    function we(T) {
      const z = {};
      for (const F of T.nodes || [T.node])
        z[F.id] = [Math.round(F.position.x), Math.round(F.position.y)];
      i("move", { positions: z });
      const H = T.nodes || [T.node];
      if (H.length === 1 && !he(H[0].id)) {
        const j = a.value?.querySelector(`.vue-flow__node[data-id="${H[0].id}"]`)?.getBoundingClientRect(), fe = j ? J(j.left + j.width / 2, j.top + j.height / 2) : null;
        fe !== null && i("insert", { node: H[0].id, edge: fe });
      }
    }
    function pe() {
      return {
        nodes: r.getSelectedNodes.value.map((T) => T.id),
        edges: r.getSelectedEdges.value.map((T) => T.data.index)
      };
    }
    function _e({ node: T }) {
      i("select", { nodes: [T.id], edges: [] });
    }
    function ce({ edge: T }) {
      i("select", { nodes: [], edges: [T.data.index] });
    }
    function ge() {
      S.open && performance.now() - Y > 400 && ne(), i("select", { nodes: [], edges: [] });
    }
    function N() {
      qe(() => i("select", pe()));
    }
    function _(T) {
      if (T.defaultPrevented) return;
      const z = T.target, H = z && z.tagName || "";
      if (["INPUT", "TEXTAREA", "SELECT"].includes(H) || z?.isContentEditable || z?.closest && z.closest(".q-dialog, .q-menu")) return;
      const F = T.ctrlKey || T.metaKey, j = T.key.toLowerCase();
      if (j === "escape" && m.keyboard) {
        m.from = null, m.keyboard = !1;
        return;
      }
      if (!F && (j === "/" || j === " ") && !z?.closest?.(".vue-flow__handle, button, a")) {
        T.preventDefault();
        const me = a.value.getBoundingClientRect(), Ee = E.inside && E.cx >= me.left && E.cx <= me.right && E.cy >= me.top && E.cy <= me.bottom;
        K(Ee ? E.cx : me.left + me.width / 2, Ee ? E.cy : me.top + me.height / 3);
        return;
      }
      let fe = null;
      if (j === "delete" || j === "backspace" ? fe = "delete" : F && j === "z" && !T.shiftKey ? fe = "undo" : F && (j === "y" || j === "z" && T.shiftKey) ? fe = "redo" : F && j === "c" ? fe = "copy" : F && j === "v" ? fe = "paste" : F && j === "x" ? fe = "cut" : F && j === "d" ? fe = "duplicate" : F && j === "a" ? fe = "select_all" : F && j === "s" ? fe = "save" : !F && j === "f" ? fe = "fit" : !F && j === "l" && (fe = "layout"), !!fe) {
        if (T.preventDefault(), fe === "fit") return re();
        if (fe === "layout") return de();
        if (fe === "select_all") {
          i("select", { nodes: (o.graph.nodes || []).map((me) => me.id), edges: [] });
          return;
        }
        i("shortcut", { action: fe, ...pe() });
      }
    }
    function C(T, z) {
      const H = r.getSelectedNodes.value;
      if (!H.length) return !1;
      const F = T === "arrowleft" ? -z : T === "arrowright" ? z : 0, j = T === "arrowup" ? -z : T === "arrowdown" ? z : 0, fe = {};
      for (const me of H)
        me.position = { x: Math.round(me.position.x + F), y: Math.round(me.position.y + j) }, fe[me.id] = [me.position.x, me.position.y];
      return i("move", { positions: fe }), !0;
    }
    function D(T) {
      const z = T.key.toLowerCase();
      if (!z.startsWith("arrow") || T.ctrlKey || T.metaKey || T.altKey) return;
      const H = T.target;
      ["INPUT", "TEXTAREA", "SELECT"].includes(H?.tagName) || H?.isContentEditable || H?.closest?.(".q-dialog, .q-menu, .gc-quick") || C(z, T.shiftKey ? 50 : 10) && (T.preventDefault(), T.stopPropagation());
    }
    _t(() => {
      document.addEventListener("keydown", D, !0), document.addEventListener("keydown", _), document.addEventListener("mousemove", G);
    }), ji(() => {
      document.removeEventListener("keydown", D, !0), document.removeEventListener("keydown", _), document.removeEventListener("mousemove", G);
    });
    function I(T) {
      T.preventDefault();
      const z = Array.from(T.dataTransfer?.types || []);
      u.value = z.includes(na) || z.includes("Files"), T.dataTransfer && (T.dataTransfer.dropEffect = z.includes("Files") ? "copy" : "move");
    }
    function ee() {
      u.value = !1;
    }
    async function oe(T) {
      T.preventDefault(), u.value = !1;
      const z = T.dataTransfer;
      if (!z) return;
      const H = z.getData(na);
      if (H) {
        const j = r.screenToFlowCoordinate({ x: T.clientX, y: T.clientY }), fe = J(T.clientX, T.clientY);
        i("add", { type: H, x: Math.round(j.x), y: Math.round(j.y), edge: fe });
        return;
      }
      const F = z.files && z.files[0];
      if (F) {
        const j = F.size > 5e6 ? "" : await F.text();
        i("file", { name: F.name, text: j, size: F.size });
      }
    }
    function re() {
      const T = r.getNodes.value, z = a.value;
      if (!T.length || !z) return r.fitView({ padding: 0.15, duration: 0 });
      let H = 1 / 0, F = 1 / 0, j = -1 / 0, fe = -1 / 0;
      for (const We of T) {
        const nt = We.computedPosition || We.position, bt = We.dimensions || {};
        H = Math.min(H, nt.x), F = Math.min(F, nt.y), j = Math.max(j, nt.x + (bt.width || 220)), fe = Math.max(fe, nt.y + (bt.height || 120));
      }
      const me = Math.max(j - H, 1), Ee = Math.max(fe - F, 1);
      let Fe = 0;
      for (let We = 0; We < 4; We++) {
        const nt = Math.min(z.clientWidth / (me * 1.15), z.clientHeight / ((Ee + Fe) * 1.15), 2.5);
        Fe = X_ / Math.max(nt, 0.1);
      }
      r.fitBounds({ x: H, y: F, width: me, height: Ee + Fe }, { padding: 0.15, duration: 0 });
    }
    function se(T) {
      const z = new Set(T), H = r.getNodes.value.filter((F) => z.has(F.id));
      H.length && r.fitView({ nodes: H.map((F) => F.id), padding: 0.6, maxZoom: 1.2, duration: 200 });
    }
    function de() {
      const T = new Js.graphlib.Graph();
      T.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 70, marginx: 20, marginy: 20 }), T.setDefaultEdgeLabel(() => ({}));
      for (const H of r.getNodes.value) {
        const F = H.dimensions || {};
        T.setNode(H.id, { width: F.width || 220, height: F.height || 120 });
      }
      for (const H of r.getEdges.value) T.setEdge(H.source, H.target);
      Js.layout(T);
      const z = {};
      for (const H of r.getNodes.value) {
        const F = T.node(H.id), j = H.dimensions || {};
        z[H.id] = [Math.round(F.x - (j.width || 220) / 2), Math.round(F.y - (j.height || 120) / 2)];
      }
      return i("layout", { positions: z }), setTimeout(re, 50), z;
    }
    function ve() {
      return r.getViewport();
    }
    function be() {
      re(), window.__gancanvasPaneReady = performance.now(), w.value.length || (window.__gancanvasReady = window.__gancanvasPaneReady);
    }
    function tt() {
      const T = window.__gancanvasReady === void 0;
      window.__gancanvasReady = performance.now(), window.__gancanvasNodes = r.getNodes.value.length, T && (re(), i("ready", { t: window.__gancanvasReady, nodes: window.__gancanvasNodes }));
    }
    t({ fitView: re, focus: se, autoLayout: de, getViewport: ve });
    const Ue = ue(() => ({ stroke: "#90a4ae", strokeWidth: 2 })), ti = (T) => Zi(T.data?.kind);
    return (T, z) => (Q(), le("div", {
      ref_key: "root",
      ref: a,
      class: Ye(["gc-canvas", { "gc-drop-active": u.value }]),
      tabindex: "0",
      onDragover: I,
      onDragleave: ee,
      onDrop: oe,
      onDblclick: Z
    }, [
      Be(W(Ip), {
        id: e.flowId,
        nodes: w.value,
        edges: x.value,
        "node-types": s,
        "delete-key-code": null,
        "selection-key-code": "Shift",
        "multi-selection-key-code": "Control",
        "connection-line-style": Ue.value,
        "default-edge-options": { type: "default" },
        "min-zoom": 0.1,
        "max-zoom": 2.5,
        "nodes-draggable": !0,
        "elevate-edges-on-select": !0,
        "zoom-on-double-click": !1,
        "is-valid-connection": V,
        onConnect: h,
        onConnectStart: k,
        onConnectEnd: $,
        onNodeDragStop: we,
        onNodeClick: _e,
        onEdgeClick: ce,
        onPaneClick: ge,
        onSelectionEnd: N,
        onPaneReady: be,
        onNodesInitialized: tt
      }, {
        default: rt(() => [
          Be(W(Bp), {
            "pattern-color": "#cfd8dc",
            gap: 18
          }),
          Be(W(pv), { "show-interactive": !1 }),
          Be(W(jy), {
            pannable: "",
            zoomable: "",
            width: 170,
            height: 110,
            "node-color": ti
          }),
          (e.graph.nodes || []).length ? Se("", !0) : (Q(), le("div", z_, [...z[4] || (z[4] = [
            $i(" Drag blocks here from the palette, or drop a graph JSON file.", -1),
            Ne("br", null, null, -1),
            $i(" Double-click (or press /) to search for a block. ", -1)
          ])]))
        ]),
        _: 1
      }, 8, ["id", "nodes", "edges", "connection-line-style"]),
      m.from && m.tip && !m.keyboard ? (Q(), le("div", {
        key: 0,
        class: "gc-wire-tip",
        role: "status",
        style: Ae({ left: `${m.x + 16}px`, top: `${m.y + 14}px` })
      }, Pe(m.tip), 5)) : Se("", !0),
      m.keyboard && m.from ? (Q(), le("div", R_, " Wiring from " + Pe(m.from.node) + "." + Pe(m.from.handle) + ": focus a port (Tab) and press Enter · Esc cancels ", 1)) : Se("", !0),
      S.open ? (Q(), le("div", {
        key: 2,
        class: "gc-quick",
        role: "dialog",
        "aria-label": "Add a block",
        style: Ae({ left: `${S.x}px`, top: `${S.y}px` }),
        onMousedown: z[1] || (z[1] = ni(() => {
        }, ["stop"])),
        onDblclick: z[2] || (z[2] = ni(() => {
        }, ["stop"])),
        onWheel: z[3] || (z[3] = ni(() => {
        }, ["stop"]))
      }, [
        Eu(Ne("input", {
          ref_key: "quickInput",
          ref: M,
          "onUpdate:modelValue": z[0] || (z[0] = (H) => S.text = H),
          class: "gc-quick-input",
          placeholder: "Search blocks…",
          "aria-label": "Search blocks",
          "data-testid": "quick-add-input",
          onKeydown: q
        }, null, 544), [
          [xu, S.text]
        ]),
        S.wire ? (Q(), le("div", B_, " blocks that fit " + Pe(S.wire.node) + "." + Pe(S.wire.handle), 1)) : Se("", !0),
        Ne("div", V_, [
          (Q(!0), le(Ve, null, un(O.value, (H, F) => (Q(), le("div", {
            key: H.type,
            class: Ye(["gc-quick-item", { "gc-active": F === S.index }]),
            role: "option",
            "aria-selected": F === S.index,
            "data-quick-block": H.type,
            onMouseenter: (j) => S.index = F,
            onClick: (j) => ie(H)
          }, [
            Ne("span", {
              class: "gc-quick-dot",
              style: Ae({ background: W(Zi)(H.kind) })
            }, null, 4),
            Ne("span", H_, Pe(H.title), 1),
            Ne("span", F_, Pe(H.type), 1)
          ], 42, L_))), 128)),
          O.value.length ? Se("", !0) : (Q(), le("div", Y_, "no block matches"))
        ])
      ], 36)) : Se("", !0)
    ], 34));
  }
};
export {
  U_ as GanCanvas,
  b_ as KIND_COLORS,
  Zi as kindColor,
  En as typeColor
};
