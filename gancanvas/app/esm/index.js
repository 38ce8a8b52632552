import { getCurrentScope as na, inject as Mt, effectScope as oa, watch as xe, provide as kt, getCurrentInstance as rn, defineComponent as Ce, useSlots as ia, onUnmounted as fu, openBlock as Q, createElementBlock as le, unref as q, createVNode as Be, withCtx as nt, renderSlot as Te, reactive as Ei, computed as ue, onScopeDispose as so, createPropsRestProxy as hu, toRef as Ee, ref as Ie, onMounted as yt, normalizeClass as Fe, nextTick as Ue, onBeforeMount as gu, shallowRef as Nt, createElementVNode as $e, Fragment as Ve, renderList as sn, normalizeStyle as Ae, onBeforeUnmount as Ki, isMemoSame as pu, createBlock as Re, createCommentVNode as Se, toDisplayString as Pe, isRef as ji, toRefs as vu, customRef as mu, toValue as me, resolveComponent as ra, h as Ne, useAttrs as Qi, mergeProps as mo, resolveDynamicComponent as It, createTextVNode as xi, markRaw as bn, readonly as yu, watchEffect as wu, normalizeProps as _u, withModifiers as ti, withDirectives as bu, vModelText as Eu } from "vue";
function Nn(e) {
  return na() ? (so(e), !0) : !1;
}
function ft(e) {
  return typeof e == "function" ? e() : q(e);
}
const xu = typeof window < "u" && typeof document < "u", $u = (e) => typeof e < "u", Nu = Object.prototype.toString, ku = (e) => Nu.call(e) === "[object Object]", Su = () => {
};
function Cu(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const sa = (e) => e();
function Mu(e = sa) {
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
  return { isActive: yu(t), pause: n, resume: o, eventFilter: i };
}
function kr(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Iu(e, t, n = {}) {
  const {
    eventFilter: o = sa,
    ...i
  } = n;
  return xe(
    e,
    Cu(
      o,
      t
    ),
    i
  );
}
function Xt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: s, resume: a, isActive: u } = Mu(o);
  return { stop: Iu(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: u };
}
function Tu(e, t = {}) {
  if (!ji(e))
    return vu(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = mu(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = ft(t.replaceRef)) != null ? r : !0)
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
function $i(e, t = !1) {
  function n(d, { flush: f = "sync", deep: g = !1, timeout: y, throwOnTimeout: w } = {}) {
    let x = null;
    const m = [new Promise((v) => {
      x = xe(
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
      kr(y, w).then(() => ft(e)).finally(() => x?.())
    ), Promise.race(m);
  }
  function o(d, f) {
    if (!ji(d))
      return n((E) => E === d, f);
    const { flush: g = "sync", deep: y = !1, timeout: w, throwOnTimeout: x } = f ?? {};
    let b = null;
    const v = [new Promise((E) => {
      b = xe(
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
      kr(w, x).then(() => ft(e)).finally(() => (b?.(), ft(e)))
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
      return y.includes(d) || y.includes(ft(d));
    }, f);
  }
  function l(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let g = -1;
    return n(() => (g += 1, g >= d), f);
  }
  return Array.isArray(ft(e)) ? {
    toMatch: n,
    toContains: u,
    changed: l,
    changedTimes: c,
    get not() {
      return $i(e, !t);
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
      return $i(e, !t);
    }
  };
}
function Ni(e) {
  return $i(e);
}
function Ou(e) {
  var t;
  const n = ft(e);
  return (t = n?.$el) != null ? t : n;
}
const aa = xu ? window : void 0;
function la(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = aa) : [t, n, o, i] = e, !t)
    return Su;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, g) => (c.addEventListener(d, f, g), () => c.removeEventListener(d, f, g)), u = xe(
    () => [Ou(t), ft(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = ku(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((g) => o.map((y) => a(c, g, y, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), l = () => {
    u(), s();
  };
  return Nn(l), l;
}
function Du(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function Sr(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = aa,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, u = Du(t);
  return la(i, r, (c) => {
    c.repeat && ft(a) || u(c) && n(c);
  }, s);
}
function Pu(e) {
  return JSON.parse(JSON.stringify(e));
}
function ni(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: a = !1,
    passive: u = !1,
    eventName: l,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, g = rn(), y = n || g?.emit || ((i = g?.$emit) == null ? void 0 : i.bind(g)) || ((s = (r = g?.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(g?.proxy));
  let w = l;
  t || (t = "modelValue"), w = w || `update:${t.toString()}`;
  const x = (v) => a ? typeof a == "function" ? a(v) : Pu(v) : v, b = () => $u(e[t]) ? x(e[t]) : d, m = (v) => {
    f ? f(v) && y(w, v) : y(w, v);
  };
  if (u) {
    const v = b(), E = Ie(v);
    let A = !1;
    return xe(
      () => e[t],
      (B) => {
        A || (A = !0, E.value = x(B), Ue(() => A = !1));
      }
    ), xe(
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
var Au = { value: () => {
} };
function Bo() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new ao(n);
}
function ao(e) {
  this._ = e;
}
function zu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
ao.prototype = Bo.prototype = {
  constructor: ao,
  on: function(e, t) {
    var n = this._, o = zu(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = Ru(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = Cr(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = Cr(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new ao(e);
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
function Ru(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Cr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Au, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var ki = "http://www.w3.org/1999/xhtml";
const Mr = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: ki,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Vo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Mr.hasOwnProperty(t) ? { space: Mr[t], local: e } : e;
}
function Bu(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === ki && t.documentElement.namespaceURI === ki ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Vu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ua(e) {
  var t = Vo(e);
  return (t.local ? Vu : Bu)(t);
}
function Lu() {
}
function Ji(e) {
  return e == null ? Lu : function() {
    return this.querySelector(e);
  };
}
function Hu(e) {
  typeof e != "function" && (e = Ji(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new Ye(o, this._parents);
}
function Fu(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Yu() {
  return [];
}
function ca(e) {
  return e == null ? Yu : function() {
    return this.querySelectorAll(e);
  };
}
function Xu(e) {
  return function() {
    return Fu(e.apply(this, arguments));
  };
}
function Gu(e) {
  typeof e == "function" ? e = Xu(e) : e = ca(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new Ye(o, i);
}
function da(e) {
  return function() {
    return this.matches(e);
  };
}
function fa(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Uu = Array.prototype.find;
function Wu(e) {
  return function() {
    return Uu.call(this.children, e);
  };
}
function qu() {
  return this.firstElementChild;
}
function Zu(e) {
  return this.select(e == null ? qu : Wu(typeof e == "function" ? e : fa(e)));
}
var Ku = Array.prototype.filter;
function ju() {
  return Array.from(this.children);
}
function Qu(e) {
  return function() {
    return Ku.call(this.children, e);
  };
}
function Ju(e) {
  return this.selectAll(e == null ? ju : Qu(typeof e == "function" ? e : fa(e)));
}
function ec(e) {
  typeof e != "function" && (e = da(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new Ye(o, this._parents);
}
function ha(e) {
  return new Array(e.length);
}
function tc() {
  return new Ye(this._enter || this._groups.map(ha), this._parents);
}
function yo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
yo.prototype = {
  constructor: yo,
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
function nc(e) {
  return function() {
    return e;
  };
}
function oc(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new yo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function ic(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = g = s.call(u, u.__data__, a, t) + "", l.has(g) ? i[a] = u : l.set(g, u));
  for (a = 0; a < d; ++a)
    g = s.call(e, r[a], a, r) + "", (u = l.get(g)) ? (o[a] = u, u.__data__ = r[a], l.delete(g)) : n[a] = new yo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function rc(e) {
  return e.__data__;
}
function sc(e, t) {
  if (!arguments.length)
    return Array.from(this, rc);
  var n = t ? ic : oc, o = this._parents, i = this._groups;
  typeof e != "function" && (e = nc(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, g = ac(e.call(c, c && c.__data__, l, o)), y = g.length, w = a[l] = new Array(y), x = s[l] = new Array(y), b = u[l] = new Array(f);
    n(c, d, w, x, b, g, t);
    for (var m = 0, v = 0, E, A; m < y; ++m)
      if (E = w[m]) {
        for (m >= v && (v = m + 1); !(A = x[v]) && ++v < y; )
          ;
        E._next = A || null;
      }
  }
  return s = new Ye(s, o), s._enter = a, s._exit = u, s;
}
function ac(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function lc() {
  return new Ye(this._exit || this._groups.map(ha), this._parents);
}
function uc(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function cc(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), g, y = 0; y < d; ++y)
      (g = l[y] || c[y]) && (f[y] = g);
  for (; u < i; ++u)
    a[u] = n[u];
  return new Ye(a, this._parents);
}
function dc() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function fc(e) {
  e || (e = hc);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, u = i[r] = new Array(a), l, c = 0; c < a; ++c)
      (l = s[c]) && (u[c] = l);
    u.sort(t);
  }
  return new Ye(i, this._parents).order();
}
function hc(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function gc() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function pc() {
  return Array.from(this);
}
function vc() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function mc() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function yc() {
  return !this.node();
}
function wc(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function _c(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function bc(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ec(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function xc(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function $c(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Nc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function kc(e, t) {
  var n = Vo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? bc : _c : typeof t == "function" ? n.local ? Nc : $c : n.local ? xc : Ec)(n, t));
}
function ga(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Sc(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Cc(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Mc(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Ic(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Sc : typeof t == "function" ? Mc : Cc)(e, t, n ?? "")) : Kt(this.node(), e);
}
function Kt(e, t) {
  return e.style.getPropertyValue(t) || ga(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Tc(e) {
  return function() {
    delete this[e];
  };
}
function Oc(e, t) {
  return function() {
    this[e] = t;
  };
}
function Dc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Pc(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Tc : typeof t == "function" ? Dc : Oc)(e, t)) : this.node()[e];
}
function pa(e) {
  return e.trim().split(/^|\s+/);
}
function er(e) {
  return e.classList || new va(e);
}
function va(e) {
  this._node = e, this._names = pa(e.getAttribute("class") || "");
}
va.prototype = {
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
function ma(e, t) {
  for (var n = er(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function ya(e, t) {
  for (var n = er(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function Ac(e) {
  return function() {
    ma(this, e);
  };
}
function zc(e) {
  return function() {
    ya(this, e);
  };
}
function Rc(e, t) {
  return function() {
    (t.apply(this, arguments) ? ma : ya)(this, e);
  };
}
function Bc(e, t) {
  var n = pa(e + "");
  if (arguments.length < 2) {
    for (var o = er(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Rc : t ? Ac : zc)(n, t));
}
function Vc() {
  this.textContent = "";
}
function Lc(e) {
  return function() {
    this.textContent = e;
  };
}
function Hc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Fc(e) {
  return arguments.length ? this.each(e == null ? Vc : (typeof e == "function" ? Hc : Lc)(e)) : this.node().textContent;
}
function Yc() {
  this.innerHTML = "";
}
function Xc(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Gc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Uc(e) {
  return arguments.length ? this.each(e == null ? Yc : (typeof e == "function" ? Gc : Xc)(e)) : this.node().innerHTML;
}
function Wc() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function qc() {
  return this.each(Wc);
}
function Zc() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Kc() {
  return this.each(Zc);
}
function jc(e) {
  var t = typeof e == "function" ? e : ua(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Qc() {
  return null;
}
function Jc(e, t) {
  var n = typeof e == "function" ? e : ua(e), o = t == null ? Qc : typeof t == "function" ? t : Ji(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function ed() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function td() {
  return this.each(ed);
}
function nd() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function od() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function id(e) {
  return this.select(e ? od : nd);
}
function rd(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function sd(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function ad(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function ld(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function ud(e, t, n) {
  return function() {
    var o = this.__on, i, r = sd(t);
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
function cd(e, t, n) {
  var o = ad(e + ""), i, r = o.length, s;
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
  for (a = t ? ud : ld, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function wa(e, t, n) {
  var o = ga(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function dd(e, t) {
  return function() {
    return wa(this, e, t);
  };
}
function fd(e, t) {
  return function() {
    return wa(this, e, t.apply(this, arguments));
  };
}
function hd(e, t) {
  return this.each((typeof t == "function" ? fd : dd)(e, t));
}
function* gd() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var _a = [null];
function Ye(e, t) {
  this._groups = e, this._parents = t;
}
function Vn() {
  return new Ye([[document.documentElement]], _a);
}
function pd() {
  return this;
}
Ye.prototype = Vn.prototype = {
  constructor: Ye,
  select: Hu,
  selectAll: Gu,
  selectChild: Zu,
  selectChildren: Ju,
  filter: ec,
  data: sc,
  enter: tc,
  exit: lc,
  join: uc,
  merge: cc,
  selection: pd,
  order: dc,
  sort: fc,
  call: gc,
  nodes: pc,
  node: vc,
  size: mc,
  empty: yc,
  each: wc,
  attr: kc,
  style: Ic,
  property: Pc,
  classed: Bc,
  text: Fc,
  html: Uc,
  raise: qc,
  lower: Kc,
  append: jc,
  insert: Jc,
  remove: td,
  clone: id,
  datum: rd,
  on: cd,
  dispatch: hd,
  [Symbol.iterator]: gd
};
function We(e) {
  return typeof e == "string" ? new Ye([[document.querySelector(e)]], [document.documentElement]) : new Ye([[e]], _a);
}
function vd(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function et(e, t) {
  if (e = vd(e), t === void 0 && (t = e.currentTarget), t) {
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
const md = { passive: !1 }, kn = { capture: !0, passive: !1 };
function oi(e) {
  e.stopImmediatePropagation();
}
function Ut(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function ba(e) {
  var t = e.document.documentElement, n = We(e).on("dragstart.drag", Ut, kn);
  "onselectstart" in t ? n.on("selectstart.drag", Ut, kn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Ea(e, t) {
  var n = e.document.documentElement, o = We(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Ut, kn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Un = (e) => () => e;
function Si(e, {
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
Si.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function yd(e) {
  return !e.ctrlKey && !e.button;
}
function wd() {
  return this.parentNode;
}
function _d(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function bd() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Ed() {
  var e = yd, t = wd, n = _d, o = bd, i = {}, r = Bo("start", "drag", "end"), s = 0, a, u, l, c, d = 0;
  function f(E) {
    E.on("mousedown.drag", g).filter(o).on("touchstart.drag", x).on("touchmove.drag", b, md).on("touchend.drag touchcancel.drag", m).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(E, A) {
    if (!(c || !e.call(this, E, A))) {
      var B = v(this, t.call(this, E, A), E, A, "mouse");
      B && (We(E.view).on("mousemove.drag", y, kn).on("mouseup.drag", w, kn), ba(E.view), oi(E), l = !1, a = E.clientX, u = E.clientY, B("start", E));
    }
  }
  function y(E) {
    if (Ut(E), !l) {
      var A = E.clientX - a, B = E.clientY - u;
      l = A * A + B * B > d;
    }
    i.mouse("drag", E);
  }
  function w(E) {
    We(E.view).on("mousemove.drag mouseup.drag", null), Ea(E.view, l), Ut(E), i.mouse("end", E);
  }
  function x(E, A) {
    if (e.call(this, E, A)) {
      var B = E.changedTouches, L = t.call(this, E, A), z = B.length, U, Y;
      for (U = 0; U < z; ++U)
        (Y = v(this, L, E, A, B[U].identifier, B[U])) && (oi(E), Y("start", E, B[U]));
    }
  }
  function b(E) {
    var A = E.changedTouches, B = A.length, L, z;
    for (L = 0; L < B; ++L)
      (z = i[A[L].identifier]) && (Ut(E), z("drag", E, A[L]));
  }
  function m(E) {
    var A = E.changedTouches, B = A.length, L, z;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), L = 0; L < B; ++L)
      (z = i[A[L].identifier]) && (oi(E), z("end", E, A[L]));
  }
  function v(E, A, B, L, z, U) {
    var Y = r.copy(), V = et(U || B, A), k, G, h;
    if ((h = n.call(E, new Si("beforestart", {
      sourceEvent: B,
      target: f,
      identifier: z,
      active: s,
      x: V[0],
      y: V[1],
      dx: 0,
      dy: 0,
      dispatch: Y
    }), L)) != null)
      return k = h.x - V[0] || 0, G = h.y - V[1] || 0, function $(p, S, M) {
        var P = V, T;
        switch (p) {
          case "start":
            i[z] = $, T = s++;
            break;
          case "end":
            delete i[z], --s;
          case "drag":
            V = et(M || S, A), T = s;
            break;
        }
        Y.call(
          p,
          E,
          new Si(p, {
            sourceEvent: S,
            subject: h,
            target: f,
            identifier: z,
            active: T,
            x: V[0] + k,
            y: V[1] + G,
            dx: V[0] - P[0],
            dy: V[1] - P[1],
            dispatch: Y
          }),
          L
        );
      };
  }
  return f.filter = function(E) {
    return arguments.length ? (e = typeof E == "function" ? E : Un(!!E), f) : e;
  }, f.container = function(E) {
    return arguments.length ? (t = typeof E == "function" ? E : Un(E), f) : t;
  }, f.subject = function(E) {
    return arguments.length ? (n = typeof E == "function" ? E : Un(E), f) : n;
  }, f.touchable = function(E) {
    return arguments.length ? (o = typeof E == "function" ? E : Un(!!E), f) : o;
  }, f.on = function() {
    var E = r.on.apply(r, arguments);
    return E === r ? f : E;
  }, f.clickDistance = function(E) {
    return arguments.length ? (d = (E = +E) * E, f) : Math.sqrt(d);
  }, f;
}
function tr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function xa(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Ln() {
}
var Sn = 0.7, wo = 1 / Sn, Wt = "\\s*([+-]?\\d+)\\s*", Cn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", rt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", xd = /^#([0-9a-f]{3,8})$/, $d = new RegExp(`^rgb\\(${Wt},${Wt},${Wt}\\)$`), Nd = new RegExp(`^rgb\\(${rt},${rt},${rt}\\)$`), kd = new RegExp(`^rgba\\(${Wt},${Wt},${Wt},${Cn}\\)$`), Sd = new RegExp(`^rgba\\(${rt},${rt},${rt},${Cn}\\)$`), Cd = new RegExp(`^hsl\\(${Cn},${rt},${rt}\\)$`), Md = new RegExp(`^hsla\\(${Cn},${rt},${rt},${Cn}\\)$`), Ir = {
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
tr(Ln, Vt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Tr,
  // Deprecated! Use color.formatHex.
  formatHex: Tr,
  formatHex8: Id,
  formatHsl: Td,
  formatRgb: Or,
  toString: Or
});
function Tr() {
  return this.rgb().formatHex();
}
function Id() {
  return this.rgb().formatHex8();
}
function Td() {
  return $a(this).formatHsl();
}
function Or() {
  return this.rgb().formatRgb();
}
function Vt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = xd.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Dr(t) : n === 3 ? new Le(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Wn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Wn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = $d.exec(e)) ? new Le(t[1], t[2], t[3], 1) : (t = Nd.exec(e)) ? new Le(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = kd.exec(e)) ? Wn(t[1], t[2], t[3], t[4]) : (t = Sd.exec(e)) ? Wn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Cd.exec(e)) ? zr(t[1], t[2] / 100, t[3] / 100, 1) : (t = Md.exec(e)) ? zr(t[1], t[2] / 100, t[3] / 100, t[4]) : Ir.hasOwnProperty(e) ? Dr(Ir[e]) : e === "transparent" ? new Le(NaN, NaN, NaN, 0) : null;
}
function Dr(e) {
  return new Le(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Wn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Le(e, t, n, o);
}
function Od(e) {
  return e instanceof Ln || (e = Vt(e)), e ? (e = e.rgb(), new Le(e.r, e.g, e.b, e.opacity)) : new Le();
}
function Ci(e, t, n, o) {
  return arguments.length === 1 ? Od(e) : new Le(e, t, n, o ?? 1);
}
function Le(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
tr(Le, Ci, xa(Ln, {
  brighter(e) {
    return e = e == null ? wo : Math.pow(wo, e), new Le(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Sn : Math.pow(Sn, e), new Le(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Le(zt(this.r), zt(this.g), zt(this.b), _o(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Pr,
  // Deprecated! Use color.formatHex.
  formatHex: Pr,
  formatHex8: Dd,
  formatRgb: Ar,
  toString: Ar
}));
function Pr() {
  return `#${Pt(this.r)}${Pt(this.g)}${Pt(this.b)}`;
}
function Dd() {
  return `#${Pt(this.r)}${Pt(this.g)}${Pt(this.b)}${Pt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Ar() {
  const e = _o(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${zt(this.r)}, ${zt(this.g)}, ${zt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function _o(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function zt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Pt(e) {
  return e = zt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function zr(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new qe(e, t, n, o);
}
function $a(e) {
  if (e instanceof qe)
    return new qe(e.h, e.s, e.l, e.opacity);
  if (e instanceof Ln || (e = Vt(e)), !e)
    return new qe();
  if (e instanceof qe)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new qe(s, a, u, e.opacity);
}
function Pd(e, t, n, o) {
  return arguments.length === 1 ? $a(e) : new qe(e, t, n, o ?? 1);
}
function qe(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
tr(qe, Pd, xa(Ln, {
  brighter(e) {
    return e = e == null ? wo : Math.pow(wo, e), new qe(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Sn : Math.pow(Sn, e), new qe(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Le(
      ii(e >= 240 ? e - 240 : e + 120, i, o),
      ii(e, i, o),
      ii(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new qe(Rr(this.h), qn(this.s), qn(this.l), _o(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = _o(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Rr(this.h)}, ${qn(this.s) * 100}%, ${qn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Rr(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function qn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function ii(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const nr = (e) => () => e;
function Ad(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function zd(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Rd(e) {
  return (e = +e) == 1 ? Na : function(t, n) {
    return n - t ? zd(t, n, e) : nr(isNaN(t) ? n : t);
  };
}
function Na(e, t) {
  var n = t - e;
  return n ? Ad(e, n) : nr(isNaN(e) ? t : e);
}
const bo = (function e(t) {
  var n = Rd(t);
  function o(i, r) {
    var s = n((i = Ci(i)).r, (r = Ci(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Na(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Bd(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Vd(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Ld(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = En(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](a);
    return r;
  };
}
function Hd(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function tt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Fd(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = En(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Mi = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, ri = new RegExp(Mi.source, "g");
function Yd(e) {
  return function() {
    return e;
  };
}
function Xd(e) {
  return function(t) {
    return e(t) + "";
  };
}
function ka(e, t) {
  var n = Mi.lastIndex = ri.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Mi.exec(e)) && (i = ri.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: tt(o, i) })), n = ri.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? Xd(u[0].x) : Yd(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c)
      a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
function En(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? nr(t) : (n === "number" ? tt : n === "string" ? (o = Vt(t)) ? (t = o, bo) : ka : t instanceof Vt ? bo : t instanceof Date ? Hd : Vd(t) ? Bd : Array.isArray(t) ? Ld : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Fd : tt)(e, t);
}
var Br = 180 / Math.PI, Ii = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Sa(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Br,
    skewX: Math.atan(u) * Br,
    scaleX: s,
    scaleY: a
  };
}
var Zn;
function Gd(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Ii : Sa(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Ud(e) {
  return e == null || (Zn || (Zn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Zn.setAttribute("transform", e), !(e = Zn.transform.baseVal.consolidate())) ? Ii : (e = e.matrix, Sa(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Ca(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push("translate(", null, t, null, n);
      y.push({ i: w - 4, x: tt(l, d) }, { i: w - 2, x: tt(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: tt(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: tt(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push(i(g) + "scale(", null, ",", null, ")");
      y.push({ i: w - 4, x: tt(l, d) }, { i: w - 2, x: tt(c, f) });
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
var Wd = Ca(Gd, "px, ", "px)", "deg)"), qd = Ca(Ud, ", ", ")", ")"), Zd = 1e-12;
function Vr(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Kd(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function jd(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const lo = (function e(t, n, o) {
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
        var z = L * b, U = Vr(A), Y = l / (n * m) * (U * jd(t * z + A) - Kd(A));
        return [
          a + Y * g,
          u + Y * y,
          l * U / Vr(t * z + A)
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
var jt = 0, gn = 0, cn = 0, Ma = 1e3, Eo, pn, xo = 0, Lt = 0, Lo = 0, Mn = typeof performance == "object" && performance.now ? performance : Date, Ia = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function or() {
  return Lt || (Ia(Qd), Lt = Mn.now() + Lo);
}
function Qd() {
  Lt = 0;
}
function $o() {
  this._call = this._time = this._next = null;
}
$o.prototype = Ta.prototype = {
  constructor: $o,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? or() : +n) + (t == null ? 0 : +t), !this._next && pn !== this && (pn ? pn._next = this : Eo = this, pn = this), this._call = e, this._time = n, Ti();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ti());
  }
};
function Ta(e, t, n) {
  var o = new $o();
  return o.restart(e, t, n), o;
}
function Jd() {
  or(), ++jt;
  for (var e = Eo, t; e; )
    (t = Lt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --jt;
}
function Lr() {
  Lt = (xo = Mn.now()) + Lo, jt = gn = 0;
  try {
    Jd();
  } finally {
    jt = 0, tf(), Lt = 0;
  }
}
function ef() {
  var e = Mn.now(), t = e - xo;
  t > Ma && (Lo -= t, xo = e);
}
function tf() {
  for (var e, t = Eo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Eo = n);
  pn = e, Ti(o);
}
function Ti(e) {
  if (!jt) {
    gn && (gn = clearTimeout(gn));
    var t = e - Lt;
    t > 24 ? (e < 1 / 0 && (gn = setTimeout(Lr, e - Mn.now() - Lo)), cn && (cn = clearInterval(cn))) : (cn || (xo = Mn.now(), cn = setInterval(ef, Ma)), jt = 1, Ia(Lr));
  }
}
function Hr(e, t, n) {
  var o = new $o();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var nf = Bo("start", "end", "cancel", "interrupt"), of = [], Oa = 0, Fr = 1, Oi = 2, uo = 3, Yr = 4, Di = 5, co = 6;
function Ho(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  rf(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: nf,
    tween: of,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Oa
  });
}
function ir(e, t) {
  var n = Ke(e, t);
  if (n.state > Oa)
    throw new Error("too late; already scheduled");
  return n;
}
function at(e, t) {
  var n = Ke(e, t);
  if (n.state > uo)
    throw new Error("too late; already running");
  return n;
}
function Ke(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function rf(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Ta(r, 0, n.time);
  function r(l) {
    n.state = Fr, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, g;
    if (n.state !== Fr)
      return u();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === uo)
          return Hr(s);
        g.state === Yr ? (g.state = co, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = co, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (Hr(function() {
      n.state === uo && (n.state = Yr, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Oi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Oi) {
      for (n.state = uo, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = g);
      i.length = d + 1;
    }
  }
  function a(l) {
    for (var c = l < n.duration ? n.ease.call(null, l / n.duration) : (n.timer.restart(u), n.state = Di, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Di && (n.on.call("end", e, e.__data__, n.index, n.group), u());
  }
  function u() {
    n.state = co, n.timer.stop(), delete o[t];
    for (var l in o)
      return;
    delete e.__transition;
  }
}
function fo(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Oi && o.state < Di, o.state = co, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function sf(e) {
  return this.each(function() {
    fo(this, e);
  });
}
function af(e, t) {
  var n, o;
  return function() {
    var i = at(this, e), r = i.tween;
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
function lf(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = at(this, e), s = r.tween;
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
function uf(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Ke(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? af : lf)(n, e, t));
}
function rr(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = at(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Ke(i, o).value[t];
  };
}
function Da(e, t) {
  var n;
  return (typeof t == "number" ? tt : t instanceof Vt ? bo : (n = Vt(t)) ? (t = n, bo) : ka)(e, t);
}
function cf(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function df(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function ff(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function hf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function gf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function pf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function vf(e, t) {
  var n = Vo(e), o = n === "transform" ? qd : Da;
  return this.attrTween(e, typeof t == "function" ? (n.local ? pf : gf)(n, o, rr(this, "attr." + e, t)) : t == null ? (n.local ? df : cf)(n) : (n.local ? hf : ff)(n, o, t));
}
function mf(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function yf(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function wf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && yf(e, r)), n;
  }
  return i._value = t, i;
}
function _f(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && mf(e, r)), n;
  }
  return i._value = t, i;
}
function bf(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = Vo(e);
  return this.tween(n, (o.local ? wf : _f)(o, t));
}
function Ef(e, t) {
  return function() {
    ir(this, e).delay = +t.apply(this, arguments);
  };
}
function xf(e, t) {
  return t = +t, function() {
    ir(this, e).delay = t;
  };
}
function $f(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ef : xf)(t, e)) : Ke(this.node(), t).delay;
}
function Nf(e, t) {
  return function() {
    at(this, e).duration = +t.apply(this, arguments);
  };
}
function kf(e, t) {
  return t = +t, function() {
    at(this, e).duration = t;
  };
}
function Sf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Nf : kf)(t, e)) : Ke(this.node(), t).duration;
}
function Cf(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    at(this, e).ease = t;
  };
}
function Mf(e) {
  var t = this._id;
  return arguments.length ? this.each(Cf(t, e)) : Ke(this.node(), t).ease;
}
function If(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    at(this, e).ease = n;
  };
}
function Tf(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(If(this._id, e));
}
function Of(e) {
  typeof e != "function" && (e = da(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new vt(o, this._parents, this._name, this._id);
}
function Df(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = u[g] || l[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new vt(s, this._parents, this._name, this._id);
}
function Pf(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Af(e, t, n) {
  var o, i, r = Pf(t) ? ir : at;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function zf(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Ke(this.node(), n).on.on(e) : this.each(Af(n, e, t));
}
function Rf(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Bf() {
  return this.on("end.remove", Rf(this._id));
}
function Vf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Ji(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Ho(l[f], t, n, f, l, Ke(c, n)));
  return new vt(r, this._parents, t, n);
}
function Lf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ca(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), g, y = Ke(c, n), w = 0, x = f.length; w < x; ++w)
          (g = f[w]) && Ho(g, t, n, w, f, y);
        r.push(f), s.push(c);
      }
  return new vt(r, s, t, n);
}
var Hf = Vn.prototype.constructor;
function Ff() {
  return new Hf(this._groups, this._parents);
}
function Yf(e, t) {
  var n, o, i;
  return function() {
    var r = Kt(this, e), s = (this.style.removeProperty(e), Kt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Pa(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Xf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Kt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Gf(e, t, n) {
  var o, i, r;
  return function() {
    var s = Kt(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), Kt(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function Uf(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = at(this, e), l = u.on, c = u.value[r] == null ? a || (a = Pa(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function Wf(e, t, n) {
  var o = (e += "") == "transform" ? Wd : Da;
  return t == null ? this.styleTween(e, Yf(e, o)).on("end.style." + e, Pa(e)) : typeof t == "function" ? this.styleTween(e, Gf(e, o, rr(this, "style." + e, t))).each(Uf(this._id, e)) : this.styleTween(e, Xf(e, o, t), n).on("end.style." + e, null);
}
function qf(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function Zf(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && qf(e, s, n)), o;
  }
  return r._value = t, r;
}
function Kf(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, Zf(e, t, n ?? ""));
}
function jf(e) {
  return function() {
    this.textContent = e;
  };
}
function Qf(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function Jf(e) {
  return this.tween("text", typeof e == "function" ? Qf(rr(this, "text", e)) : jf(e == null ? "" : e + ""));
}
function eh(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function th(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && eh(i)), t;
  }
  return o._value = e, o;
}
function nh(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, th(e));
}
function oh() {
  for (var e = this._name, t = this._id, n = Aa(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = Ke(u, t);
        Ho(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new vt(o, this._parents, e, n);
}
function ih() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, u = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var l = at(this, o), c = l.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(u)), l.on = t;
    }), i === 0 && r();
  });
}
var rh = 0;
function vt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Aa() {
  return ++rh;
}
var ct = Vn.prototype;
vt.prototype = {
  constructor: vt,
  select: Vf,
  selectAll: Lf,
  selectChild: ct.selectChild,
  selectChildren: ct.selectChildren,
  filter: Of,
  merge: Df,
  selection: Ff,
  transition: oh,
  call: ct.call,
  nodes: ct.nodes,
  node: ct.node,
  size: ct.size,
  empty: ct.empty,
  each: ct.each,
  on: zf,
  attr: vf,
  attrTween: bf,
  style: Wf,
  styleTween: Kf,
  text: Jf,
  textTween: nh,
  remove: Bf,
  tween: uf,
  delay: $f,
  duration: Sf,
  ease: Mf,
  easeVarying: Tf,
  end: ih,
  [Symbol.iterator]: ct[Symbol.iterator]
};
function sh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var ah = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: sh
};
function lh(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function uh(e) {
  var t, n;
  e instanceof vt ? (t = e._id, e = e._name) : (t = Aa(), (n = ah).time = or(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Ho(u, e, t, l, s, n || lh(u, t));
  return new vt(o, this._parents, e, t);
}
Vn.prototype.interrupt = sf;
Vn.prototype.transition = uh;
const Kn = (e) => () => e;
function ch(e, {
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
function ht(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
ht.prototype = {
  constructor: ht,
  scale: function(e) {
    return e === 1 ? this : new ht(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new ht(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Qt = new ht(1, 0, 0);
ht.prototype;
function si(e) {
  e.stopImmediatePropagation();
}
function dn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function dh(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function fh() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Xr() {
  return this.__zoom || Qt;
}
function hh(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function gh() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function ph(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function vh() {
  var e = dh, t = fh, n = ph, o = hh, i = gh, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = lo, l = Bo("start", "zoom", "end"), c, d, f, g = 500, y = 150, w = 0, x = 10;
  function b(h) {
    h.property("__zoom", Xr).on("wheel.zoom", z, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", Y).filter(i).on("touchstart.zoom", V).on("touchmove.zoom", k).on("touchend.zoom touchcancel.zoom", G).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  b.transform = function(h, $, p, S) {
    var M = h.selection ? h.selection() : h;
    M.property("__zoom", Xr), h !== M ? A(h, $, p, S) : M.interrupt().each(function() {
      B(this, arguments).event(S).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, b.scaleBy = function(h, $, p, S) {
    b.scaleTo(h, function() {
      var M = this.__zoom.k, P = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * P;
    }, p, S);
  }, b.scaleTo = function(h, $, p, S) {
    b.transform(h, function() {
      var M = t.apply(this, arguments), P = this.__zoom, T = p == null ? E(M) : typeof p == "function" ? p.apply(this, arguments) : p, F = P.invert(T), Z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(m(P, Z), T, F), M, s);
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
      var P = t.apply(this, arguments), T = this.__zoom, F = S == null ? E(P) : typeof S == "function" ? S.apply(this, arguments) : S;
      return n(Qt.translate(F[0], F[1]).scale(T.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), P, s);
    }, S, M);
  };
  function m(h, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === h.k ? h : new ht($, h.x, h.y);
  }
  function v(h, $, p) {
    var S = $[0] - p[0] * h.k, M = $[1] - p[1] * h.k;
    return S === h.x && M === h.y ? h : new ht(h.k, S, M);
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
      var M = this, P = arguments, T = B(M, P).event(S), F = t.apply(M, P), Z = p == null ? E(F) : typeof p == "function" ? p.apply(M, P) : p, oe = Math.max(F[1][0] - F[0][0], F[1][1] - F[0][1]), re = M.__zoom, W = typeof $ == "function" ? $.apply(M, P) : $, K = u(re.invert(Z).concat(oe / re.k), W.invert(Z).concat(oe / W.k));
      return function(ee) {
        if (ee === 1)
          ee = W;
        else {
          var fe = K(ee), ye = oe / fe[2];
          ee = new ht(ye, Z[0] - fe[0] * ye, Z[1] - fe[1] * ye);
        }
        T.zoom(null, ee);
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
      var $ = We(this.that).datum();
      l.call(
        h,
        this.that,
        new ch(h, {
          sourceEvent: this.sourceEvent,
          target: b,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function z(h, ...$) {
    if (!e.apply(this, arguments))
      return;
    var p = B(this, $).event(h), S = this.__zoom, M = Math.max(r[0], Math.min(r[1], S.k * Math.pow(2, o.apply(this, arguments)))), P = et(h);
    if (p.wheel)
      (p.mouse[0][0] !== P[0] || p.mouse[0][1] !== P[1]) && (p.mouse[1] = S.invert(p.mouse[0] = P)), clearTimeout(p.wheel);
    else {
      if (S.k === M)
        return;
      p.mouse = [P, S.invert(P)], fo(this), p.start();
    }
    dn(h), p.wheel = setTimeout(T, y), p.zoom("mouse", n(v(m(S, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function T() {
      p.wheel = null, p.end();
    }
  }
  function U(h, ...$) {
    if (f || !e.apply(this, arguments))
      return;
    var p = h.currentTarget, S = B(this, $, !0).event(h), M = We(h.view).on("mousemove.zoom", Z, !0).on("mouseup.zoom", oe, !0), P = et(h, p), T = h.clientX, F = h.clientY;
    ba(h.view), si(h), S.mouse = [P, this.__zoom.invert(P)], fo(this), S.start();
    function Z(re) {
      if (dn(re), !S.moved) {
        var W = re.clientX - T, K = re.clientY - F;
        S.moved = W * W + K * K > w;
      }
      S.event(re).zoom("mouse", n(v(S.that.__zoom, S.mouse[0] = et(re, p), S.mouse[1]), S.extent, s));
    }
    function oe(re) {
      M.on("mousemove.zoom mouseup.zoom", null), Ea(re.view, S.moved), dn(re), S.event(re).end();
    }
  }
  function Y(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, S = et(h.changedTouches ? h.changedTouches[0] : h, this), M = p.invert(S), P = p.k * (h.shiftKey ? 0.5 : 2), T = n(v(m(p, P), S, M), t.apply(this, $), s);
      dn(h), a > 0 ? We(this).transition().duration(a).call(A, T, S, h) : We(this).call(b.transform, T, S, h);
    }
  }
  function V(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = h.touches, S = p.length, M = B(this, $, h.changedTouches.length === S).event(h), P, T, F, Z;
      for (si(h), T = 0; T < S; ++T)
        F = p[T], Z = et(F, this), Z = [Z, this.__zoom.invert(Z), F.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== Z[2] && (M.touch1 = Z, M.taps = 0) : (M.touch0 = Z, P = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), P && (M.taps < 2 && (d = Z[0], c = setTimeout(function() {
        c = null;
      }, g)), fo(this), M.start());
    }
  }
  function k(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, T, F, Z;
      for (dn(h), P = 0; P < M; ++P)
        T = S[P], F = et(T, this), p.touch0 && p.touch0[2] === T.identifier ? p.touch0[0] = F : p.touch1 && p.touch1[2] === T.identifier && (p.touch1[0] = F);
      if (T = p.that.__zoom, p.touch1) {
        var oe = p.touch0[0], re = p.touch0[1], W = p.touch1[0], K = p.touch1[1], ee = (ee = W[0] - oe[0]) * ee + (ee = W[1] - oe[1]) * ee, fe = (fe = K[0] - re[0]) * fe + (fe = K[1] - re[1]) * fe;
        T = m(T, Math.sqrt(ee / fe)), F = [(oe[0] + W[0]) / 2, (oe[1] + W[1]) / 2], Z = [(re[0] + K[0]) / 2, (re[1] + K[1]) / 2];
      } else if (p.touch0)
        F = p.touch0[0], Z = p.touch0[1];
      else
        return;
      p.zoom("touch", n(v(T, F, Z), p.extent, s));
    }
  }
  function G(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, T;
      for (si(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), P = 0; P < M; ++P)
        T = S[P], p.touch0 && p.touch0[2] === T.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === T.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0)
        p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (T = et(T, this), Math.hypot(d[0] - T[0], d[1] - T[1]) < x)) {
        var F = We(this).on("dblclick.zoom");
        F && F.apply(this, arguments);
      }
    }
  }
  return b.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : Kn(+h), b) : o;
  }, b.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : Kn(!!h), b) : e;
  }, b.touchable = function(h) {
    return arguments.length ? (i = typeof h == "function" ? h : Kn(!!h), b) : i;
  }, b.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : Kn([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), b) : t;
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
var se = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(se || {}), sr = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(sr || {}), Tt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Tt || {}), St = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(St || {}), No = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(No || {}), xn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(xn || {}), za = /* @__PURE__ */ ((e) => (e.TopLeft = "top-left", e.TopCenter = "top-center", e.TopRight = "top-right", e.BottomLeft = "bottom-left", e.BottomCenter = "bottom-center", e.BottomRight = "bottom-right", e))(za || {});
const mh = ["INPUT", "SELECT", "TEXTAREA"], yh = typeof document < "u" ? document : null;
function Pi(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return mh.includes(o?.nodeName) || i || !!r;
}
function wh(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Gr(e, t, n, o) {
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
function _h(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = bh(n.code, e);
    return Array.isArray(e) ? e.some((i) => Gr(n[o], i, t, n.type === "keyup")) : Gr(n[o], e, t, n.type === "keyup");
  };
}
function bh(e, t) {
  return t.includes(e) ? "code" : "key";
}
function $n(e, t) {
  const n = ue(() => me(t?.target) ?? yh), o = Nt(me(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = u(me(e));
  xe(
    () => me(e),
    (l, c) => {
      typeof c == "boolean" && typeof l != "boolean" && a(), s = u(l);
    },
    {
      immediate: !0
    }
  ), la(["blur", "contextmenu"], a), Sr(
    (...l) => s(...l),
    (l) => {
      var c, d;
      const f = me(t?.actInsideInputWithModifier) ?? !0, g = me(t?.preventDefault) ?? !1;
      if (i = wh(l), (!i || i && !f) && Pi(l))
        return;
      const w = ((d = (c = l.composedPath) == null ? void 0 : c.call(l)) == null ? void 0 : d[0]) || l.target, x = w?.nodeName === "BUTTON" || w?.nodeName === "A";
      !g && (i || !x) && l.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), Sr(
    (...l) => s(...l),
    (l) => {
      const c = me(t?.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Pi(l))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function a() {
    i = !1, r.clear(), o.value = me(e) === !0;
  }
  function u(l) {
    return l === null ? (a(), () => !1) : typeof l == "boolean" ? (a(), o.value = l, () => !1) : Array.isArray(l) || typeof l == "string" ? _h(l, r) : l;
  }
  return o;
}
const Ra = "vue-flow__node-desc", Ba = "vue-flow__edge-desc", Eh = "vue-flow__aria-live", Va = ["Enter", " ", "Escape"], qt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function ko(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function So(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function Fo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function Ht(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function La(e, t) {
  return {
    x: Ht(e.x, t[0][0], t[1][0]),
    y: Ht(e.y, t[0][1], t[1][1])
  };
}
function Ur(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function Ct(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Rt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !Ct(e);
}
function vn(e) {
  return Rt(e) && "computedPosition" in e;
}
function jn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function xh(e) {
  return jn(e.width) && jn(e.height) && jn(e.x) && jn(e.y);
}
function $h(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: bn({
      width: 0,
      height: 0
    }),
    computedPosition: bn({
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
    events: bn(Oe(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Ha(e, t, n) {
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
    events: bn(Oe(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? n?.interactionWidth,
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function Fa(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function Nh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return Fa(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Ct(r) && r.source === o).map((r) => n.find((s) => Rt(s) && s.id === r.target));
}
function kh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return Fa(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Ct(r) && r.target === o).map((r) => n.find((s) => Rt(s) && s.id === r.source));
}
function Ya({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Sh(e, t) {
  return t.some(
    (n) => Ct(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function In({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function Tn({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const a = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? Yo(a, s) : a;
}
function Xa(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Co({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Ga({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Ch(e, t) {
  return Ga(Xa(Co(e), Co(t)));
}
function ar(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Xa(
      t,
      Co({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Ga(t);
}
function Ua(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...Tn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: u, selectable: l = !0, hidden: c = !1 } = a, d = u.width ?? a.width ?? null, f = u.height ?? a.height ?? null;
    if (i && !l || c)
      continue;
    const g = So(r, ko(a)), y = d === null || f === null, w = o && g > 0, x = (d ?? 0) * (f ?? 0);
    (y || w || g >= x || a.dragging) && s.push(a);
  }
  return s;
}
function Ot(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Gt(e, t) {
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
  return Hn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Mh(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Gt(e, n), i = Gt(e, t);
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
    const o = Gt(e.top ?? e.y ?? 0, n), i = Gt(e.bottom ?? e.y ?? 0, n), r = Gt(e.left ?? e.x ?? 0, t), s = Gt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Ih(e, t, n, o, i, r) {
  const { x: s, y: a } = In(e, { x: t, y: n, zoom: o }), { x: u, y: l } = In(
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
  const s = Mh(r, t, n), a = (t - s.x) / e.width, u = (n - s.y) / e.height, l = Math.min(a, u), c = Ht(l, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - d * c, y = n / 2 - f * c, w = Ih(e, g, y, c, t, n), x = {
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
function Th(e, t) {
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
function On(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Ai(e) {
  const t = e.ctrlKey && Dn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function qr(e, t, n) {
  return e < t ? Ht(Math.abs(e - t), 1, t) / t : e > n ? -Ht(Math.abs(e - n), 1, t) / t : 0;
}
function qa(e, t, n = 15, o = 40) {
  const i = qr(e.x, o, t.width - o) * n, r = qr(e.y, o, t.height - o) * n;
  return [i, r];
}
function ai(e, t) {
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
            if (vn(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && vn(u) && ai(s, u);
            }
            break;
          case "dimensions":
            if (vn(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && vn(u) && (!!u.dimensions.width && !!u.dimensions.height ? ai(s, u) : Ue(() => {
                ai(s, u);
              }));
            }
            break;
        }
  return t;
}
function _t(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Kr(e) {
  return {
    item: e,
    type: "add"
  };
}
function jr(e) {
  return {
    id: e,
    type: "remove"
  };
}
function Qr(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function Et(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(_t(r.id, s)));
  }
  return o;
}
const Jr = () => {
};
function ne(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Jr, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, s = () => {
    n = Jr;
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
      return Nn(g), { off: g };
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
function es(e, t, n) {
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
function Oh(e, t, n, o) {
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
function li({
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
function Dh(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? Za(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Ph(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && i?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Dh(i, e, o);
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
function Ah({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function lr(e, t, n, o, i) {
  const r = Ah(e.dimensions, Ph(e, n, o, i)), s = La(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function Jt(e, t, n = se.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Vh(e);
  if (o)
    return { x: i + s / 2, y: r + a / 2 };
  switch (t?.position ?? n) {
    case se.Top:
      return { x: i + s / 2, y: r };
    case se.Right:
      return { x: i + s, y: r + a / 2 };
    case se.Bottom:
      return { x: i + s / 2, y: r + a };
    case se.Left:
      return { x: i, y: r + a / 2 };
  }
}
function ts(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function zh({
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
  const c = Co({
    x: (0 - u.x) / u.zoom,
    y: (0 - u.y) / u.zoom,
    width: s / u.zoom,
    height: a / u.zoom
  }), d = Math.max(0, Math.min(c.x2, l.x2) - Math.max(c.x, l.x)), f = Math.max(0, Math.min(c.y2, l.y2) - Math.max(c.y, l.y));
  return Math.ceil(d * f) > 0;
}
function Rh(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var De = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(De || {});
const ns = {
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
    super((o = ns[t]) == null ? void 0 : o.call(ns, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function ur(e) {
  return "clientX" in e;
}
function Bh(e) {
  return "sourceEvent" in e;
}
function ot(e, t) {
  const n = ur(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - (t?.left ?? 0),
    y: i - (t?.top ?? 0)
  };
}
const Dn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator?.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function Vh(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function Yo(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Lh = () => !0;
function ui(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Hh(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    So(i, ko(r)) > 0 && o.push(r);
  return o;
}
const Fh = 250;
function Yh(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const u = Hh(e, n, t + Fh);
  for (const l of u) {
    const c = [...((i = l.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = l.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: g } = Jt(l, d, d.position, !0), y = Math.sqrt((f - e.x) ** 2 + (g - e.y) ** 2);
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
function os(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: a,
  flowId: u,
  isValidConnection: l = Lh
}, c, d, f, g) {
  const y = r === "target", w = t ? s.querySelector(`.${a}-flow__handle[data-id="${u}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x, y: b } = ot(e), m = s.elementFromPoint(x, b), v = m?.classList.contains(`${a}-flow__handle`) ? m : w, E = {
    handleDomNode: v,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (v) {
    const A = Ka(void 0, v), B = v.getAttribute("data-nodeid"), L = v.getAttribute("data-handleid"), z = v.classList.contains("connectable"), U = v.classList.contains("connectableend");
    if (!B || !A)
      return E;
    const Y = {
      source: y ? B : o,
      sourceHandle: y ? L : i,
      target: y ? o : B,
      targetHandle: y ? i : L
    };
    E.connection = Y;
    const k = z && U && (n === St.Strict ? y && A === "source" || !y && A === "target" : B !== o || L !== i);
    E.isValid = k && l(Y, {
      nodes: d,
      edges: c,
      sourceNode: f(Y.source),
      targetNode: f(Y.target)
    }), E.toHandle = ja(B, A, L, g, n, !0);
  }
  return E;
}
function Ka(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function Xh(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function Gh(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function ja(e, t, n, o, i, r = !1) {
  var s, a, u;
  const l = o.get(e);
  if (!l)
    return null;
  const c = i === St.Strict ? (s = l.handleBounds) == null ? void 0 : s[t] : [...((a = l.handleBounds) == null ? void 0 : a.source) ?? [], ...((u = l.handleBounds) == null ? void 0 : u.target) ?? []], d = (n ? c?.find((f) => f.id === n) : c?.[0]) ?? null;
  return d && r ? { ...d, ...Jt(l, d, d.position, !0) } : d;
}
const zi = {
  [se.Left]: se.Right,
  [se.Right]: se.Left,
  [se.Top]: se.Bottom,
  [se.Bottom]: se.Top
}, Uh = ["production", "prod"];
function Hn(e, ...t) {
  Qa() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function Qa() {
  return !Uh.includes("production");
}
function is(e, t, n, o, i) {
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
      ...Fo(s)
    };
  }) : null;
}
function Ri(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Ue(() => {
    s.blur();
  })) : n([e]);
}
function Oe(e) {
  return typeof q(e) < "u";
}
function Wh(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new ze(De.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let i;
  return Ct(e) ? i = e : i = {
    ...e,
    id: Ya(e)
  }, i = Ha(i, void 0, o), Sh(i, t) ? !1 : i;
}
function qh(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new ze(De.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new ze(De.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? Ya(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function rs(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!Rt(s)) {
      n(
        new ze(De.NODE_INVALID, s?.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = $h(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = a;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((a) => a.id === r.parentNode);
    r.parentNode && !s && n(new ze(De.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function ss(e, t, n, o, i, r) {
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
function ci(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: a = null } = o, u = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: a }, l = `${i}-${s}--${r}-${a}`, c = `${r}-${a}--${i}-${s}`;
    ss("source", u, c, e, i, s), ss("target", u, l, e, r, a);
  }
}
function as(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function di(e, t, n, o, i, r, s, a) {
  const u = [];
  for (const l of e) {
    const c = Ct(l) ? l : Wh(l, a, i, r);
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
      ...Ha(c, g, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return u;
}
const ls = /* @__PURE__ */ Symbol("vueFlow"), Ja = /* @__PURE__ */ Symbol("nodeId"), el = /* @__PURE__ */ Symbol("nodeRef"), Zh = /* @__PURE__ */ Symbol("edgeId"), Kh = /* @__PURE__ */ Symbol("edgeRef"), Xo = /* @__PURE__ */ Symbol("slots");
function tl(e) {
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
  } = Me(), { onStart: A, onDrag: B, onStop: L, onClick: z, el: U, disabled: Y, id: V, selectable: k, dragHandle: G } = e, h = Nt(!1);
  let $ = [], p, S = null, M = { x: void 0, y: void 0 }, P = { x: 0, y: 0 }, T = null, F = !1, Z = !1, oe = 0, re = !1;
  const W = Jh(), K = ({ x: ce, y: he }) => {
    M = { x: ce, y: he };
    let N = !1;
    if ($ = $.map((_) => {
      const C = { x: ce - _.distance.x, y: he - _.distance.y }, { computedPosition: O } = lr(
        _,
        n.value ? Yo(C, o.value) : C,
        E.error,
        s.value,
        _.parentNode ? g(_.parentNode) : void 0
      );
      return N = N || _.position.x !== O.x || _.position.y !== O.y, _.position = O, _;
    }), Z = Z || N, !!N && (v($, !0, !0), h.value = !0, T)) {
      const [_, C] = li({
        id: V,
        dragItems: $,
        findNode: g
      });
      B({ event: T, node: _, nodes: C });
    }
  }, ee = () => {
    if (!S)
      return;
    const [ce, he] = qa(P, S, c.value);
    if (ce !== 0 || he !== 0) {
      const N = {
        x: (M.x ?? 0) - ce / u.value.zoom,
        y: (M.y ?? 0) - he / u.value.zoom
      };
      f({ x: ce, y: he }) && K(N);
    }
    oe = requestAnimationFrame(ee);
  }, fe = (ce, he) => {
    F = !0;
    const N = g(V);
    !x.value && !y.value && N && (N.selected || b()), N && me(k) && x.value && Ri(
      N,
      y.value,
      m,
      b,
      w,
      !1,
      he
    );
    const _ = W(ce.sourceEvent);
    if (M = _, $ = Oh(r.value, d.value, _, V), $.length) {
      const [C, O] = li({
        id: V,
        dragItems: $,
        findNode: g
      });
      A({ event: ce.sourceEvent, node: C, nodes: O });
    }
  }, ye = (ce, he) => {
    var N;
    ce.sourceEvent.type === "touchmove" && ce.sourceEvent.touches.length > 1 || (Z = !1, a.value === 0 && fe(ce, he), M = W(ce.sourceEvent), S = ((N = t.value) == null ? void 0 : N.getBoundingClientRect()) || null, P = ot(ce.sourceEvent, S));
  }, pe = (ce, he) => {
    const N = W(ce.sourceEvent);
    if (!re && F && l.value && (re = !0, ee()), !F) {
      const _ = N.xSnapped - (M.x ?? 0), C = N.ySnapped - (M.y ?? 0);
      Math.sqrt(_ * _ + C * C) > a.value && fe(ce, he);
    }
    (M.x !== N.xSnapped || M.y !== N.ySnapped) && $.length && F && (T = ce.sourceEvent, P = ot(ce.sourceEvent, S), K(N));
  }, _e = (ce) => {
    let he = !1;
    if (!F && !h.value && !y.value) {
      const N = ce.sourceEvent, _ = W(N), C = _.xSnapped - (M.x ?? 0), O = _.ySnapped - (M.y ?? 0), I = Math.sqrt(C * C + O * O);
      I !== 0 && I <= a.value && (z?.(N), he = !0);
    }
    if ($.length && !he) {
      Z && (v($, !1, !1), Z = !1);
      const [N, _] = li({
        id: V,
        dragItems: $,
        findNode: g
      });
      L({ event: ce.sourceEvent, node: N, nodes: _ });
    }
    $ = [], h.value = !1, re = !1, F = !1, M = { x: void 0, y: void 0 }, cancelAnimationFrame(oe);
  };
  return xe([() => me(Y), U], ([ce, he], N, _) => {
    if (he) {
      const C = We(he);
      ce || (p = Ed().on("start", (O) => ye(O, he)).on("drag", (O) => pe(O, he)).on("end", (O) => _e(O)).filter((O) => {
        const I = O.target, te = me(G);
        return !O.button && (!i.value || !es(I, `.${i.value}`, he) && (!te || es(I, te, he)));
      }), C.call(p)), _(() => {
        C.on(".drag", null), p && (p.on("start", null), p.on("drag", null), p.on("end", null));
      });
    }
  }), h;
}
function jh() {
  return {
    doubleClick: ne(),
    click: ne(),
    mouseEnter: ne(),
    mouseMove: ne(),
    mouseLeave: ne(),
    contextMenu: ne(),
    updateStart: ne(),
    update: ne(),
    updateEnd: ne()
  };
}
function Qh(e, t) {
  const n = jh();
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
function Jh() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Me();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Bh(i) ? i.sourceEvent : i, { x: u, y: l } = ot(a, s), c = Tn({ x: u, y: l }, e.value), { x: d, y: f } = n.value ? Yo(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function Qn() {
  return !0;
}
function nl({
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
    nodes: z,
    isValidConnection: U,
    nodeLookup: Y
  } = Me();
  let V = null, k = !1, G = null;
  function h(p) {
    var S;
    const M = me(n) === "target", P = ur(p), T = Ur(p.target), F = p.currentTarget;
    if (F && (P && p.button === 0 || !P)) {
      let Z = function(ie) {
        N = ot(ie, _e), K = Yh(
          Tn(N, B.value, !1, [1, 1]),
          c.value,
          Y.value,
          O
        ), _ || (C(), _ = !0);
        const de = os(
          ie,
          {
            handle: K,
            connectionMode: l.value,
            fromNodeId: me(t),
            fromHandleId: me(e),
            fromType: M ? "target" : "source",
            isValidConnection: W,
            doc: T,
            lib: "vue",
            flowId: a,
            nodeLookup: Y.value
          },
          L.value,
          z.value,
          x,
          Y.value
        );
        G = de.handleDomNode, V = de.connection, k = Gh(!!K, de.isValid);
        const ve = {
          // from stays the same
          ...ae,
          isValid: k,
          to: de.toHandle && k ? In({ x: de.toHandle.x, y: de.toHandle.y }, B.value) : N,
          toHandle: de.toHandle,
          toPosition: k && de.toHandle ? de.toHandle.position : zi[O.position],
          toNode: de.toHandle ? Y.value.get(de.toHandle.nodeId) : null
        };
        if (k && K && ae?.toHandle && ve.toHandle && ae.toHandle.type === ve.toHandle.type && ae.toHandle.nodeId === ve.toHandle.nodeId && ae.toHandle.id === ve.toHandle.id && ae.to.x === ve.to.x && ae.to.y === ve.to.y)
          return;
        const be = K ?? de.toHandle;
        if (v(
          be && k ? In(
            {
              x: be.x,
              y: be.y
            },
            B.value
          ) : N,
          be,
          Xh(!!be, k)
        ), ae = ve, !K && !k && !G)
          return ui(he);
        V && V.source !== V.target && G && (ui(he), he = G, G.classList.add("connecting", "vue-flow__handle-connecting"), G.classList.toggle("valid", !!k), G.classList.toggle("vue-flow__handle-valid", !!k));
      }, oe = function(ie) {
        "touches" in ie && ie.touches.length > 0 || ((K || G) && V && k && (r ? r(ie, V) : A.connect(V)), A.connectEnd(ie), i && s?.(ie), ui(he), cancelAnimationFrame(ee), E(ie), _ = !1, k = !1, V = null, G = null, T.removeEventListener("mousemove", Z), T.removeEventListener("mouseup", oe), T.removeEventListener("touchmove", Z), T.removeEventListener("touchend", oe));
      };
      const re = x(me(t));
      let W = me(o) || U.value || Qn;
      !W && re && (W = (M ? re.isValidSourcePos : re.isValidTargetPos) || Qn);
      let K, ee = 0;
      const { x: fe, y: ye } = ot(p), pe = Ka(me(i), F), _e = (S = u.value) == null ? void 0 : S.getBoundingClientRect();
      if (!_e || !pe)
        return;
      const ce = ja(me(t), pe, me(e), Y.value, l.value);
      if (!ce)
        return;
      let he, N = ot(p, _e), _ = !1;
      const C = () => {
        if (!y.value)
          return;
        const [ie, de] = qa(N, _e, w.value);
        b({ x: ie, y: de }), ee = requestAnimationFrame(C);
      }, O = {
        ...ce,
        nodeId: me(t),
        type: pe,
        position: ce.position
      }, I = Y.value.get(me(t)), J = {
        inProgress: !0,
        isValid: null,
        from: Jt(I, O, se.Left, !0),
        fromHandle: O,
        fromPosition: O.position,
        fromNode: I,
        to: N,
        toHandle: null,
        toPosition: zi[O.position],
        toNode: null
      };
      m(
        {
          nodeId: me(t),
          id: me(e),
          type: pe,
          position: F?.getAttribute("data-handlepos") || se.Top,
          ...N
        },
        {
          x: fe - _e.left,
          y: ye - _e.top
        }
      ), A.connectStart({ event: p, nodeId: me(t), handleId: me(e), handleType: pe });
      let ae = J;
      T.addEventListener("mousemove", Z), T.addEventListener("mouseup", oe), T.addEventListener("touchmove", Z), T.addEventListener("touchend", oe);
    }
  }
  function $(p) {
    var S, M;
    if (!d.value)
      return;
    const P = me(n) === "target";
    if (!f.value) {
      A.clickConnectStart({ event: p, nodeId: me(t), handleId: me(e) }), m(
        {
          nodeId: me(t),
          type: me(n),
          id: me(e),
          position: se.Top,
          ...ot(p)
        },
        void 0,
        !0
      );
      return;
    }
    let T = me(o) || U.value || Qn;
    const F = x(me(t));
    if (!T && F && (T = (P ? F.isValidSourcePos : F.isValidTargetPos) || Qn), F && (typeof F.connectable > "u" ? g.value : F.connectable) === !1)
      return;
    const Z = Ur(p.target), oe = os(
      p,
      {
        handle: {
          nodeId: me(t),
          id: me(e),
          type: me(n),
          position: se.Top,
          ...ot(p)
        },
        connectionMode: l.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: T,
        doc: Z,
        lib: "vue",
        flowId: a,
        nodeLookup: Y.value
      },
      L.value,
      z.value,
      x,
      Y.value
    ), re = ((S = oe.connection) == null ? void 0 : S.source) === ((M = oe.connection) == null ? void 0 : M.target);
    oe.isValid && oe.connection && !re && A.connect(oe.connection), A.clickConnectEnd(p), E(p, !0);
  }
  return {
    handlePointerDown: h,
    handleClick: $
  };
}
function eg() {
  return Mt(Ja, "");
}
function ol(e) {
  const t = e ?? eg() ?? "", n = Mt(el, Ie(null)), { findNode: o, edges: i, emits: r } = Me(), s = o(t);
  return s || r.error(new ze(De.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: ue(() => o(s.parentNode)),
    connectedEdges: ue(() => Ot([s], i.value))
  };
}
function tg() {
  return {
    doubleClick: ne(),
    click: ne(),
    mouseEnter: ne(),
    mouseMove: ne(),
    mouseLeave: ne(),
    contextMenu: ne(),
    dragStart: ne(),
    drag: ne(),
    dragStop: ne()
  };
}
function ng(e, t) {
  const n = tg();
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
function il() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = Me();
  return (u, l = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = l ? 4 : 1, g = u.x * c * f, y = u.y * d * f, w = [];
    for (const x of e.value)
      if (x.draggable || s && typeof x.draggable > "u") {
        const b = { x: x.computedPosition.x + g, y: x.computedPosition.y + y }, { position: m } = lr(
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
const Jn = 0.1, og = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function wt() {
  return Hn("Viewport not initialized yet."), Promise.resolve(!1);
}
const ig = {
  zoomIn: wt,
  zoomOut: wt,
  zoomTo: wt,
  fitView: wt,
  setCenter: wt,
  fitBounds: wt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: wt,
  setTransform: wt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function rg(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? En : lo).scaleBy(
        fi(e.d3Selection, i?.duration, i?.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((a) => {
      var u;
      const { x: l, y: c } = La({ x: -o, y: -i }, e.translateExtent), d = Qt.translate(-l, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (u = e.d3Zoom) == null || u.interpolate(s?.interpolate === "linear" ? En : lo).transform(
        fi(e.d3Selection, s?.duration, s?.ease, () => {
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
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? En : lo).scaleTo(
        fi(e.d3Selection, r?.duration, r?.ease, () => {
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
      padding: Jn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const a = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && (i?.includeHiddenNodes || !f.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(f.id)) && a.push(f);
      if (!a.length)
        return Promise.resolve(!1);
      const u = ar(a), { x: l, y: c, zoom: d } = Wr(
        u,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Jn
      );
      return n(l, c, d, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof s?.zoom < "u" ? s.zoom : e.maxZoom, u = e.dimensions.width / 2 - i * a, l = e.dimensions.height / 2 - r * a;
      return n(u, l, a, s);
    },
    fitBounds: (i, r = { padding: Jn }) => {
      const { x: s, y: a, zoom: u } = Wr(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? Jn
      );
      return n(s, a, u, r);
    },
    project: (i) => Tn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - r,
          y: i.y - s
        };
        return Tn(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x + r,
          y: i.y + s
        };
        return In(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : ig);
}
function fi(e, t = 0, n = og, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function sg(e, t, n) {
  const o = oa(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let w, x, b = !!(n.nodes.value.length || n.edges.value.length);
        w = Xt([e.modelValue, () => {
          var m, v;
          return (v = (m = e.modelValue) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setElements(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = Xt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([m, v]) => {
            var E;
            (E = e.modelValue) != null && E.value && Array.isArray(e.modelValue.value) && (w?.pause(), e.modelValue.value = [...m, ...v], Ue(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), so(() => {
          w?.stop(), x?.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let w, x, b = !!n.nodes.value.length;
        w = Xt([e.nodes, () => {
          var m, v;
          return (v = (m = e.nodes) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setNodes(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = Xt(
          [n.nodes, () => n.nodes.value.length],
          ([m]) => {
            var v;
            (v = e.nodes) != null && v.value && Array.isArray(e.nodes.value) && (w?.pause(), e.nodes.value = [...m], Ue(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), so(() => {
          w?.stop(), x?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let w, x, b = !!n.edges.value.length;
        w = Xt([e.edges, () => {
          var m, v;
          return (v = (m = e.edges) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setEdges(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = Xt(
          [n.edges, () => n.edges.value.length],
          ([m]) => {
            var v;
            (v = e.edges) != null && v.value && Array.isArray(e.edges.value) && (w?.pause(), e.edges.value = [...m], Ue(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), so(() => {
          w?.stop(), x?.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        xe(
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
        xe(
          () => t.minZoom,
          () => {
            t.minZoom && Oe(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, l = () => {
      o.run(() => {
        xe(
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
        xe(
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
        xe(
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
        xe(
          () => t.autoConnect,
          () => {
            Oe(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), xe(
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
          const m = Ee(() => t[b]), v = n[b];
          ji(v) && o.run(() => {
            xe(
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
function ag() {
  return {
    edgesChange: ne(),
    nodesChange: ne(),
    nodeDoubleClick: ne(),
    nodeClick: ne(),
    nodeMouseEnter: ne(),
    nodeMouseMove: ne(),
    nodeMouseLeave: ne(),
    nodeContextMenu: ne(),
    nodeDragStart: ne(),
    nodeDrag: ne(),
    nodeDragStop: ne(),
    nodesInitialized: ne(),
    miniMapNodeClick: ne(),
    miniMapNodeDoubleClick: ne(),
    miniMapNodeMouseEnter: ne(),
    miniMapNodeMouseMove: ne(),
    miniMapNodeMouseLeave: ne(),
    connect: ne(),
    connectStart: ne(),
    connectEnd: ne(),
    clickConnectStart: ne(),
    clickConnectEnd: ne(),
    paneReady: ne(),
    init: ne(),
    move: ne(),
    moveStart: ne(),
    moveEnd: ne(),
    selectionDragStart: ne(),
    selectionDrag: ne(),
    selectionDragStop: ne(),
    selectionContextMenu: ne(),
    selectionStart: ne(),
    selectionEnd: ne(),
    viewportChangeStart: ne(),
    viewportChange: ne(),
    viewportChangeEnd: ne(),
    paneScroll: ne(),
    paneClick: ne(),
    paneContextMenu: ne(),
    paneMouseEnter: ne(),
    paneMouseMove: ne(),
    paneMouseLeave: ne(),
    edgeContextMenu: ne(),
    edgeMouseEnter: ne(),
    edgeMouseMove: ne(),
    edgeMouseLeave: ne(),
    edgeDoubleClick: ne(),
    edgeClick: ne(),
    edgeUpdateStart: ne(),
    edgeUpdate: ne(),
    edgeUpdateEnd: ne(),
    updateNodeInternals: ne(),
    error: ne((e) => Hn(e.message))
  };
}
function lg(e, t) {
  const n = rn();
  gu(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), Nn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), Nn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = ug(i);
    return !!((r = n?.vnode.props) == null ? void 0 : r[s]);
  }
}
function ug(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function rl() {
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
    selectionMode: sr.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: xn.Free,
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
      type: Tt.Bezier,
      style: {}
    },
    connectionMode: St.Loose,
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
    multiSelectionKeyCode: Dn() ? "Meta" : "Control",
    zoomActivationKeyCode: Dn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: ag(),
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
const cg = [
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
function dg(e, t, n) {
  const o = rg(e), i = (N) => {
    const _ = N ?? [];
    e.hooks.updateNodeInternals.trigger(_);
  }, r = (N) => kh(N, e.nodes, e.edges), s = (N) => Nh(N, e.nodes, e.edges), a = (N) => Ot(N, e.edges), u = ({ id: N, type: _, nodeId: C }) => {
    var O;
    const I = N ? `-${_}-${N}` : `-${_}`;
    return Array.from(((O = e.connectionLookup.get(`${C}${I}`)) == null ? void 0 : O.values()) ?? []);
  }, l = (N) => {
    if (N)
      return t.value.get(N);
  }, c = (N) => {
    if (N)
      return n.value.get(N);
  }, d = (N, _, C) => {
    var O, I;
    const te = [];
    for (const J of N) {
      const ae = {
        id: J.id,
        type: "position",
        dragging: C,
        from: J.from
      };
      if (_ && (ae.position = J.position, J.parentNode)) {
        const ie = l(J.parentNode);
        ae.position = {
          x: ae.position.x - (((O = ie?.computedPosition) == null ? void 0 : O.x) ?? 0),
          y: ae.position.y - (((I = ie?.computedPosition) == null ? void 0 : I.y) ?? 0)
        };
      }
      te.push(ae);
    }
    te?.length && e.hooks.nodesChange.trigger(te);
  }, f = (N) => {
    if (!e.vueFlowRef)
      return;
    const _ = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!_)
      return;
    const C = window.getComputedStyle(_), { m22: O } = new window.DOMMatrixReadOnly(C.transform), I = [];
    for (const te of N) {
      const J = te, ae = l(J.id);
      if (ae) {
        const ie = Fo(J.nodeElement);
        if (!!(ie.width && ie.height && (ae.dimensions.width !== ie.width || ae.dimensions.height !== ie.height || J.forceUpdate))) {
          const ve = J.nodeElement.getBoundingClientRect();
          ae.dimensions = ie, ae.handleBounds.source = is("source", J.nodeElement, ve, O, ae.id), ae.handleBounds.target = is("target", J.nodeElement, ve, O, ae.id), I.push({
            id: ae.id,
            type: "dimensions",
            dimensions: ie
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), I.length && e.hooks.nodesChange.trigger(I);
  }, g = (N, _) => {
    const C = /* @__PURE__ */ new Set(), O = /* @__PURE__ */ new Set();
    for (const J of N)
      Rt(J) ? C.add(J.id) : Ct(J) && O.add(J.id);
    const I = Et(t.value, C, !0), te = Et(n.value, O);
    if (e.multiSelectionActive) {
      for (const J of C)
        I.push(_t(J, _));
      for (const J of O)
        te.push(_t(J, _));
    }
    I.length && e.hooks.nodesChange.trigger(I), te.length && e.hooks.edgesChange.trigger(te);
  }, y = (N) => {
    if (e.multiSelectionActive) {
      const _ = N.map((C) => _t(C.id, !0));
      e.hooks.nodesChange.trigger(_);
      return;
    }
    e.hooks.nodesChange.trigger(Et(t.value, new Set(N.map((_) => _.id)), !0)), e.hooks.edgesChange.trigger(Et(n.value));
  }, w = (N) => {
    if (e.multiSelectionActive) {
      const _ = N.map((C) => _t(C.id, !0));
      e.hooks.edgesChange.trigger(_);
      return;
    }
    e.hooks.edgesChange.trigger(Et(n.value, new Set(N.map((_) => _.id)))), e.hooks.nodesChange.trigger(Et(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (N) => {
    g(N, !0);
  }, b = (N) => {
    const C = (N || e.nodes).map((O) => (O.selected = !1, _t(O.id, !1)));
    e.hooks.nodesChange.trigger(C);
  }, m = (N) => {
    const C = (N || e.edges).map((O) => (O.selected = !1, _t(O.id, !1)));
    e.hooks.edgesChange.trigger(C);
  }, v = (N) => {
    if (!N || !N.length)
      return g([], !1);
    const _ = N.reduce(
      (C, O) => {
        const I = _t(O.id, !1);
        return Rt(O) ? C.nodes.push(I) : C.edges.push(I), C;
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
  }, z = (N) => {
    var _;
    (_ = e.d3Zoom) == null || _.clickDistance(N);
  }, U = (N) => {
    e.nodesDraggable = N, e.nodesConnectable = N, e.elementsSelectable = N;
  }, Y = (N) => {
    const _ = N instanceof Function ? N(e.nodes) : N;
    !e.initialized && !_.length || (e.nodes = rs(_, l, e.hooks.error.trigger));
  }, V = (N) => {
    const _ = N instanceof Function ? N(e.edges) : N;
    if (!e.initialized && !_.length)
      return;
    const C = di(
      _,
      e.isValidConnection,
      l,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    ci(e.connectionLookup, n.value, C), e.edges = C;
  }, k = (N) => {
    const _ = N instanceof Function ? N([...e.nodes, ...e.edges]) : N;
    !e.initialized && !_.length || (Y(_.filter(Rt)), V(_.filter(Ct)));
  }, G = (N) => {
    let _ = N instanceof Function ? N(e.nodes) : N;
    _ = Array.isArray(_) ? _ : [_];
    const C = rs(_, l, e.hooks.error.trigger), O = [];
    for (const I of C)
      O.push(Kr(I));
    O.length && e.hooks.nodesChange.trigger(O);
  }, h = (N) => {
    let _ = N instanceof Function ? N(e.edges) : N;
    _ = Array.isArray(_) ? _ : [_];
    const C = di(
      _,
      e.isValidConnection,
      l,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), O = [];
    for (const I of C)
      O.push(Kr(I));
    O.length && e.hooks.edgesChange.trigger(O);
  }, $ = (N, _ = !0, C = !1) => {
    const O = N instanceof Function ? N(e.nodes) : N, I = Array.isArray(O) ? O : [O], te = [], J = [];
    function ae(de) {
      const ve = a(de);
      for (const be of ve)
        (!Oe(be.deletable) || be.deletable) && J.push(Qr(be.id, be.source, be.target, be.sourceHandle, be.targetHandle));
    }
    function ie(de) {
      const ve = [];
      for (const be of e.nodes)
        be.parentNode === de && ve.push(be);
      if (ve.length) {
        for (const be of ve)
          te.push(jr(be.id));
        _ && ae(ve);
        for (const be of ve)
          ie(be.id);
      }
    }
    for (const de of I) {
      const ve = typeof de == "string" ? l(de) : de;
      ve && (Oe(ve.deletable) && !ve.deletable || (te.push(jr(ve.id)), _ && ae([ve]), C && ie(ve.id)));
    }
    J.length && e.hooks.edgesChange.trigger(J), te.length && e.hooks.nodesChange.trigger(te);
  }, p = (N) => {
    const _ = N instanceof Function ? N(e.edges) : N, C = Array.isArray(_) ? _ : [_], O = [];
    for (const I of C) {
      const te = typeof I == "string" ? c(I) : I;
      te && (Oe(te.deletable) && !te.deletable || O.push(
        Qr(
          typeof I == "string" ? I : I.id,
          te.source,
          te.target,
          te.sourceHandle,
          te.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(O);
  }, S = (N, _, C = !0) => {
    const O = c(N.id);
    if (!O)
      return !1;
    const I = e.edges.indexOf(O), te = qh(N, _, O, C, e.hooks.error.trigger);
    if (te) {
      const [J] = di(
        [te],
        e.isValidConnection,
        l,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((ae, ie) => ie === I ? J : ae), ci(e.connectionLookup, n.value, [J]), J;
    }
    return !1;
  }, M = (N, _, C = { replace: !1 }) => {
    const O = c(N);
    if (!O)
      return;
    const I = typeof _ == "function" ? _(O) : _;
    O.data = C.replace ? I : { ...O.data, ...I };
  }, P = (N) => Zr(N, e.nodes), T = (N) => {
    const _ = Zr(N, e.edges);
    return ci(e.connectionLookup, n.value, _), _;
  }, F = (N, _, C = { replace: !1 }) => {
    const O = l(N);
    if (!O)
      return;
    const I = typeof _ == "function" ? _(O) : _;
    C.replace ? e.nodes.splice(e.nodes.indexOf(O), 1, I) : Object.assign(O, I);
  }, Z = (N, _, C = { replace: !1 }) => {
    const O = l(N);
    if (!O)
      return;
    const I = typeof _ == "function" ? _(O) : _;
    O.data = C.replace ? I : { ...O.data, ...I };
  }, oe = (N, _, C = !1) => {
    C ? e.connectionClickStartHandle = N : e.connectionStartHandle = N, e.connectionEndHandle = null, e.connectionStatus = null, _ && (e.connectionPosition = _);
  }, re = (N, _ = null, C = null) => {
    e.connectionStartHandle && (e.connectionPosition = N, e.connectionEndHandle = _, e.connectionStatus = C);
  }, W = (N, _) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, _ ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, K = (N) => {
    const _ = xh(N), C = _ ? null : vn(N) ? N : l(N.id);
    return !_ && !C ? [null, null, _] : [_ ? N : ko(C), C, _];
  }, ee = (N, _ = !0, C = e.nodes) => {
    const [O, I, te] = K(N);
    if (!O)
      return [];
    const J = [];
    for (const ae of C || e.nodes) {
      if (!te && (ae.id === I.id || !ae.computedPosition))
        continue;
      const ie = ko(ae), de = So(ie, O);
      (_ && de > 0 || de >= ie.width * ie.height || de >= Number(O.width) * Number(O.height)) && J.push(ae);
    }
    return J;
  }, fe = (N, _, C = !0) => {
    const [O] = K(N);
    if (!O)
      return !1;
    const I = So(O, _);
    return C && I > 0 || I >= Number(O.width) * Number(O.height);
  }, ye = (N) => {
    const { viewport: _, dimensions: C, d3Zoom: O, d3Selection: I, translateExtent: te } = e;
    if (!O || !I || !N.x && !N.y)
      return !1;
    const J = Qt.translate(_.x + N.x, _.y + N.y).scale(_.zoom), ae = [
      [0, 0],
      [C.width, C.height]
    ], ie = O.constrain()(J, ae, te), de = e.viewport.x !== ie.x || e.viewport.y !== ie.y || e.viewport.zoom !== ie.k;
    return O.transform(I, ie), de;
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
    const O = _.modelValue || _.nodes || _.edges ? [] : void 0;
    O && (_.modelValue && O.push(..._.modelValue), _.nodes && O.push(..._.nodes), _.edges && O.push(..._.edges), k(O));
    const I = () => {
      Oe(_.maxZoom) && A(_.maxZoom), Oe(_.minZoom) && E(_.minZoom), Oe(_.translateExtent) && B(_.translateExtent);
    };
    for (const te of Object.keys(_)) {
      const J = te, ae = _[J];
      ![...cg, ...C].includes(J) && Oe(ae) && (e[J] = ae);
    }
    Ni(() => e.d3Zoom).not.toBeNull().then(I), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: k,
    setNodes: Y,
    setEdges: V,
    addNodes: G,
    addEdges: h,
    removeNodes: $,
    removeEdges: p,
    findNode: l,
    findEdge: c,
    updateEdge: S,
    updateEdgeData: M,
    updateNode: F,
    updateNodeData: Z,
    applyEdgeChanges: T,
    applyNodeChanges: P,
    addSelectedElements: x,
    addSelectedNodes: y,
    addSelectedEdges: w,
    setMinZoom: E,
    setMaxZoom: A,
    setTranslateExtent: B,
    setNodeExtent: L,
    setPaneClickDistance: z,
    removeSelectedElements: v,
    removeSelectedNodes: b,
    removeSelectedEdges: m,
    startConnection: oe,
    updateConnection: re,
    endConnection: W,
    setInteractive: U,
    setState: pe,
    getIntersectingNodes: ee,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: u,
    isNodeIntersecting: fe,
    panBy: ye,
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
          computedPosition: O,
          handleBounds: I,
          selected: te,
          dimensions: J,
          isParent: ae,
          resizing: ie,
          dragging: de,
          events: ve,
          ...be
        } = C;
        N.push(be);
      }
      for (const C of e.edges) {
        const { selected: O, sourceNode: I, targetNode: te, events: J, ...ae } = C;
        _.push(ae);
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
      const { nodes: C, edges: O, position: I, zoom: te, viewport: J } = N;
      C && Y(C), O && V(O);
      const [ae, ie] = J?.x && J?.y ? [J.x, J.y] : I ?? [null, null];
      if (ae && ie) {
        const de = J?.zoom || te || e.viewport.zoom;
        return Ni(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: ae,
            y: ie,
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
      const N = rl();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const _ = Qt.translate(N.defaultViewport.x ?? 0, N.defaultViewport.y ?? 0).scale(Ht(N.defaultViewport.zoom ?? 1, N.minZoom, N.maxZoom)), C = e.viewportRef.getBoundingClientRect(), O = [
          [0, 0],
          [C.width, C.height]
        ], I = e.d3Zoom.constrain()(_, O, N.translateExtent);
        e.d3Zoom.transform(e.d3Selection, I);
      }
      pe(N);
    },
    $destroy: () => {
    }
  };
}
const fg = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], hg = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, en = /* @__PURE__ */ Ce({
  ...hg,
  props: {
    id: { default: null },
    type: {},
    position: { default: () => se.Top },
    isValidConnection: { type: Function },
    connectable: { type: [Boolean, Number, String, Function], default: void 0 },
    connectableStart: { type: Boolean, default: !0 },
    connectableEnd: { type: Boolean, default: !0 }
  },
  setup(e, { expose: t }) {
    const n = hu(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Ee(() => n.type ?? "source"), i = Ee(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: u,
      vueFlowRef: l,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Me(), { id: g, node: y, nodeEl: w, connectedEdges: x } = ol(), b = Ie(), m = Ee(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), v = Ee(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), E = Ee(
      () => {
        var V, k, G, h, $, p;
        return ((V = s.value) == null ? void 0 : V.nodeId) === g && ((k = s.value) == null ? void 0 : k.id) === e.id && ((G = s.value) == null ? void 0 : G.type) === o.value || ((h = u.value) == null ? void 0 : h.nodeId) === g && (($ = u.value) == null ? void 0 : $.id) === e.id && ((p = u.value) == null ? void 0 : p.type) === o.value;
      }
    ), A = Ee(
      () => {
        var V, k, G;
        return ((V = a.value) == null ? void 0 : V.nodeId) === g && ((k = a.value) == null ? void 0 : k.id) === e.id && ((G = a.value) == null ? void 0 : G.type) === o.value;
      }
    ), { handlePointerDown: B, handleClick: L } = nl({
      nodeId: g,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), z = ue(() => typeof e.connectable == "string" && e.connectable === "single" ? !x.value.some((V) => {
      const k = V[`${o.value}Handle`];
      return V[o.value] !== g ? !1 : k ? k === e.id : !0;
    }) : typeof e.connectable == "number" ? x.value.filter((V) => {
      const k = V[`${o.value}Handle`];
      return V[o.value] !== g ? !1 : k ? k === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(y, x.value) : Oe(e.connectable) ? e.connectable : c.value);
    yt(() => {
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
        ...Fo(b.value)
      };
      y.handleBounds[o.value] = [...y.handleBounds[o.value] ?? [], M];
    });
    function U(V) {
      const k = ur(V);
      z.value && m.value && (k && V.button === 0 || !k) && B(V);
    }
    function Y(V) {
      !g || !a.value && !m.value || z.value && L(V);
    }
    return t({
      handleClick: L,
      handlePointerDown: B,
      onClick: Y,
      onPointerDown: U
    }), (V, k) => (Q(), le("div", {
      ref_key: "handle",
      ref: b,
      "data-id": `${q(r)}-${q(g)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": q(g),
      "data-handlepos": V.position,
      class: Fe(["vue-flow__handle", [
        `vue-flow__handle-${V.position}`,
        `vue-flow__handle-${e.id}`,
        q(d),
        q(f),
        o.value,
        {
          connectable: z.value,
          connecting: A.value,
          connectablestart: m.value,
          connectableend: v.value,
          connectionindicator: z.value && (m.value && !E.value || v.value && E.value)
        }
      ]]),
      onMousedown: U,
      onTouchstartPassive: U,
      onClick: Y
    }, [
      Te(V.$slots, "default", { id: V.id })
    ], 42, fg));
  }
}), Go = function({
  sourcePosition: e = se.Bottom,
  targetPosition: t = se.Top,
  label: n,
  connectable: o = !0,
  isValidTargetPos: i,
  isValidSourcePos: r,
  data: s
}) {
  const a = s.label ?? n;
  return [
    Ne(en, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Ne(a) : Ne(Ve, [a]),
    Ne(en, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Go.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Go.inheritAttrs = !1;
Go.compatConfig = { MODE: 3 };
const gg = Go, Uo = function({
  targetPosition: e = se.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Ne(en, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Ne(r) : Ne(Ve, [r])
  ];
};
Uo.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Uo.inheritAttrs = !1;
Uo.compatConfig = { MODE: 3 };
const pg = Uo, Wo = function({
  sourcePosition: e = se.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Ne(r) : Ne(Ve, [r]),
    Ne(en, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
Wo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Wo.inheritAttrs = !1;
Wo.compatConfig = { MODE: 3 };
const vg = Wo, mg = ["transform"], yg = ["width", "height", "x", "y", "rx", "ry"], wg = ["y"], _g = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, bg = /* @__PURE__ */ Ce({
  ..._g,
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
    yt(i), xe([() => e.x, () => e.y, n, () => e.label], i);
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
      }, null, 12, yg)) : Se("", !0),
      $e("text", mo(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Te(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (Q(), Re(It(r.label), { key: 0 })) : (Q(), le(Ve, { key: 1 }, [
            xi(Pe(r.label), 1)
          ], 64))
        ])
      ], 16, wg)
    ], 8, mg));
  }
}), Eg = ["id", "d", "marker-end", "marker-start"], xg = ["d", "stroke-width"], $g = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, qo = /* @__PURE__ */ Ce({
  ...$g,
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
    const n = Ie(null), o = Ie(null), i = Ie(null), r = Qi();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, a) => (Q(), le(Ve, null, [
      $e("path", mo(q(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Eg),
      s.interactionWidth ? (Q(), le("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, xg)) : Se("", !0),
      s.label && s.labelX && s.labelY ? (Q(), Re(bg, {
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
function sl({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function al({
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
function eo(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function us({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case se.Left:
      s = t - eo(t - o, r), a = n;
      break;
    case se.Right:
      s = t + eo(o - t, r), a = n;
      break;
    case se.Top:
      s = t, a = n - eo(n - i, r);
      break;
    case se.Bottom:
      s = t, a = n + eo(i - n, r);
      break;
  }
  return [s, a];
}
function ll(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
    curvature: a = 0.25
  } = e, [u, l] = us({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: a
  }), [c, d] = us({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: a
  }), [f, g, y, w] = al({
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
function cs({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
  let r, s;
  switch (e) {
    case se.Left:
    case se.Right:
      r = 0.5 * (t + o), s = n;
      break;
    case se.Top:
    case se.Bottom:
      r = t, s = 0.5 * (n + i);
      break;
  }
  return [r, s];
}
function ul(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top
  } = e, [a, u] = cs({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [l, c] = cs({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, g, y] = al({
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
const ds = {
  [se.Left]: { x: -1, y: 0 },
  [se.Right]: { x: 1, y: 0 },
  [se.Top]: { x: 0, y: -1 },
  [se.Bottom]: { x: 0, y: 1 }
};
function Ng({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n
}) {
  return t === se.Left || t === se.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function fs(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function kg({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n,
  targetPosition: o = se.Top,
  center: i,
  offset: r
}) {
  const s = ds[t], a = ds[o], u = { x: e.x + s.x * r, y: e.y + s.y * r }, l = { x: n.x + a.x * r, y: n.y + a.y * r }, c = Ng({
    source: u,
    sourcePosition: t,
    target: l
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let g, y, w;
  const x = { x: 0, y: 0 }, b = { x: 0, y: 0 }, [m, v, E, A] = sl({
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
    ], z = [
      { x: u.x, y: w },
      { x: l.x, y: w }
    ];
    s[d] === f ? g = d === "x" ? L : z : g = d === "x" ? z : L;
  } else {
    const L = [{ x: u.x, y: l.y }], z = [{ x: l.x, y: u.y }];
    if (d === "x" ? g = s.x === f ? z : L : g = s.y === f ? L : z, t === o) {
      const G = Math.abs(e[d] - n[d]);
      if (G <= r) {
        const h = Math.min(r - 1, r - G);
        s[d] === f ? x[d] = (u[d] > e[d] ? -1 : 1) * h : b[d] = (l[d] > n[d] ? -1 : 1) * h;
      }
    }
    if (t !== o) {
      const G = d === "x" ? "y" : "x", h = s[d] === a[G], $ = u[G] > l[G], p = u[G] < l[G];
      (s[d] === 1 && (!h && $ || h && p) || s[d] !== 1 && (!h && p || h && $)) && (g = d === "x" ? L : z);
    }
    const U = { x: u.x + x.x, y: u.y + x.y }, Y = { x: l.x + b.x, y: l.y + b.y }, V = Math.max(Math.abs(U.x - g[0].x), Math.abs(Y.x - g[0].x)), k = Math.max(Math.abs(U.y - g[0].y), Math.abs(Y.y - g[0].y));
    V >= k ? (y = (U.x + Y.x) / 2, w = g[0].y) : (y = g[0].x, w = (U.y + Y.y) / 2);
  }
  return [[
    e,
    { x: u.x + x.x, y: u.y + x.y },
    ...g,
    { x: l.x + b.x, y: l.y + b.y },
    n
  ], y, w, E, A];
}
function Sg(e, t, n, o) {
  const i = Math.min(fs(e, t) / 2, fs(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const l = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * l},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const a = e.x < n.x ? 1 : -1, u = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * u}Q ${r},${s} ${r + i * a},${s}`;
}
function Bi(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
    borderRadius: a = 5,
    centerX: u,
    centerY: l,
    offset: c = 20
  } = e, [d, f, g, y, w] = kg({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: u, y: l },
    offset: c
  });
  return [d.reduce((b, m, v) => {
    let E;
    return v > 0 && v < d.length - 1 ? E = Sg(d[v - 1], m, d[v + 1], a) : E = `${v === 0 ? "M" : "L"}${m.x} ${m.y}`, b += E, b;
  }, ""), f, g, y, w];
}
function Cg(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, u] = sl({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, u];
}
const Mg = Ce({
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
      const [n, o, i] = Cg(e);
      return Ne(qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Ig = Mg, Tg = Ce({
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
      const [n, o, i] = Bi({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), cl = Tg, Og = Ce({
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
    return () => Ne(cl, { ...e, ...t, borderRadius: 0 });
  }
}), Dg = Og, Pg = Ce({
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
      const [n, o, i] = ll({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Ag = Pg, zg = Ce({
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
      const [n, o, i] = ul({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Rg = zg, Bg = {
  input: vg,
  default: gg,
  output: pg
}, Vg = {
  default: Ag,
  straight: Ig,
  step: Dg,
  smoothstep: cl,
  simplebezier: Rg
};
function Lg(e, t, n) {
  const o = ue(() => (w) => t.value.get(w)), i = ue(() => (w) => n.value.get(w)), r = ue(() => {
    const w = {
      ...Vg,
      ...e.edgeTypes
    }, x = Object.keys(w);
    for (const b of e.edges)
      b.type && !x.includes(b.type) && (w[b.type] = b.type);
    return w;
  }), s = ue(() => {
    const w = {
      ...Bg,
      ...e.nodeTypes
    }, x = Object.keys(w);
    for (const b of e.nodes)
      b.type && !x.includes(b.type) && (w[b.type] = b.type);
    return w;
  }), a = ue(() => e.onlyRenderVisibleElements ? Ua(
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
        zh({
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
class Dt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = rn()) == null ? void 0 : t.appContext.app, o = n?.config.globalProperties.$vueFlowStorage ?? Dt.instance;
    return Dt.instance = o ?? new Dt(), n && (n.config.globalProperties.$vueFlowStorage = Dt.instance), Dt.instance;
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
    const o = rl(), i = Ei(o), r = {};
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
    }), l = Lg(i, a, u), c = dg(i, a, u);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...l,
      ...c,
      ...Tu(i),
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
  const t = Dt.getInstance(), n = na(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? n?.vueFlowId;
  let a;
  if (n) {
    const u = Mt(ls, null);
    typeof u < "u" && u !== null && (!s || u.id === s) && (a = u);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const u = r ?? t.getId(), l = t.create(u, i);
    a = l, (n ?? oa(!0)).run(() => {
      xe(
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
      ), Nn(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : Hn(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (kt(ls, a), n.vueFlowId = a.id), o) {
    const u = rn();
    u?.type.name !== "VueFlow" && a.emits.error(new ze(De.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function Hg(e) {
  const { emits: t, dimensions: n } = Me();
  let o;
  yt(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = Fo(e.value);
      (a.width === 0 || a.height === 0) && t.error(new ze(De.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Ki(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Fg = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Yg = /* @__PURE__ */ Ce({
  ...Fg,
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
}), Xg = ["tabIndex"], Gg = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, Ug = /* @__PURE__ */ Ce({
  ...Gg,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Me(), a = il(), u = Ie(null), l = tl({
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
    yt(() => {
      var y;
      r.value || (y = u.value) == null || y.focus({ preventScroll: !0 });
    });
    const c = ue(() => ar(o.value)), d = ue(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(y) {
      t.selectionContextMenu({ event: y, nodes: o.value });
    }
    function g(y) {
      r.value || qt[y.key] && (y.preventDefault(), a(
        {
          x: qt[y.key].x,
          y: qt[y.key].y
        },
        y.shiftKey
      ));
    }
    return (y, w) => !q(s) && c.value.width && c.value.height ? (Q(), le("div", {
      key: 0,
      class: Fe(["vue-flow__nodesselection vue-flow__container", q(i)]),
      style: Ae({ transform: `translate(${q(n).x}px,${q(n).y}px) scale(${q(n).zoom})` })
    }, [
      $e("div", {
        ref_key: "el",
        ref: u,
        class: Fe([{ dragging: q(l) }, "vue-flow__nodesselection-rect"]),
        style: Ae(d.value),
        tabIndex: q(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: g
      }, null, 46, Xg)
    ], 6)) : Se("", !0);
  }
});
function Wg(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const qg = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, Zg = /* @__PURE__ */ Ce({
  ...qg,
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
    } = Me(), z = Nt(null), U = Nt(/* @__PURE__ */ new Set()), Y = Nt(/* @__PURE__ */ new Set()), V = Nt(null), k = Ee(() => u.value && (e.isSelecting || r.value)), G = Ee(() => B.value !== null);
    let h = !1, $ = !1;
    const p = $n(w, { actInsideInputWithModifier: !1 }), S = $n(x);
    xe(p, (W) => {
      W && (f(d.value), g(c.value), l.value = !1);
    }), xe(S, (W) => {
      b.value = W;
    });
    function M(W, K) {
      return (ee) => {
        ee.target === K && W?.(ee);
      };
    }
    function P(W) {
      if (h || G.value) {
        h = !1;
        return;
      }
      i.paneClick(W), s(), l.value = !1;
    }
    function T(W) {
      var K;
      if (Array.isArray(L.value) && ((K = L.value) != null && K.includes(2))) {
        W.preventDefault();
        return;
      }
      i.paneContextMenu(W);
    }
    function F(W) {
      i.paneScroll(W);
    }
    function Z(W) {
      var K, ee, fe;
      if (V.value = ((K = t.value) == null ? void 0 : K.getBoundingClientRect()) ?? null, !u.value || !e.isSelecting || W.button !== 0 || W.target !== z.value || !V.value)
        return;
      (fe = (ee = W.target) == null ? void 0 : ee.setPointerCapture) == null || fe.call(ee, W.pointerId);
      const { x: ye, y: pe } = Wg(W, V.value);
      $ = !0, h = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: ye,
        startY: pe,
        x: ye,
        y: pe
      }, i.selectionStart(W);
    }
    function oe(W) {
      var K;
      if (!V.value || !a.value)
        return;
      h = !0;
      const { x: ee, y: fe } = ot(W, V.value), { startX: ye = 0, startY: pe = 0 } = a.value, _e = {
        startX: ye,
        startY: pe,
        x: ee < ye ? ee : ye,
        y: fe < pe ? fe : pe,
        width: Math.abs(ee - ye),
        height: Math.abs(fe - pe)
      }, ce = U.value, he = Y.value;
      U.value = new Set(
        Ua(n.value, _e, o.value, y.value === sr.Partial, !0).map(
          (_) => _.id
        )
      ), Y.value = /* @__PURE__ */ new Set();
      const N = ((K = A.value) == null ? void 0 : K.selectable) ?? !0;
      for (const _ of U.value) {
        const C = E.value.get(_);
        if (C)
          for (const { edgeId: O } of C.values()) {
            const I = m.value.get(O);
            I && (I.selectable ?? N) && Y.value.add(O);
          }
      }
      if (!as(ce, U.value)) {
        const _ = Et(v.value, U.value, !0);
        i.nodesChange(_);
      }
      if (!as(he, Y.value)) {
        const _ = Et(m.value, Y.value);
        i.edgesChange(_);
      }
      a.value = _e, r.value = !0, l.value = !1;
    }
    function re(W) {
      var K;
      W.button !== 0 || !$ || ((K = W.target) == null || K.releasePointerCapture(W.pointerId), !r.value && a.value && W.target === z.value && P(W), r.value = !1, a.value = null, l.value = U.value.size > 0, i.selectionEnd(W), e.selectionKeyPressed && (h = !1), $ = !1);
    }
    return (W, K) => (Q(), le("div", {
      ref_key: "container",
      ref: z,
      class: Fe(["vue-flow__pane vue-flow__container", { selection: W.isSelecting }]),
      onClick: K[0] || (K[0] = (ee) => k.value ? void 0 : M(P, z.value)(ee)),
      onContextmenu: K[1] || (K[1] = (ee) => M(T, z.value)(ee)),
      onWheelPassive: K[2] || (K[2] = (ee) => M(F, z.value)(ee)),
      onPointerenter: K[3] || (K[3] = (ee) => k.value ? void 0 : q(i).paneMouseEnter(ee)),
      onPointerdown: K[4] || (K[4] = (ee) => k.value ? Z(ee) : q(i).paneMouseMove(ee)),
      onPointermove: K[5] || (K[5] = (ee) => k.value ? oe(ee) : q(i).paneMouseMove(ee)),
      onPointerup: K[6] || (K[6] = (ee) => k.value ? re(ee) : void 0),
      onPointerleave: K[7] || (K[7] = (ee) => q(i).paneMouseLeave(ee))
    }, [
      Te(W.$slots, "default"),
      q(r) && q(a) ? (Q(), Re(Yg, {
        key: 0,
        "user-selection-rect": q(a)
      }, null, 8, ["user-selection-rect"])) : Se("", !0),
      q(l) && q(d).length ? (Q(), Re(Ug, { key: 1 })) : Se("", !0)
    ], 34));
  }
}), Kg = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, jg = /* @__PURE__ */ Ce({
  ...Kg,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Me(), i = ue(() => n.value ? !o.value : !1), r = ue(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (Q(), le("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Ae({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Te(s.$slots, "default")
    ], 4));
  }
}), Qg = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, Jg = /* @__PURE__ */ Ce({
  ...Qg,
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
      d3ZoomHandler: z,
      viewport: U,
      viewportRef: Y,
      paneClickDistance: V
    } = Me();
    Hg(Y);
    const k = Nt(!1), G = Nt(!1);
    let h = null, $ = !1, p = 0, S = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const M = $n(a), P = $n(s), T = $n(r), F = Ee(
      () => (!P.value || P.value && s.value === !0) && (M.value || d.value)
    ), Z = Ee(() => M.value || u.value), oe = Ee(() => s.value === !0 && F.value !== !0), re = Ee(
      () => P.value && s.value !== !0 || E.value || oe.value
    ), W = Ee(() => v.value !== null);
    yt(() => {
      if (!Y.value) {
        Hn("Viewport element is missing");
        return;
      }
      const pe = Y.value, _e = pe.getBoundingClientRect(), ce = vh().clickDistance(V.value).scaleExtent([t.value, n.value]).translateExtent(i.value), he = We(pe).call(ce), N = he.on("wheel.zoom"), _ = Qt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(Ht(o.value.zoom ?? 1, t.value, n.value)), C = [
        [0, 0],
        [_e.width, _e.height]
      ], O = ce.constrain()(_, C, i.value);
      ce.transform(he, O), ce.wheelDelta(Ai), B.value = ce, L.value = he, z.value = N, U.value = { x: O.x, y: O.y, zoom: O.k }, ce.on("start", (I) => {
        var te;
        if (!I.sourceEvent)
          return null;
        p = I.sourceEvent.button, k.value = !0;
        const J = fe(I.transform);
        ((te = I.sourceEvent) == null ? void 0 : te.type) === "mousedown" && (A.value = !0), S = J, m.viewportChangeStart(J), m.moveStart({ event: I, flowTransform: J });
      }), ce.on("end", (I) => {
        if (!I.sourceEvent)
          return null;
        if (k.value = !1, A.value = !1, K(F.value, p ?? 0) && !$ && m.paneContextMenu(I.sourceEvent), $ = !1, ee(S, I.transform)) {
          const te = fe(I.transform);
          S = te, m.viewportChangeEnd(te), m.moveEnd({ event: I, flowTransform: te });
        }
      }), ce.filter((I) => {
        var te;
        const J = T.value || y.value, ae = g.value && I.ctrlKey, ie = I.button, de = I.type === "wheel";
        if (ie === 1 && I.type === "mousedown" && (ye(I, "vue-flow__node") || ye(I, "vue-flow__edge")))
          return !0;
        if (!F.value && !J && !Z.value && !f.value && !g.value || E.value || W.value && !de || !f.value && I.type === "dblclick" || ye(I, x.value) && de || ye(I, b.value) && (!de || Z.value && de && !T.value) || !g.value && I.ctrlKey && de || !J && !Z.value && !ae && de)
          return !1;
        if (!g && I.type === "touchstart" && ((te = I.touches) == null ? void 0 : te.length) > 1)
          return I.preventDefault(), !1;
        if (!F.value && (I.type === "mousedown" || I.type === "touchstart") || oe.value && Array.isArray(d.value) && d.value.includes(0) && ie === 0 || Array.isArray(d.value) && !d.value.includes(ie) && (I.type === "mousedown" || I.type === "touchstart"))
          return !1;
        const ve = Array.isArray(d.value) && d.value.includes(ie) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !ie || ie <= 1;
        return (!I.ctrlKey || M.value || de) && ve;
      }), xe(
        [E, F],
        () => {
          E.value && !k.value ? ce.on("zoom", null) : E.value || ce.on("zoom", (I) => {
            U.value = { x: I.transform.x, y: I.transform.y, zoom: I.transform.k };
            const te = fe(I.transform);
            $ = K(F.value, p ?? 0), m.viewportChange(te), m.move({ event: I, flowTransform: te });
          });
        },
        { immediate: !0 }
      ), xe(
        [E, Z, l, T, g, w, x],
        () => {
          Z.value && !T.value && !E.value ? he.on(
            "wheel.zoom",
            (I) => {
              if (ye(I, x.value))
                return !1;
              const te = T.value || y.value, J = g.value && I.ctrlKey;
              if (!(!w.value || Z.value || te || J))
                return !1;
              I.preventDefault(), I.stopImmediatePropagation();
              const ie = he.property("__zoom").k || 1, de = Dn();
              if (!M.value && I.ctrlKey && g.value && de) {
                const D = et(I), R = Ai(I), X = ie * 2 ** R;
                ce.scaleTo(he, X, D, I);
                return;
              }
              const ve = I.deltaMode === 1 ? 20 : 1;
              let be = l.value === xn.Vertical ? 0 : I.deltaX * ve, Je = l.value === xn.Horizontal ? 0 : I.deltaY * ve;
              !de && I.shiftKey && l.value !== xn.Vertical && !be && Je && (be = Je, Je = 0), ce.translateBy(
                he,
                -(be / ie) * c.value,
                -(Je / ie) * c.value
              );
              const Ge = fe(he.property("__zoom"));
              h && clearTimeout(h), G.value ? (m.move({ event: I, flowTransform: Ge }), m.viewportChange(Ge), h = setTimeout(() => {
                m.moveEnd({ event: I, flowTransform: Ge }), m.viewportChangeEnd(Ge), G.value = !1;
              }, 150)) : (G.value = !0, m.moveStart({ event: I, flowTransform: Ge }), m.viewportChangeStart(Ge));
            },
            { passive: !1 }
          ) : typeof N < "u" && he.on(
            "wheel.zoom",
            function(I, te) {
              const J = !w.value && I.type === "wheel" && !I.ctrlKey, ae = T.value || y.value, ie = g.value && I.ctrlKey;
              if (!ae && !u.value && !ie && I.type === "wheel" || J || ye(I, x.value))
                return null;
              I.preventDefault(), N.call(this, I, te);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function K(pe, _e) {
      return _e === 2 && Array.isArray(pe) && pe.includes(2);
    }
    function ee(pe, _e) {
      return pe.x !== _e.x && !Number.isNaN(_e.x) || pe.y !== _e.y && !Number.isNaN(_e.y) || pe.zoom !== _e.k && !Number.isNaN(_e.k);
    }
    function fe(pe) {
      return {
        x: pe.x,
        y: pe.y,
        zoom: pe.k
      };
    }
    function ye(pe, _e) {
      return pe.target.closest(`.${_e}`);
    }
    return (pe, _e) => (Q(), le("div", {
      ref_key: "viewportRef",
      ref: Y,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      Be(Zg, {
        "is-selecting": re.value,
        "selection-key-pressed": q(P),
        class: Fe({
          connecting: W.value,
          dragging: q(A),
          draggable: q(d) === !0 || Array.isArray(q(d)) && q(d).includes(0)
        })
      }, {
        default: nt(() => [
          Be(jg, null, {
            default: nt(() => [
              Te(pe.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), ep = ["id"], tp = ["id"], np = ["id"], op = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, ip = /* @__PURE__ */ Ce({
  ...op,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Me();
    return (i, r) => (Q(), le(Ve, null, [
      $e("div", {
        id: `${q(Ra)}-${q(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Pe(q(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, ep),
      $e("div", {
        id: `${q(Ba)}-${q(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, tp),
      q(n) ? Se("", !0) : (Q(), le("div", {
        key: 0,
        id: `${q(Eh)}-${q(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Pe(q(o)), 9, np))
    ], 64));
  }
});
function rp() {
  const e = Me();
  xe(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function sp(e, t, n) {
  return n === se.Left ? e - t : n === se.Right ? e + t : e;
}
function ap(e, t, n) {
  return n === se.Top ? e - t : n === se.Bottom ? e + t : e;
}
const cr = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = se.Top,
  type: i
}) {
  return Ne("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: sp(t, e, o),
    cy: ap(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
cr.props = ["radius", "centerX", "centerY", "position", "type"];
cr.compatConfig = { MODE: 3 };
const hs = cr, lp = Ce({
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
    } = Me(), v = ue(() => c(e.id)), { emit: E, on: A } = Qh(v.value, r), B = Mt(Xo), L = rn(), z = Ie(!1), U = Ie(!1), Y = Ie(""), V = Ie(null), k = Ie("source"), G = Ie(null), h = Ee(
      () => typeof v.value.selectable > "u" ? w.value : v.value.selectable
    ), $ = Ee(() => typeof v.value.updatable > "u" ? x.value : v.value.updatable), p = Ee(() => typeof v.value.focusable > "u" ? b.value : v.value.focusable);
    kt(Zh, e.id), kt(Kh, G);
    const S = ue(() => v.value.class instanceof Function ? v.value.class(v.value) : v.value.class), M = ue(() => v.value.style instanceof Function ? v.value.style(v.value) : v.value.style), P = ue(() => {
      const _ = v.value.type || "default", C = B?.[`edge-${_}`];
      if (C)
        return C;
      let O = v.value.template ?? u.value[_];
      if (typeof O == "string" && L) {
        const I = Object.keys(L.appContext.components);
        I && I.includes(_) && (O = ra(_, !1));
      }
      return O && typeof O != "string" ? O : (r.error(new ze(De.EDGE_TYPE_MISSING, O)), !1);
    }), { handlePointerDown: T } = nl({
      nodeId: Y,
      handleId: V,
      type: k,
      isValidConnection: f,
      edgeUpdaterType: k,
      onEdgeUpdate: oe,
      onEdgeUpdateEnd: re
    });
    return () => {
      const _ = d(v.value.source), C = d(v.value.target), O = "pathOptions" in v.value ? v.value.pathOptions : {};
      if (!_ && !C)
        return r.error(new ze(De.EDGE_SOURCE_TARGET_MISSING, v.value.id, v.value.source, v.value.target)), null;
      if (!_)
        return r.error(new ze(De.EDGE_SOURCE_MISSING, v.value.id, v.value.source)), null;
      if (!C)
        return r.error(new ze(De.EDGE_TARGET_MISSING, v.value.id, v.value.target)), null;
      if (!v.value || v.value.hidden || _.hidden || C.hidden)
        return null;
      let I;
      o.value === St.Strict ? I = _.handleBounds.source : I = [..._.handleBounds.source || [], ..._.handleBounds.target || []];
      const te = ts(I, v.value.sourceHandle);
      let J;
      o.value === St.Strict ? J = C.handleBounds.target : J = [...C.handleBounds.target || [], ...C.handleBounds.source || []];
      const ae = ts(J, v.value.targetHandle), ie = te?.position || se.Bottom, de = ae?.position || se.Top, { x: ve, y: be } = Jt(_, te, ie), { x: Je, y: Ge } = Jt(C, ae, de);
      return v.value.sourceX = ve, v.value.sourceY = be, v.value.targetX = Je, v.value.targetY = Ge, Ne(
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
              updating: z.value,
              selected: v.value.selected,
              animated: v.value.animated,
              inactive: !h.value && !m.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: p.value ? 0 : void 0,
          "aria-label": v.value.ariaLabel === null ? void 0 : v.value.ariaLabel ?? `Edge from ${v.value.source} to ${v.value.target}`,
          "aria-describedby": p.value ? `${Ba}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: p.value ? "group" : "img",
          ...v.value.domAttributes,
          onClick: K,
          onContextmenu: ee,
          onDblclick: fe,
          onMouseenter: ye,
          onMousemove: pe,
          onMouseleave: _e,
          onKeyDown: p.value ? N : void 0
        },
        [
          U.value ? null : Ne(P.value === !1 ? u.value.default : P.value, {
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
            markerStart: `url('#${On(v.value.markerStart, t)}')`,
            markerEnd: `url('#${On(v.value.markerEnd, t)}')`,
            sourcePosition: ie,
            targetPosition: de,
            sourceX: ve,
            sourceY: be,
            targetX: Je,
            targetY: Ge,
            sourceHandleId: v.value.sourceHandle,
            targetHandleId: v.value.targetHandle,
            interactionWidth: v.value.interactionWidth,
            ...O
          }),
          [
            $.value === "source" || $.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: ce,
                  onMouseenter: F,
                  onMouseout: Z
                },
                Ne(hs, {
                  position: ie,
                  centerX: ve,
                  centerY: be,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            $.value === "target" || $.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: he,
                  onMouseenter: F,
                  onMouseout: Z
                },
                Ne(hs, {
                  position: de,
                  centerX: Je,
                  centerY: Ge,
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
    function F() {
      z.value = !0;
    }
    function Z() {
      z.value = !1;
    }
    function oe(_, C) {
      E.update({ event: _, edge: v.value, connection: C });
    }
    function re(_) {
      E.updateEnd({ event: _, edge: v.value }), U.value = !1;
    }
    function W(_, C) {
      _.button === 0 && (U.value = !0, Y.value = C ? v.value.target : v.value.source, V.value = (C ? v.value.targetHandle : v.value.sourceHandle) ?? null, k.value = C ? "target" : "source", E.updateStart({ event: _, edge: v.value }), T(_));
    }
    function K(_) {
      var C;
      const O = { event: _, edge: v.value };
      h.value && (s.value = !1, v.value.selected && g.value ? (l([v.value]), (C = G.value) == null || C.blur()) : n([v.value])), E.click(O);
    }
    function ee(_) {
      E.contextMenu({ event: _, edge: v.value });
    }
    function fe(_) {
      E.doubleClick({ event: _, edge: v.value });
    }
    function ye(_) {
      E.mouseEnter({ event: _, edge: v.value });
    }
    function pe(_) {
      E.mouseMove({ event: _, edge: v.value });
    }
    function _e(_) {
      E.mouseLeave({ event: _, edge: v.value });
    }
    function ce(_) {
      W(_, !0);
    }
    function he(_) {
      W(_, !1);
    }
    function N(_) {
      var C;
      !y.value && Va.includes(_.key) && h.value && (_.key === "Escape" ? ((C = G.value) == null || C.blur(), l([c(e.id)])) : n([c(e.id)]));
    }
  }
}), up = lp, cp = Ce({
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
    } = Me(), f = (e = Mt(Xo)) == null ? void 0 : e["connection-line"], g = ue(() => {
      var m;
      return d((m = o.value) == null ? void 0 : m.nodeId);
    }), y = ue(() => {
      var m;
      return d((m = i.value) == null ? void 0 : m.nodeId) ?? null;
    }), w = ue(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), x = ue(
      () => u.value.markerStart ? `url(#${On(u.value.markerStart, t)})` : ""
    ), b = ue(
      () => u.value.markerEnd ? `url(#${On(u.value.markerEnd, t)})` : ""
    );
    return () => {
      var m, v, E;
      if (!g.value || !o.value)
        return null;
      const A = o.value.id, B = o.value.type, L = g.value.handleBounds;
      let z = L?.[B] ?? [];
      if (n.value === St.Loose) {
        const M = L?.[B === "source" ? "target" : "source"] ?? [];
        z = [...z, ...M];
      }
      if (!z)
        return null;
      const U = (A ? z.find((M) => M.id === A) : z[0]) ?? null, Y = U?.position ?? se.Top, { x: V, y: k } = Jt(g.value, U, Y);
      let G = null;
      y.value && (n.value === St.Strict ? G = ((m = y.value.handleBounds[B === "source" ? "target" : "source"]) == null ? void 0 : m.find(
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
      const h = ((E = i.value) == null ? void 0 : E.position) ?? (Y ? zi[Y] : null);
      if (!Y || !h)
        return null;
      const $ = s.value ?? u.value.type ?? Tt.Bezier;
      let p = "";
      const S = {
        sourceX: V,
        sourceY: k,
        sourcePosition: Y,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: h
      };
      return $ === Tt.Bezier ? [p] = ll(S) : $ === Tt.Step ? [p] = Bi({
        ...S,
        borderRadius: 0
      }) : $ === Tt.SmoothStep ? [p] = Bi(S) : $ === Tt.SimpleBezier ? [p] = ul(S) : p = `M${V},${k} ${w.value.x},${w.value.y}`, Ne(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ne(
          "g",
          { class: "vue-flow__connection" },
          f ? Ne(f, {
            sourceX: V,
            sourceY: k,
            sourcePosition: Y,
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
          }) : Ne("path", {
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
}), dp = cp, fp = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], hp = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, gp = /* @__PURE__ */ Ce({
  ...hp,
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
      t.type === q(No).ArrowClosed ? (Q(), le("polyline", {
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
      t.type === q(No).Arrow ? (Q(), le("polyline", {
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
    ], 8, fp));
  }
}), pp = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, vp = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, mp = /* @__PURE__ */ Ce({
  ...vp,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Me(), r = ue(() => {
      const s = /* @__PURE__ */ new Set(), a = [], u = (l) => {
        if (l) {
          const c = On(l, t);
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
    return (s, a) => (Q(), le("svg", pp, [
      $e("defs", null, [
        (Q(!0), le(Ve, null, sn(r.value, (u) => (Q(), Re(gp, {
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
}), yp = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, wp = /* @__PURE__ */ Ce({
  ...yp,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Me();
    return (i, r) => (Q(), le(Ve, null, [
      Be(mp),
      (Q(!0), le(Ve, null, sn(q(n), (s) => (Q(), le("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ae({ zIndex: q(Rh)(s, q(t), q(o)) })
      }, [
        Be(q(up), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      Be(q(dp))
    ], 64));
  }
}), _p = Ce({
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
    } = Me(), z = Ie(null);
    kt(el, z), kt(Ja, e.id);
    const U = Mt(Xo), Y = rn(), V = il(), { node: k, parentNode: G } = ol(e.id), { emit: h, on: $ } = ng(k, s), p = Ee(() => typeof k.draggable > "u" ? v.value : k.draggable), S = Ee(() => typeof k.selectable > "u" ? E.value : k.selectable), M = Ee(() => typeof k.connectable > "u" ? A.value : k.connectable), P = Ee(() => typeof k.focusable > "u" ? B.value : k.focusable), T = ue(
      () => S.value || p.value || L.value.nodeClick.hasListeners() || L.value.nodeDoubleClick.hasListeners() || L.value.nodeMouseEnter.hasListeners() || L.value.nodeMouseMove.hasListeners() || L.value.nodeMouseLeave.hasListeners()
    ), F = Ee(() => !!k.dimensions.width && !!k.dimensions.height), Z = ue(() => {
      const C = k.type || "default", O = U?.[`node-${C}`];
      if (O)
        return O;
      let I = k.template || d.value[C];
      if (typeof I == "string" && Y) {
        const te = Object.keys(Y.appContext.components);
        te && te.includes(C) && (I = ra(C, !1));
      }
      return I && typeof I != "string" ? I : (s.error(new ze(De.NODE_TYPE_MISSING, I)), !1);
    }), oe = tl({
      id: e.id,
      el: z,
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
    }), re = ue(() => k.class instanceof Function ? k.class(k) : k.class), W = ue(() => {
      const C = (k.style instanceof Function ? k.style(k) : k.style) || {}, O = k.width instanceof Function ? k.width(k) : k.width, I = k.height instanceof Function ? k.height(k) : k.height;
      return !C.width && O && (C.width = typeof O == "string" ? O : `${O}px`), !C.height && I && (C.height = typeof I == "string" ? I : `${I}px`), C;
    }), K = Ee(() => Number(k.zIndex ?? W.value.zIndex ?? 0));
    return c((C) => {
      (C.includes(e.id) || !C.length) && fe();
    }), yt(() => {
      xe(
        () => k.hidden,
        (C = !1, O, I) => {
          !C && z.value && (e.resizeObserver.observe(z.value), I(() => {
            z.value && e.resizeObserver.unobserve(z.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), xe([() => k.type, () => k.sourcePosition, () => k.targetPosition], () => {
      Ue(() => {
        l([{ id: e.id, nodeElement: z.value, forceUpdate: !0 }]);
      });
    }), xe(
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
        K,
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
      ([C, O, I, te, J, ae]) => {
        const ie = {
          x: C,
          y: O,
          z: ae + (g.value && k.selected ? 1e3 : 0)
        };
        typeof I < "u" && typeof te < "u" ? k.computedPosition = Th({ x: I, y: te, z: J }, ie) : k.computedPosition = ie;
      },
      { flush: "post", immediate: !0 }
    ), xe([() => k.extent, f], ([C, O], [I, te]) => {
      (C !== I || O !== te) && ee();
    }), k.extent === "parent" || typeof k.extent == "object" && "range" in k.extent && k.extent.range === "parent" ? Ni(() => F).toBe(!0).then(ee) : ee(), () => k.hidden ? null : Ne(
      "div",
      {
        ref: z,
        "data-id": k.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${Z.value === !1 ? "default" : k.type || "default"}`,
          {
            [n.value]: p.value,
            dragging: oe?.value,
            draggable: p.value,
            selected: k.selected,
            selectable: S.value,
            parent: k.isParent
          },
          re.value
        ],
        style: {
          visibility: F.value ? "visible" : "hidden",
          zIndex: k.computedPosition.z ?? K.value,
          transform: `translate(${k.computedPosition.x}px,${k.computedPosition.y}px)`,
          pointerEvents: T.value ? "all" : "none",
          ...W.value
        },
        tabIndex: P.value ? 0 : void 0,
        role: P.value ? "group" : void 0,
        "aria-describedby": y.value ? void 0 : `${Ra}-${t}`,
        "aria-label": k.ariaLabel,
        "aria-roledescription": "node",
        ...k.domAttributes,
        onMouseenter: ye,
        onMousemove: pe,
        onMouseleave: _e,
        onContextmenu: ce,
        onClick: N,
        onDblclick: he,
        onKeydown: _
      },
      [
        Ne(Z.value === !1 ? d.value.default : Z.value, {
          id: k.id,
          type: k.type,
          data: k.data,
          events: { ...k.events, ...$ },
          selected: k.selected,
          resizing: k.resizing,
          dragging: oe.value,
          connectable: M.value,
          position: k.computedPosition,
          dimensions: k.dimensions,
          isValidTargetPos: k.isValidTargetPos,
          isValidSourcePos: k.isValidSourcePos,
          parent: k.parentNode,
          parentNodeId: k.parentNode,
          zIndex: k.computedPosition.z ?? K.value,
          targetPosition: k.targetPosition,
          sourcePosition: k.sourcePosition,
          label: k.label,
          dragHandle: k.dragHandle,
          onUpdateNodeInternals: fe
        })
      ]
    );
    function ee() {
      const C = k.computedPosition, { computedPosition: O, position: I } = lr(
        k,
        x.value ? Yo(C, b.value) : C,
        s.error,
        f.value,
        G.value
      );
      (k.computedPosition.x !== O.x || k.computedPosition.y !== O.y) && (k.computedPosition = { ...k.computedPosition, ...O }), (k.position.x !== I.x || k.position.y !== I.y) && (k.position = I);
    }
    function fe() {
      z.value && l([{ id: e.id, nodeElement: z.value, forceUpdate: !0 }]);
    }
    function ye(C) {
      oe?.value || h.mouseEnter({ event: C, node: k });
    }
    function pe(C) {
      oe?.value || h.mouseMove({ event: C, node: k });
    }
    function _e(C) {
      oe?.value || h.mouseLeave({ event: C, node: k });
    }
    function ce(C) {
      return h.contextMenu({ event: C, node: k });
    }
    function he(C) {
      return h.doubleClick({ event: C, node: k });
    }
    function N(C) {
      S.value && (!o.value || !p.value || m.value > 0) && Ri(
        k,
        r.value,
        u,
        a,
        i,
        !1,
        z.value
      ), h.click({ event: C, node: k });
    }
    function _(C) {
      if (!(Pi(C) || y.value))
        if (Va.includes(C.key) && S.value) {
          const O = C.key === "Escape";
          Ri(
            k,
            r.value,
            u,
            a,
            i,
            O,
            z.value
          );
        } else p.value && k.selected && qt[C.key] && (C.preventDefault(), w.value = `Moved selected node ${C.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~k.position.x}, y: ${~~k.position.y}`, V(
          {
            x: qt[C.key].x,
            y: qt[C.key].y
          },
          C.shiftKey
        ));
    }
  }
}), bp = _p;
function Ep(e = { includeHiddenNodes: !1 }) {
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
const xp = { class: "vue-flow__nodes vue-flow__container" }, $p = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Np = /* @__PURE__ */ Ce({
  ...$p,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Me(), i = Ep(), r = Ie();
    return xe(
      i,
      (s) => {
        s && Ue(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), yt(() => {
      r.value = new ResizeObserver((s) => {
        const a = s.map((u) => ({
          id: u.target.getAttribute("data-id"),
          nodeElement: u.target,
          forceUpdate: !0
        }));
        Ue(() => n(a));
      });
    }), Ki(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (Q(), le("div", xp, [
      r.value ? (Q(!0), le(Ve, { key: 0 }, sn(q(t), (u, l, c, d) => {
        const f = [u.id];
        if (d && d.key === u.id && pu(d, f))
          return d;
        const g = (Q(), Re(q(bp), {
          id: u.id,
          key: u.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return g.memo = f, g;
      }, a, 0), 128)) : Se("", !0)
    ]));
  }
});
function kp() {
  const { emits: e } = Me();
  yt(() => {
    if (Qa()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new ze(De.MISSING_STYLES));
    }
  });
}
const Sp = /* @__PURE__ */ $e("div", { class: "vue-flow__edge-labels" }, null, -1), Cp = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Mp = /* @__PURE__ */ Ce({
  ...Cp,
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
    const o = e, i = ia(), r = ni(o, "modelValue", n), s = ni(o, "nodes", n), a = ni(o, "edges", n), u = Me(o), l = sg({ modelValue: r, nodes: s, edges: a }, o, u);
    return lg(n, u.hooks), rp(), kp(), kt(Xo, i), fu(l), t(u), (c, d) => (Q(), le("div", {
      ref: q(u).vueFlowRef,
      class: "vue-flow"
    }, [
      Be(Jg, null, {
        default: nt(() => [
          Be(wp),
          Sp,
          Be(Np),
          Te(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Te(c.$slots, "default"),
      Be(ip)
    ], 512));
  }
}), Ip = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, dl = /* @__PURE__ */ Ce({
  ...Ip,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Me(), o = ue(() => `${t.position}`.split("-"));
    return (i, r) => (Q(), le("div", {
      class: Fe(["vue-flow__panel", o.value]),
      style: Ae({ pointerEvents: q(n) ? "none" : "all" })
    }, [
      Te(i.$slots, "default")
    ], 6));
  }
});
var gt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(gt || {});
const fl = function({ dimensions: e, size: t, color: n }) {
  return Ne("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, hl = function({ radius: e, color: t }) {
  return Ne("circle", { cx: e, cy: e, r: e, fill: t });
};
gt.Lines + "", gt.Dots + "";
const Tp = {
  [gt.Dots]: "#81818a",
  [gt.Lines]: "#eee"
}, Op = ["id", "x", "y", "width", "height", "patternTransform"], Dp = {
  key: 2,
  height: "100",
  width: "100"
}, Pp = ["fill"], Ap = ["x", "y", "fill"], zp = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, Rp = /* @__PURE__ */ Ce({
  ...zp,
  props: {
    id: {},
    variant: { default: () => gt.Dots },
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
    }), i = Ee(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = Ee(() => e.color || e.patternColor || Tp[e.variant || gt.Dots]);
    return (s, a) => (Q(), le("svg", {
      class: "vue-flow__background vue-flow__container",
      style: Ae({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Te(s.$slots, "pattern-container", { id: i.value }, () => [
        $e("pattern", {
          id: i.value,
          x: q(n).x % o.value.scaledGap[0],
          y: q(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Te(s.$slots, "pattern", {}, () => [
            s.variant === q(gt).Lines ? (Q(), Re(q(fl), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === q(gt).Dots ? (Q(), Re(q(hl), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : Se("", !0),
            s.bgColor ? (Q(), le("svg", Dp, [
              $e("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Pp)
            ])) : Se("", !0)
          ])
        ], 8, Op)
      ]),
      $e("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Ap),
      Te(s.$slots, "default", { id: i.value })
    ], 4));
  }
}), Bp = {
  name: "ControlButton",
  compatConfig: { MODE: 3 }
}, Vp = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [o, i] of t)
    n[o] = i;
  return n;
}, Lp = {
  type: "button",
  class: "vue-flow__controls-button"
};
function Hp(e, t, n, o, i, r) {
  return Q(), le("button", Lp, [
    Te(e.$slots, "default")
  ]);
}
const to = /* @__PURE__ */ Vp(Bp, [["render", Hp]]), Fp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 32"
}, Yp = /* @__PURE__ */ $e("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" }, null, -1), Xp = [
  Yp
];
function Gp(e, t) {
  return Q(), le("svg", Fp, Xp);
}
const Up = { render: Gp }, Wp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 5"
}, qp = /* @__PURE__ */ $e("path", { d: "M0 0h32v4.2H0z" }, null, -1), Zp = [
  qp
];
function Kp(e, t) {
  return Q(), le("svg", Wp, Zp);
}
const jp = { render: Kp }, Qp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 30"
}, Jp = /* @__PURE__ */ $e("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0 0 27.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94a.919.919 0 0 1-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" }, null, -1), ev = [
  Jp
];
function tv(e, t) {
  return Q(), le("svg", Qp, ev);
}
const nv = { render: tv }, ov = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, iv = /* @__PURE__ */ $e("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" }, null, -1), rv = [
  iv
];
function sv(e, t) {
  return Q(), le("svg", ov, rv);
}
const av = { render: sv }, lv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, uv = /* @__PURE__ */ $e("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047z" }, null, -1), cv = [
  uv
];
function dv(e, t) {
  return Q(), le("svg", lv, cv);
}
const fv = { render: dv }, hv = {
  name: "Controls",
  compatConfig: { MODE: 3 }
}, gv = /* @__PURE__ */ Ce({
  ...hv,
  props: {
    showZoom: { type: Boolean, default: !0 },
    showFitView: { type: Boolean, default: !0 },
    showInteractive: { type: Boolean, default: !0 },
    fitViewParams: {},
    position: { default: () => za.BottomLeft }
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
    } = Me(), f = Ee(() => n.value || o.value || i.value), g = Ee(() => l.value.zoom <= c.value), y = Ee(() => l.value.zoom >= d.value);
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
    return (v, E) => (Q(), Re(q(dl), {
      class: "vue-flow__controls",
      position: v.position
    }, {
      default: nt(() => [
        Te(v.$slots, "top"),
        v.showZoom ? (Q(), le(Ve, { key: 0 }, [
          Te(v.$slots, "control-zoom-in", {}, () => [
            Be(to, {
              class: "vue-flow__controls-zoomin",
              disabled: y.value,
              onClick: w
            }, {
              default: nt(() => [
                Te(v.$slots, "icon-zoom-in", {}, () => [
                  (Q(), Re(It(q(Up))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ]),
          Te(v.$slots, "control-zoom-out", {}, () => [
            Be(to, {
              class: "vue-flow__controls-zoomout",
              disabled: g.value,
              onClick: x
            }, {
              default: nt(() => [
                Te(v.$slots, "icon-zoom-out", {}, () => [
                  (Q(), Re(It(q(jp))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ])
        ], 64)) : Se("", !0),
        v.showFitView ? Te(v.$slots, "control-fit-view", { key: 1 }, () => [
          Be(to, {
            class: "vue-flow__controls-fitview",
            onClick: b
          }, {
            default: nt(() => [
              Te(v.$slots, "icon-fit-view", {}, () => [
                (Q(), Re(It(q(nv))))
              ])
            ]),
            _: 3
          })
        ]) : Se("", !0),
        v.showInteractive ? Te(v.$slots, "control-interactive", { key: 2 }, () => [
          v.showInteractive ? (Q(), Re(to, {
            key: 0,
            class: "vue-flow__controls-interactive",
            onClick: m
          }, {
            default: nt(() => [
              f.value ? Te(v.$slots, "icon-unlock", { key: 0 }, () => [
                (Q(), Re(It(q(fv))))
              ]) : Se("", !0),
              f.value ? Se("", !0) : Te(v.$slots, "icon-lock", { key: 1 }, () => [
                (Q(), Re(It(q(av))))
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
var pv = { value: () => {
} };
function dr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new ho(n);
}
function ho(e) {
  this._ = e;
}
function vv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
ho.prototype = dr.prototype = {
  constructor: ho,
  on: function(e, t) {
    var n = this._, o = vv(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = mv(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = gs(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = gs(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new ho(e);
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
function mv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function gs(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = pv, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Vi = "http://www.w3.org/1999/xhtml";
const ps = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Vi,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Zo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ps.hasOwnProperty(t) ? { space: ps[t], local: e } : e;
}
function yv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Vi && t.documentElement.namespaceURI === Vi ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function wv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function gl(e) {
  var t = Zo(e);
  return (t.local ? wv : yv)(t);
}
function _v() {
}
function fr(e) {
  return e == null ? _v : function() {
    return this.querySelector(e);
  };
}
function bv(e) {
  typeof e != "function" && (e = fr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new Xe(o, this._parents);
}
function Ev(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function xv() {
  return [];
}
function pl(e) {
  return e == null ? xv : function() {
    return this.querySelectorAll(e);
  };
}
function $v(e) {
  return function() {
    return Ev(e.apply(this, arguments));
  };
}
function Nv(e) {
  typeof e == "function" ? e = $v(e) : e = pl(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new Xe(o, i);
}
function vl(e) {
  return function() {
    return this.matches(e);
  };
}
function ml(e) {
  return function(t) {
    return t.matches(e);
  };
}
var kv = Array.prototype.find;
function Sv(e) {
  return function() {
    return kv.call(this.children, e);
  };
}
function Cv() {
  return this.firstElementChild;
}
function Mv(e) {
  return this.select(e == null ? Cv : Sv(typeof e == "function" ? e : ml(e)));
}
var Iv = Array.prototype.filter;
function Tv() {
  return Array.from(this.children);
}
function Ov(e) {
  return function() {
    return Iv.call(this.children, e);
  };
}
function Dv(e) {
  return this.selectAll(e == null ? Tv : Ov(typeof e == "function" ? e : ml(e)));
}
function Pv(e) {
  typeof e != "function" && (e = vl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new Xe(o, this._parents);
}
function yl(e) {
  return new Array(e.length);
}
function Av() {
  return new Xe(this._enter || this._groups.map(yl), this._parents);
}
function Mo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Mo.prototype = {
  constructor: Mo,
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
function zv(e) {
  return function() {
    return e;
  };
}
function Rv(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Mo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function Bv(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = g = s.call(u, u.__data__, a, t) + "", l.has(g) ? i[a] = u : l.set(g, u));
  for (a = 0; a < d; ++a)
    g = s.call(e, r[a], a, r) + "", (u = l.get(g)) ? (o[a] = u, u.__data__ = r[a], l.delete(g)) : n[a] = new Mo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function Vv(e) {
  return e.__data__;
}
function Lv(e, t) {
  if (!arguments.length) return Array.from(this, Vv);
  var n = t ? Bv : Rv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = zv(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, g = Hv(e.call(c, c && c.__data__, l, o)), y = g.length, w = a[l] = new Array(y), x = s[l] = new Array(y), b = u[l] = new Array(f);
    n(c, d, w, x, b, g, t);
    for (var m = 0, v = 0, E, A; m < y; ++m)
      if (E = w[m]) {
        for (m >= v && (v = m + 1); !(A = x[v]) && ++v < y; ) ;
        E._next = A || null;
      }
  }
  return s = new Xe(s, o), s._enter = a, s._exit = u, s;
}
function Hv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Fv() {
  return new Xe(this._exit || this._groups.map(yl), this._parents);
}
function Yv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Xv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), g, y = 0; y < d; ++y)
      (g = l[y] || c[y]) && (f[y] = g);
  for (; u < i; ++u)
    a[u] = n[u];
  return new Xe(a, this._parents);
}
function Gv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function Uv(e) {
  e || (e = Wv);
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
function Wv(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function qv() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Zv() {
  return Array.from(this);
}
function Kv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function jv() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Qv() {
  return !this.node();
}
function Jv(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function em(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function tm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function nm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function om(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function im(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function rm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function sm(e, t) {
  var n = Zo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? tm : em : typeof t == "function" ? n.local ? rm : im : n.local ? om : nm)(n, t));
}
function wl(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function am(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function lm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function um(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function cm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? am : typeof t == "function" ? um : lm)(e, t, n ?? "")) : tn(this.node(), e);
}
function tn(e, t) {
  return e.style.getPropertyValue(t) || wl(e).getComputedStyle(e, null).getPropertyValue(t);
}
function dm(e) {
  return function() {
    delete this[e];
  };
}
function fm(e, t) {
  return function() {
    this[e] = t;
  };
}
function hm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function gm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? dm : typeof t == "function" ? hm : fm)(e, t)) : this.node()[e];
}
function _l(e) {
  return e.trim().split(/^|\s+/);
}
function hr(e) {
  return e.classList || new bl(e);
}
function bl(e) {
  this._node = e, this._names = _l(e.getAttribute("class") || "");
}
bl.prototype = {
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
function El(e, t) {
  for (var n = hr(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function xl(e, t) {
  for (var n = hr(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function pm(e) {
  return function() {
    El(this, e);
  };
}
function vm(e) {
  return function() {
    xl(this, e);
  };
}
function mm(e, t) {
  return function() {
    (t.apply(this, arguments) ? El : xl)(this, e);
  };
}
function ym(e, t) {
  var n = _l(e + "");
  if (arguments.length < 2) {
    for (var o = hr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? mm : t ? pm : vm)(n, t));
}
function wm() {
  this.textContent = "";
}
function _m(e) {
  return function() {
    this.textContent = e;
  };
}
function bm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Em(e) {
  return arguments.length ? this.each(e == null ? wm : (typeof e == "function" ? bm : _m)(e)) : this.node().textContent;
}
function xm() {
  this.innerHTML = "";
}
function $m(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Nm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function km(e) {
  return arguments.length ? this.each(e == null ? xm : (typeof e == "function" ? Nm : $m)(e)) : this.node().innerHTML;
}
function Sm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Cm() {
  return this.each(Sm);
}
function Mm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Im() {
  return this.each(Mm);
}
function Tm(e) {
  var t = typeof e == "function" ? e : gl(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Om() {
  return null;
}
function Dm(e, t) {
  var n = typeof e == "function" ? e : gl(e), o = t == null ? Om : typeof t == "function" ? t : fr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Pm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Am() {
  return this.each(Pm);
}
function zm() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Rm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Bm(e) {
  return this.select(e ? Rm : zm);
}
function Vm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Lm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Hm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Fm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Ym(e, t, n) {
  return function() {
    var o = this.__on, i, r = Lm(t);
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
function Xm(e, t, n) {
  var o = Hm(e + ""), i, r = o.length, s;
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
  for (a = t ? Ym : Fm, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function $l(e, t, n) {
  var o = wl(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Gm(e, t) {
  return function() {
    return $l(this, e, t);
  };
}
function Um(e, t) {
  return function() {
    return $l(this, e, t.apply(this, arguments));
  };
}
function Wm(e, t) {
  return this.each((typeof t == "function" ? Um : Gm)(e, t));
}
function* qm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Nl = [null];
function Xe(e, t) {
  this._groups = e, this._parents = t;
}
function Fn() {
  return new Xe([[document.documentElement]], Nl);
}
function Zm() {
  return this;
}
Xe.prototype = Fn.prototype = {
  constructor: Xe,
  select: bv,
  selectAll: Nv,
  selectChild: Mv,
  selectChildren: Dv,
  filter: Pv,
  data: Lv,
  enter: Av,
  exit: Fv,
  join: Yv,
  merge: Xv,
  selection: Zm,
  order: Gv,
  sort: Uv,
  call: qv,
  nodes: Zv,
  node: Kv,
  size: jv,
  empty: Qv,
  each: Jv,
  attr: sm,
  style: cm,
  property: gm,
  classed: ym,
  text: Em,
  html: km,
  raise: Cm,
  lower: Im,
  append: Tm,
  insert: Dm,
  remove: Am,
  clone: Bm,
  datum: Vm,
  on: Xm,
  dispatch: Wm,
  [Symbol.iterator]: qm
};
function $t(e) {
  return typeof e == "string" ? new Xe([[document.querySelector(e)]], [document.documentElement]) : new Xe([[e]], Nl);
}
function Km(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function bt(e, t) {
  if (e = Km(e), t === void 0 && (t = e.currentTarget), t) {
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
const Li = { capture: !0, passive: !1 };
function Hi(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function jm(e) {
  var t = e.document.documentElement, n = $t(e).on("dragstart.drag", Hi, Li);
  "onselectstart" in t ? n.on("selectstart.drag", Hi, Li) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Qm(e, t) {
  var n = e.document.documentElement, o = $t(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Hi, Li), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function gr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function kl(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t) n[o] = t[o];
  return n;
}
function Yn() {
}
var Pn = 0.7, Io = 1 / Pn, Zt = "\\s*([+-]?\\d+)\\s*", An = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", st = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Jm = /^#([0-9a-f]{3,8})$/, e0 = new RegExp(`^rgb\\(${Zt},${Zt},${Zt}\\)$`), t0 = new RegExp(`^rgb\\(${st},${st},${st}\\)$`), n0 = new RegExp(`^rgba\\(${Zt},${Zt},${Zt},${An}\\)$`), o0 = new RegExp(`^rgba\\(${st},${st},${st},${An}\\)$`), i0 = new RegExp(`^hsl\\(${An},${st},${st}\\)$`), r0 = new RegExp(`^hsla\\(${An},${st},${st},${An}\\)$`), vs = {
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
gr(Yn, zn, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: ms,
  // Deprecated! Use color.formatHex.
  formatHex: ms,
  formatHex8: s0,
  formatHsl: a0,
  formatRgb: ys,
  toString: ys
});
function ms() {
  return this.rgb().formatHex();
}
function s0() {
  return this.rgb().formatHex8();
}
function a0() {
  return Sl(this).formatHsl();
}
function ys() {
  return this.rgb().formatRgb();
}
function zn(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Jm.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ws(t) : n === 3 ? new He(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? no(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? no(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = e0.exec(e)) ? new He(t[1], t[2], t[3], 1) : (t = t0.exec(e)) ? new He(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = n0.exec(e)) ? no(t[1], t[2], t[3], t[4]) : (t = o0.exec(e)) ? no(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = i0.exec(e)) ? Es(t[1], t[2] / 100, t[3] / 100, 1) : (t = r0.exec(e)) ? Es(t[1], t[2] / 100, t[3] / 100, t[4]) : vs.hasOwnProperty(e) ? ws(vs[e]) : e === "transparent" ? new He(NaN, NaN, NaN, 0) : null;
}
function ws(e) {
  return new He(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function no(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new He(e, t, n, o);
}
function l0(e) {
  return e instanceof Yn || (e = zn(e)), e ? (e = e.rgb(), new He(e.r, e.g, e.b, e.opacity)) : new He();
}
function Fi(e, t, n, o) {
  return arguments.length === 1 ? l0(e) : new He(e, t, n, o ?? 1);
}
function He(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
gr(He, Fi, kl(Yn, {
  brighter(e) {
    return e = e == null ? Io : Math.pow(Io, e), new He(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Pn : Math.pow(Pn, e), new He(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new He(Bt(this.r), Bt(this.g), Bt(this.b), To(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: _s,
  // Deprecated! Use color.formatHex.
  formatHex: _s,
  formatHex8: u0,
  formatRgb: bs,
  toString: bs
}));
function _s() {
  return `#${At(this.r)}${At(this.g)}${At(this.b)}`;
}
function u0() {
  return `#${At(this.r)}${At(this.g)}${At(this.b)}${At((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function bs() {
  const e = To(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Bt(this.r)}, ${Bt(this.g)}, ${Bt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function To(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Bt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function At(e) {
  return e = Bt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Es(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Ze(e, t, n, o);
}
function Sl(e) {
  if (e instanceof Ze) return new Ze(e.h, e.s, e.l, e.opacity);
  if (e instanceof Yn || (e = zn(e)), !e) return new Ze();
  if (e instanceof Ze) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new Ze(s, a, u, e.opacity);
}
function c0(e, t, n, o) {
  return arguments.length === 1 ? Sl(e) : new Ze(e, t, n, o ?? 1);
}
function Ze(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
gr(Ze, c0, kl(Yn, {
  brighter(e) {
    return e = e == null ? Io : Math.pow(Io, e), new Ze(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Pn : Math.pow(Pn, e), new Ze(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new He(
      hi(e >= 240 ? e - 240 : e + 120, i, o),
      hi(e, i, o),
      hi(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Ze(xs(this.h), oo(this.s), oo(this.l), To(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = To(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${xs(this.h)}, ${oo(this.s) * 100}%, ${oo(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function xs(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function oo(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function hi(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Cl = (e) => () => e;
function d0(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function f0(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function h0(e) {
  return (e = +e) == 1 ? Ml : function(t, n) {
    return n - t ? f0(t, n, e) : Cl(isNaN(t) ? n : t);
  };
}
function Ml(e, t) {
  var n = t - e;
  return n ? d0(e, n) : Cl(isNaN(e) ? t : e);
}
const $s = (function e(t) {
  var n = h0(t);
  function o(i, r) {
    var s = n((i = Fi(i)).r, (r = Fi(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Ml(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function xt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
var Yi = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, gi = new RegExp(Yi.source, "g");
function g0(e) {
  return function() {
    return e;
  };
}
function p0(e) {
  return function(t) {
    return e(t) + "";
  };
}
function v0(e, t) {
  var n = Yi.lastIndex = gi.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Yi.exec(e)) && (i = gi.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: xt(o, i) })), n = gi.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? p0(u[0].x) : g0(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c) a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
var Ns = 180 / Math.PI, Xi = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Il(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Ns,
    skewX: Math.atan(u) * Ns,
    scaleX: s,
    scaleY: a
  };
}
var io;
function m0(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Xi : Il(t.a, t.b, t.c, t.d, t.e, t.f);
}
function y0(e) {
  return e == null || (io || (io = document.createElementNS("http://www.w3.org/2000/svg", "g")), io.setAttribute("transform", e), !(e = io.transform.baseVal.consolidate())) ? Xi : (e = e.matrix, Il(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Tl(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push("translate(", null, t, null, n);
      y.push({ i: w - 4, x: xt(l, d) }, { i: w - 2, x: xt(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: xt(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: xt(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push(i(g) + "scale(", null, ",", null, ")");
      y.push({ i: w - 4, x: xt(l, d) }, { i: w - 2, x: xt(c, f) });
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
var w0 = Tl(m0, "px, ", "px)", "deg)"), _0 = Tl(y0, ", ", ")", ")"), b0 = 1e-12;
function ks(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function E0(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function x0(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const $0 = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], g = c - a, y = d - u, w = g * g + y * y, x, b;
    if (w < b0)
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
        var z = L * b, U = ks(A), Y = l / (n * m) * (U * x0(t * z + A) - E0(A));
        return [
          a + Y * g,
          u + Y * y,
          l * U / ks(t * z + A)
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
var nn = 0, mn = 0, fn = 0, Ol = 1e3, Oo, yn, Do = 0, Ft = 0, Ko = 0, Rn = typeof performance == "object" && performance.now ? performance : Date, Dl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function pr() {
  return Ft || (Dl(N0), Ft = Rn.now() + Ko);
}
function N0() {
  Ft = 0;
}
function Po() {
  this._call = this._time = this._next = null;
}
Po.prototype = Pl.prototype = {
  constructor: Po,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? pr() : +n) + (t == null ? 0 : +t), !this._next && yn !== this && (yn ? yn._next = this : Oo = this, yn = this), this._call = e, this._time = n, Gi();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Gi());
  }
};
function Pl(e, t, n) {
  var o = new Po();
  return o.restart(e, t, n), o;
}
function k0() {
  pr(), ++nn;
  for (var e = Oo, t; e; )
    (t = Ft - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --nn;
}
function Ss() {
  Ft = (Do = Rn.now()) + Ko, nn = mn = 0;
  try {
    k0();
  } finally {
    nn = 0, C0(), Ft = 0;
  }
}
function S0() {
  var e = Rn.now(), t = e - Do;
  t > Ol && (Ko -= t, Do = e);
}
function C0() {
  for (var e, t = Oo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Oo = n);
  yn = e, Gi(o);
}
function Gi(e) {
  if (!nn) {
    mn && (mn = clearTimeout(mn));
    var t = e - Ft;
    t > 24 ? (e < 1 / 0 && (mn = setTimeout(Ss, e - Rn.now() - Ko)), fn && (fn = clearInterval(fn))) : (fn || (Do = Rn.now(), fn = setInterval(S0, Ol)), nn = 1, Dl(Ss));
  }
}
function Cs(e, t, n) {
  var o = new Po();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var M0 = dr("start", "end", "cancel", "interrupt"), I0 = [], Al = 0, Ms = 1, Ui = 2, go = 3, Is = 4, Wi = 5, po = 6;
function jo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  T0(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: M0,
    tween: I0,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Al
  });
}
function vr(e, t) {
  var n = je(e, t);
  if (n.state > Al) throw new Error("too late; already scheduled");
  return n;
}
function lt(e, t) {
  var n = je(e, t);
  if (n.state > go) throw new Error("too late; already running");
  return n;
}
function je(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function T0(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Pl(r, 0, n.time);
  function r(l) {
    n.state = Ms, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, g;
    if (n.state !== Ms) return u();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === go) return Cs(s);
        g.state === Is ? (g.state = po, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = po, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (Cs(function() {
      n.state === go && (n.state = Is, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Ui, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ui) {
      for (n.state = go, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
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
    n.state = po, n.timer.stop(), delete o[t];
    for (var l in o) return;
    delete e.__transition;
  }
}
function vo(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Ui && o.state < Wi, o.state = po, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function O0(e) {
  return this.each(function() {
    vo(this, e);
  });
}
function D0(e, t) {
  var n, o;
  return function() {
    var i = lt(this, e), r = i.tween;
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
function P0(e, t, n) {
  var o, i;
  if (typeof n != "function") throw new Error();
  return function() {
    var r = lt(this, e), s = r.tween;
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
function A0(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = je(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? D0 : P0)(n, e, t));
}
function mr(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = lt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return je(i, o).value[t];
  };
}
function zl(e, t) {
  var n;
  return (typeof t == "number" ? xt : t instanceof zn ? $s : (n = zn(t)) ? (t = n, $s) : v0)(e, t);
}
function z0(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function R0(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function B0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function V0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function L0(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function H0(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function F0(e, t) {
  var n = Zo(e), o = n === "transform" ? _0 : zl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? H0 : L0)(n, o, mr(this, "attr." + e, t)) : t == null ? (n.local ? R0 : z0)(n) : (n.local ? V0 : B0)(n, o, t));
}
function Y0(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function X0(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function G0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && X0(e, r)), n;
  }
  return i._value = t, i;
}
function U0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Y0(e, r)), n;
  }
  return i._value = t, i;
}
function W0(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = Zo(e);
  return this.tween(n, (o.local ? G0 : U0)(o, t));
}
function q0(e, t) {
  return function() {
    vr(this, e).delay = +t.apply(this, arguments);
  };
}
function Z0(e, t) {
  return t = +t, function() {
    vr(this, e).delay = t;
  };
}
function K0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? q0 : Z0)(t, e)) : je(this.node(), t).delay;
}
function j0(e, t) {
  return function() {
    lt(this, e).duration = +t.apply(this, arguments);
  };
}
function Q0(e, t) {
  return t = +t, function() {
    lt(this, e).duration = t;
  };
}
function J0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? j0 : Q0)(t, e)) : je(this.node(), t).duration;
}
function ey(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    lt(this, e).ease = t;
  };
}
function ty(e) {
  var t = this._id;
  return arguments.length ? this.each(ey(t, e)) : je(this.node(), t).ease;
}
function ny(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    lt(this, e).ease = n;
  };
}
function oy(e) {
  if (typeof e != "function") throw new Error();
  return this.each(ny(this._id, e));
}
function iy(e) {
  typeof e != "function" && (e = vl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new mt(o, this._parents, this._name, this._id);
}
function ry(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = u[g] || l[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new mt(s, this._parents, this._name, this._id);
}
function sy(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function ay(e, t, n) {
  var o, i, r = sy(t) ? vr : lt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function ly(e, t) {
  var n = this._id;
  return arguments.length < 2 ? je(this.node(), n).on.on(e) : this.each(ay(n, e, t));
}
function uy(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function cy() {
  return this.on("end.remove", uy(this._id));
}
function dy(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = fr(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, jo(l[f], t, n, f, l, je(c, n)));
  return new mt(r, this._parents, t, n);
}
function fy(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = pl(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), g, y = je(c, n), w = 0, x = f.length; w < x; ++w)
          (g = f[w]) && jo(g, t, n, w, f, y);
        r.push(f), s.push(c);
      }
  return new mt(r, s, t, n);
}
var hy = Fn.prototype.constructor;
function gy() {
  return new hy(this._groups, this._parents);
}
function py(e, t) {
  var n, o, i;
  return function() {
    var r = tn(this, e), s = (this.style.removeProperty(e), tn(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Rl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function vy(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = tn(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function my(e, t, n) {
  var o, i, r;
  return function() {
    var s = tn(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), tn(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function yy(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = lt(this, e), l = u.on, c = u.value[r] == null ? a || (a = Rl(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function wy(e, t, n) {
  var o = (e += "") == "transform" ? w0 : zl;
  return t == null ? this.styleTween(e, py(e, o)).on("end.style." + e, Rl(e)) : typeof t == "function" ? this.styleTween(e, my(e, o, mr(this, "style." + e, t))).each(yy(this._id, e)) : this.styleTween(e, vy(e, o, t), n).on("end.style." + e, null);
}
function _y(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function by(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && _y(e, s, n)), o;
  }
  return r._value = t, r;
}
function Ey(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, by(e, t, n ?? ""));
}
function xy(e) {
  return function() {
    this.textContent = e;
  };
}
function $y(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function Ny(e) {
  return this.tween("text", typeof e == "function" ? $y(mr(this, "text", e)) : xy(e == null ? "" : e + ""));
}
function ky(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function Sy(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && ky(i)), t;
  }
  return o._value = e, o;
}
function Cy(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, Sy(e));
}
function My() {
  for (var e = this._name, t = this._id, n = Bl(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = je(u, t);
        jo(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new mt(o, this._parents, e, n);
}
function Iy() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, u = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var l = lt(this, o), c = l.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(u)), l.on = t;
    }), i === 0 && r();
  });
}
var Ty = 0;
function mt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Bl() {
  return ++Ty;
}
var dt = Fn.prototype;
mt.prototype = {
  constructor: mt,
  select: dy,
  selectAll: fy,
  selectChild: dt.selectChild,
  selectChildren: dt.selectChildren,
  filter: iy,
  merge: ry,
  selection: gy,
  transition: My,
  call: dt.call,
  nodes: dt.nodes,
  node: dt.node,
  size: dt.size,
  empty: dt.empty,
  each: dt.each,
  on: ly,
  attr: F0,
  attrTween: W0,
  style: wy,
  styleTween: Ey,
  text: Ny,
  textTween: Cy,
  remove: cy,
  tween: A0,
  delay: K0,
  duration: J0,
  ease: ty,
  easeVarying: oy,
  end: Iy,
  [Symbol.iterator]: dt[Symbol.iterator]
};
function Oy(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Dy = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Oy
};
function Py(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Ay(e) {
  var t, n;
  e instanceof mt ? (t = e._id, e = e._name) : (t = Bl(), (n = Dy).time = pr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && jo(u, e, t, l, s, n || Py(u, t));
  return new mt(o, this._parents, e, t);
}
Fn.prototype.interrupt = O0;
Fn.prototype.transition = Ay;
const ro = (e) => () => e;
function zy(e, {
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
var yr = new pt(1, 0, 0);
pt.prototype;
function pi(e) {
  e.stopImmediatePropagation();
}
function hn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ry(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function By() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Ts() {
  return this.__zoom || yr;
}
function Vy(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Ly() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Hy(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Fy() {
  var e = Ry, t = By, n = Hy, o = Vy, i = Ly, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = $0, l = dr("start", "zoom", "end"), c, d, f, g = 500, y = 150, w = 0, x = 10;
  function b(h) {
    h.property("__zoom", Ts).on("wheel.zoom", z, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", Y).filter(i).on("touchstart.zoom", V).on("touchmove.zoom", k).on("touchend.zoom touchcancel.zoom", G).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  b.transform = function(h, $, p, S) {
    var M = h.selection ? h.selection() : h;
    M.property("__zoom", Ts), h !== M ? A(h, $, p, S) : M.interrupt().each(function() {
      B(this, arguments).event(S).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, b.scaleBy = function(h, $, p, S) {
    b.scaleTo(h, function() {
      var M = this.__zoom.k, P = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * P;
    }, p, S);
  }, b.scaleTo = function(h, $, p, S) {
    b.transform(h, function() {
      var M = t.apply(this, arguments), P = this.__zoom, T = p == null ? E(M) : typeof p == "function" ? p.apply(this, arguments) : p, F = P.invert(T), Z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(m(P, Z), T, F), M, s);
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
      var P = t.apply(this, arguments), T = this.__zoom, F = S == null ? E(P) : typeof S == "function" ? S.apply(this, arguments) : S;
      return n(yr.translate(F[0], F[1]).scale(T.k).translate(
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
      var M = this, P = arguments, T = B(M, P).event(S), F = t.apply(M, P), Z = p == null ? E(F) : typeof p == "function" ? p.apply(M, P) : p, oe = Math.max(F[1][0] - F[0][0], F[1][1] - F[0][1]), re = M.__zoom, W = typeof $ == "function" ? $.apply(M, P) : $, K = u(re.invert(Z).concat(oe / re.k), W.invert(Z).concat(oe / W.k));
      return function(ee) {
        if (ee === 1) ee = W;
        else {
          var fe = K(ee), ye = oe / fe[2];
          ee = new pt(ye, Z[0] - fe[0] * ye, Z[1] - fe[1] * ye);
        }
        T.zoom(null, ee);
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
      var $ = $t(this.that).datum();
      l.call(
        h,
        this.that,
        new zy(h, {
          sourceEvent: this.sourceEvent,
          target: b,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function z(h, ...$) {
    if (!e.apply(this, arguments)) return;
    var p = B(this, $).event(h), S = this.__zoom, M = Math.max(r[0], Math.min(r[1], S.k * Math.pow(2, o.apply(this, arguments)))), P = bt(h);
    if (p.wheel)
      (p.mouse[0][0] !== P[0] || p.mouse[0][1] !== P[1]) && (p.mouse[1] = S.invert(p.mouse[0] = P)), clearTimeout(p.wheel);
    else {
      if (S.k === M) return;
      p.mouse = [P, S.invert(P)], vo(this), p.start();
    }
    hn(h), p.wheel = setTimeout(T, y), p.zoom("mouse", n(v(m(S, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function T() {
      p.wheel = null, p.end();
    }
  }
  function U(h, ...$) {
    if (f || !e.apply(this, arguments)) return;
    var p = h.currentTarget, S = B(this, $, !0).event(h), M = $t(h.view).on("mousemove.zoom", Z, !0).on("mouseup.zoom", oe, !0), P = bt(h, p), T = h.clientX, F = h.clientY;
    jm(h.view), pi(h), S.mouse = [P, this.__zoom.invert(P)], vo(this), S.start();
    function Z(re) {
      if (hn(re), !S.moved) {
        var W = re.clientX - T, K = re.clientY - F;
        S.moved = W * W + K * K > w;
      }
      S.event(re).zoom("mouse", n(v(S.that.__zoom, S.mouse[0] = bt(re, p), S.mouse[1]), S.extent, s));
    }
    function oe(re) {
      M.on("mousemove.zoom mouseup.zoom", null), Qm(re.view, S.moved), hn(re), S.event(re).end();
    }
  }
  function Y(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, S = bt(h.changedTouches ? h.changedTouches[0] : h, this), M = p.invert(S), P = p.k * (h.shiftKey ? 0.5 : 2), T = n(v(m(p, P), S, M), t.apply(this, $), s);
      hn(h), a > 0 ? $t(this).transition().duration(a).call(A, T, S, h) : $t(this).call(b.transform, T, S, h);
    }
  }
  function V(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = h.touches, S = p.length, M = B(this, $, h.changedTouches.length === S).event(h), P, T, F, Z;
      for (pi(h), T = 0; T < S; ++T)
        F = p[T], Z = bt(F, this), Z = [Z, this.__zoom.invert(Z), F.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== Z[2] && (M.touch1 = Z, M.taps = 0) : (M.touch0 = Z, P = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), P && (M.taps < 2 && (d = Z[0], c = setTimeout(function() {
        c = null;
      }, g)), vo(this), M.start());
    }
  }
  function k(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, T, F, Z;
      for (hn(h), P = 0; P < M; ++P)
        T = S[P], F = bt(T, this), p.touch0 && p.touch0[2] === T.identifier ? p.touch0[0] = F : p.touch1 && p.touch1[2] === T.identifier && (p.touch1[0] = F);
      if (T = p.that.__zoom, p.touch1) {
        var oe = p.touch0[0], re = p.touch0[1], W = p.touch1[0], K = p.touch1[1], ee = (ee = W[0] - oe[0]) * ee + (ee = W[1] - oe[1]) * ee, fe = (fe = K[0] - re[0]) * fe + (fe = K[1] - re[1]) * fe;
        T = m(T, Math.sqrt(ee / fe)), F = [(oe[0] + W[0]) / 2, (oe[1] + W[1]) / 2], Z = [(re[0] + K[0]) / 2, (re[1] + K[1]) / 2];
      } else if (p.touch0) F = p.touch0[0], Z = p.touch0[1];
      else return;
      p.zoom("touch", n(v(T, F, Z), p.extent, s));
    }
  }
  function G(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, T;
      for (pi(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), P = 0; P < M; ++P)
        T = S[P], p.touch0 && p.touch0[2] === T.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === T.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0) p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (T = bt(T, this), Math.hypot(d[0] - T[0], d[1] - T[1]) < x)) {
        var F = $t(this).on("dblclick.zoom");
        F && F.apply(this, arguments);
      }
    }
  }
  return b.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : ro(+h), b) : o;
  }, b.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : ro(!!h), b) : e;
  }, b.touchable = function(h) {
    return arguments.length ? (i = typeof h == "function" ? h : ro(!!h), b) : i;
  }, b.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : ro([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), b) : t;
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
const Vl = /* @__PURE__ */ Symbol("MiniMapSlots"), Yy = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], Xy = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, Gy = /* @__PURE__ */ Ce({
  ...Xy,
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
    const n = e, o = Mt(Vl), i = Qi(), r = Ee(() => i.style ?? {});
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
      q(o)[`node-${n.type}`] ? (Q(), Re(It(q(o)[`node-${n.type}`]), _u(mo({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (Q(), le("rect", mo({
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
      }), null, 16, Yy))
    ], 64)) : Se("", !0);
  }
}), Uy = ["width", "height", "viewBox", "aria-labelledby"], Wy = ["id"], qy = ["d", "fill", "stroke", "stroke-width"], Zy = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, Ky = /* @__PURE__ */ Ce({
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
    const n = ia(), o = Qi(), i = 200, r = 150, { id: s, edges: a, viewport: u, translateExtent: l, dimensions: c, emits: d, d3Selection: f, d3Zoom: g, getNodesInitialized: y } = Me(), w = Ie();
    kt(Vl, n);
    const x = Ee(() => {
      var M;
      return e.width ?? ((M = o.style) == null ? void 0 : M.width) ?? i;
    }), b = Ee(() => {
      var M;
      return e.height ?? ((M = o.style) == null ? void 0 : M.height) ?? r;
    }), m = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", v = ue(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), E = ue(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), A = ue(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), B = ue(() => ar(y.value.filter((M) => !M.hidden))), L = ue(() => ({
      x: -u.value.x / u.value.zoom,
      y: -u.value.y / u.value.zoom,
      width: c.value.width / u.value.zoom,
      height: c.value.height / u.value.zoom
    })), z = ue(
      () => y.value && y.value.length ? Ch(B.value, L.value) : L.value
    ), U = ue(() => {
      const M = z.value.width / x.value, P = z.value.height / b.value;
      return Math.max(M, P);
    }), Y = ue(() => {
      const M = U.value * x.value, P = U.value * b.value, T = e.offsetScale * U.value;
      return {
        offset: T,
        x: z.value.x - (M - z.value.width) / 2 - T,
        y: z.value.y - (P - z.value.height) / 2 - T,
        width: M + T * 2,
        height: P + T * 2
      };
    }), V = ue(() => !Y.value.x || !Y.value.y ? "" : `
    M${Y.value.x - Y.value.offset},${Y.value.y - Y.value.offset}
    h${Y.value.width + Y.value.offset * 2}
    v${Y.value.height + Y.value.offset * 2}
    h${-Y.value.width - Y.value.offset * 2}z
    M${L.value.x + e.maskBorderRadius},${L.value.y}
    h${L.value.width - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},${e.maskBorderRadius}
    v${L.value.height - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},${e.maskBorderRadius}
    h${-(L.value.width - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},-${e.maskBorderRadius}
    v${-(L.value.height - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},-${e.maskBorderRadius}z`);
    wu(
      (M) => {
        if (w.value) {
          const P = $t(w.value), T = (oe) => {
            if (oe.sourceEvent.type !== "wheel" || !f.value || !g.value)
              return;
            const re = oe.sourceEvent.ctrlKey && Dn() ? 10 : 1, W = -oe.sourceEvent.deltaY * (oe.sourceEvent.deltaMode === 1 ? 0.05 : oe.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, K = u.value.zoom * 2 ** (W * re);
            g.value.scaleTo(f.value, K);
          }, F = (oe) => {
            if (oe.sourceEvent.type !== "mousemove" || !f.value || !g.value)
              return;
            const re = U.value * Math.max(1, u.value.zoom) * (e.inversePan ? -1 : 1), W = {
              x: u.value.x - oe.sourceEvent.movementX * re,
              y: u.value.y - oe.sourceEvent.movementY * re
            }, K = [
              [0, 0],
              [c.value.width, c.value.height]
            ], ee = yr.translate(W.x, W.y).scale(u.value.zoom), fe = g.value.constrain()(ee, K, l.value);
            g.value.transform(f.value, fe);
          }, Z = Fy().wheelDelta((oe) => Ai(oe) * (e.zoomStep / 10)).on("zoom", e.pannable ? F : () => {
          }).on("zoom.wheel", e.zoomable ? T : () => {
          });
          P.call(Z), M(() => {
            P.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function k(M) {
      const [P, T] = bt(M);
      t("click", { event: M, position: { x: P, y: T } });
    }
    function G(M, P) {
      const T = { event: M, node: P, connectedEdges: Ot([P], a.value) };
      d.miniMapNodeClick(T), t("nodeClick", T);
    }
    function h(M, P) {
      const T = { event: M, node: P, connectedEdges: Ot([P], a.value) };
      d.miniMapNodeDoubleClick(T), t("nodeDblclick", T);
    }
    function $(M, P) {
      const T = { event: M, node: P, connectedEdges: Ot([P], a.value) };
      d.miniMapNodeMouseEnter(T), t("nodeMouseenter", T);
    }
    function p(M, P) {
      const T = { event: M, node: P, connectedEdges: Ot([P], a.value) };
      d.miniMapNodeMouseMove(T), t("nodeMousemove", T);
    }
    function S(M, P) {
      const T = { event: M, node: P, connectedEdges: Ot([P], a.value) };
      d.miniMapNodeMouseLeave(T), t("nodeMouseleave", T);
    }
    return (M, P) => (Q(), Re(q(dl), {
      position: M.position,
      class: Fe(["vue-flow__minimap", { pannable: M.pannable, zoomable: M.zoomable }])
    }, {
      default: nt(() => [
        (Q(), le("svg", {
          ref_key: "el",
          ref: w,
          width: x.value,
          height: b.value,
          viewBox: [Y.value.x, Y.value.y, Y.value.width, Y.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${q(s)}`,
          onClick: k
        }, [
          M.ariaLabel ? (Q(), le("title", {
            key: 0,
            id: `vue-flow__minimap-${q(s)}`
          }, Pe(M.ariaLabel), 9, Wy)) : Se("", !0),
          (Q(!0), le(Ve, null, sn(q(y), (T) => (Q(), Re(Gy, {
            id: T.id,
            key: T.id,
            f: "",
            position: T.computedPosition,
            dimensions: T.dimensions,
            selected: T.selected,
            dragging: T.dragging,
            style: Ae(T.style),
            class: Fe(A.value(T)),
            color: v.value(T),
            "border-radius": M.nodeBorderRadius,
            "stroke-color": E.value(T),
            "stroke-width": M.nodeStrokeWidth,
            "shape-rendering": q(m),
            type: T.type,
            hidden: T.hidden,
            onClick: (F) => G(F, T),
            onDblclick: (F) => h(F, T),
            onMouseenter: (F) => $(F, T),
            onMousemove: (F) => p(F, T),
            onMouseleave: (F) => S(F, T)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          $e("path", {
            class: "vue-flow__minimap-mask",
            d: V.value,
            fill: M.maskColor,
            stroke: M.maskStrokeColor,
            "stroke-width": M.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, qy)
        ], 8, Uy))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
var Ll = Object.defineProperty, jy = (e, t, n) => t in e ? Ll(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, Qy = (e, t) => {
  for (var n in t) Ll(e, n, { get: t[n], enumerable: !0 });
}, Jy = (e, t, n) => jy(e, t + "", n), Hl = {};
Qy(Hl, { Graph: () => Qe, alg: () => _r });
var e1 = Object.defineProperty, Fl = (e, t) => {
  for (var n in t) e1(e, n, { get: t[n], enumerable: !0 });
}, wr = class {
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
    let l = wn(this._isDirected, i, r, s);
    if (l in this._edgeLabels) return u && (this._edgeLabels[l] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(i), this.setNode(r), this._edgeLabels[l] = u ? a : this._defaultEdgeLabelFn(i, r, s);
    let c = t1(this._isDirected, i, r, s);
    return i = c.v, r = c.w, Object.freeze(c), this._edgeObjs[l] = c, Os(this._preds[r], i), Os(this._sucs[i], r), this._in[r][l] = c, this._out[i][l] = c, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let o = arguments.length === 1 ? vi(this._isDirected, e) : wn(this._isDirected, e, t, n);
    return this._edgeLabels[o];
  }
  edgeAsObj(e, t, n) {
    let o = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof o != "object" || o === null ? { label: o } : o;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? vi(this._isDirected, e) : wn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let o = arguments.length === 1 ? vi(this._isDirected, e) : wn(this._isDirected, e, t, n), i = this._edgeObjs[o];
    if (i) {
      let r = i.v, s = i.w;
      delete this._edgeLabels[o], delete this._edgeObjs[o], Ds(this._preds[s], r), Ds(this._sucs[r], s), delete this._in[s][o], delete this._out[r][o], this._edgeCount--;
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
function Os(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function Ds(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function wn(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let s = i;
    i = r, r = s;
  }
  return i + "" + r + "" + (o === void 0 ? "\0" : o);
}
function t1(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let a = i;
    i = r, r = a;
  }
  let s = { v: i, w: r };
  return o && (s.name = o), s;
}
function vi(e, t) {
  return wn(e, t.v, t.w, t.name);
}
var n1 = {};
Fl(n1, { read: () => s1, write: () => o1 });
function o1(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: i1(e), edges: r1(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function i1(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), o = e.parent(t), i = { v: t };
    return n !== void 0 && (i.value = n), o !== void 0 && (i.parent = o), i;
  });
}
function r1(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), o = { v: t.v, w: t.w };
    return t.name !== void 0 && (o.name = t.name), n !== void 0 && (o.value = n), o;
  });
}
function s1(e) {
  let t = new wr(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var _r = {};
Fl(_r, { CycleException: () => zo, bellmanFord: () => Yl, components: () => u1, dijkstra: () => Ao, dijkstraAll: () => f1, findCycles: () => h1, floydWarshall: () => p1, isAcyclic: () => m1, postorder: () => w1, preorder: () => _1, prim: () => b1, shortestPaths: () => E1, tarjan: () => Gl, topsort: () => Ul });
var a1 = () => 1;
function Yl(e, t, n, o) {
  return l1(e, String(t), n || a1, o || function(i) {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  });
}
function l1(e, t, n, o) {
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
function u1(e) {
  let t = {}, n = [], o;
  function i(r) {
    var s, a;
    r in t || (t[r] = !0, o.push(r), (s = e.successors(r)) == null || s.forEach(i), (a = e.predecessors(r)) == null || a.forEach(i));
  }
  return e.nodes().forEach(function(r) {
    o = [], i(r), o.length && n.push(o);
  }), n;
}
var Xl = class {
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
}, c1 = () => 1;
function Ao(e, t, n, o) {
  let i = function(r) {
    var s;
    return (s = e.outEdges(r)) != null ? s : [];
  };
  return d1(e, String(t), n || c1, o || i);
}
function d1(e, t, n, o) {
  let i = {}, r = new Xl(), s, a, u = function(l) {
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
function f1(e, t, n) {
  return e.nodes().reduce(function(o, i) {
    return o[i] = Ao(e, i, t, n), o;
  }, {});
}
function Gl(e) {
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
function h1(e) {
  return Gl(e).filter(function(t) {
    var n;
    let o = t[0];
    return o ? t.length > 1 || t.length === 1 && ((n = e.outEdges(o, o)) != null ? n : []).length > 0 : !1;
  });
}
var g1 = () => 1;
function p1(e, t, n) {
  return v1(e, t || g1, n || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function v1(e, t, n) {
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
var zo = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function Ul(e) {
  let t = {}, n = {}, o = [];
  function i(r) {
    var s;
    if (r in n) throw new zo();
    r in t || (n[r] = !0, t[r] = !0, (s = e.predecessors(r)) == null || s.forEach(i), delete n[r], o.push(r));
  }
  if (e.sinks().forEach(i), Object.keys(t).length !== e.nodeCount()) throw new zo();
  return o;
}
function m1(e) {
  try {
    Ul(e);
  } catch (t) {
    if (t instanceof zo) return !1;
    throw t;
  }
  return !0;
}
function y1(e, t, n, o, i) {
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
function ql(e, t, n) {
  return y1(e, t, n, function(o, i) {
    return o.push(i), o;
  }, []);
}
function w1(e, t) {
  return ql(e, t, "post");
}
function _1(e, t) {
  return ql(e, t, "pre");
}
function b1(e, t) {
  var n;
  let o = new wr(), i = {}, r = new Xl(), s;
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
function E1(e, t, n, o) {
  return x1(e, t, n, o ?? ((i) => {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  }));
}
function x1(e, t, n, o) {
  if (n === void 0) return Ao(e, t, n, o);
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
    if (i) return Yl(e, t, n, o);
  }
  return Ao(e, t, n, o);
}
var Qe = wr;
function an(e, t, n, o) {
  let i = o;
  for (; e.hasNode(i); ) i = br(o);
  return n.dummy = t, e.setNode(i, n), i;
}
function $1(e) {
  let t = new Qe().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let o = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, i = e.edge(n);
    t.setEdge(n.v, n.w, { weight: o.weight + i.weight, minlen: Math.max(o.minlen, i.minlen) });
  }), t;
}
function Zl(e) {
  let t = new Qe({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function Ps(e, t) {
  let n = e.x, o = e.y, i = t.x - n, r = t.y - o, s = e.width / 2, a = e.height / 2;
  if (!i && !r) throw new Error("Not possible to find intersection inside of the rectangle");
  let u, l;
  return i === 0 || Math.abs(r) * s > Math.abs(i) * a ? (r < 0 && (a = -a), u = a * i / r, l = a) : (i < 0 && (s = -s), u = s, l = s * r / i), { x: n + u, y: o + l };
}
function Xn(e) {
  let t = Bn(jl(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let o = e.node(n), i = o.rank;
    i !== void 0 && (t[i] || (t[i] = []), t[i][o.order] = n);
  }), t;
}
function N1(e) {
  let t = e.nodes().map((o) => {
    let i = e.node(o).rank;
    return i === void 0 ? Number.MAX_VALUE : i;
  }), n = it(Math.min, t);
  e.nodes().forEach((o) => {
    let i = e.node(o);
    Object.hasOwn(i, "rank") && (i.rank -= n);
  });
}
function k1(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = it(Math.min, t), o = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    o[a] || (o[a] = []), o[a].push(s);
  });
  let i = 0, r = e.graph().nodeRankFactor;
  Array.from(o).forEach((s, a) => {
    s === void 0 && a % r !== 0 ? --i : s !== void 0 && i && s.forEach((u) => e.node(u).rank += i);
  });
}
function As(e, t, n, o) {
  let i = { width: 0, height: 0 };
  return arguments.length >= 4 && (i.rank = n, i.order = o), an(e, "border", i, t);
}
function S1(e, t = Kl) {
  let n = [];
  for (let o = 0; o < e.length; o += t) {
    let i = e.slice(o, o + t);
    n.push(i);
  }
  return n;
}
var Kl = 65535;
function it(e, t) {
  if (t.length > Kl) {
    let n = S1(t);
    return e(...n.map((o) => e(...o)));
  } else return e(...t);
}
function jl(e) {
  let t = e.nodes().map((n) => {
    let o = e.node(n).rank;
    return o === void 0 ? Number.MIN_VALUE : o;
  });
  return it(Math.max, t);
}
function C1(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((o) => {
    t(o) ? n.lhs.push(o) : n.rhs.push(o);
  }), n;
}
function M1(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function Ql(e, t) {
  return t();
}
var I1 = 0;
function br(e) {
  let t = ++I1;
  return e + ("" + t);
}
function Bn(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let o = (r) => r < t;
  n < 0 && (o = (r) => t < r);
  let i = [];
  for (let r = e; o(r); r += n) i.push(r);
  return i;
}
function Ro(e, t) {
  let n = {};
  for (let o of t) e[o] !== void 0 && (n[o] = e[o]);
  return n;
}
function Qo(e, t) {
  let n;
  return typeof t == "string" ? n = (o) => o[t] : n = t, Object.entries(e).reduce((o, [i, r]) => (o[i] = n(r, i), o), {});
}
function T1(e, t) {
  return e.reduce((n, o, i) => (n[o] = t[i], n), {});
}
var Jo = "\0";
function Jl(e, t, n) {
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
var O1 = "3.1.3", D1 = class {
  constructor() {
    Jy(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return zs(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && zs(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, P1)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function zs(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function P1(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var A1 = D1, z1 = () => 1;
function R1(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = V1(e, t || z1);
  return B1(n.graph, n.buckets, n.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function B1(e, t, n) {
  var o;
  let i = [], r = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) mi(e, t, n, a);
    for (; a = r.dequeue(); ) mi(e, t, n, a);
    if (e.nodeCount()) {
      for (let u = t.length - 2; u > 0; --u) if (a = (o = t[u]) == null ? void 0 : o.dequeue(), a) {
        i = i.concat(mi(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return i;
}
function mi(e, t, n, o, i) {
  let r = [], s = i ? r : void 0;
  return (e.inEdges(o.v) || []).forEach((a) => {
    let u = e.edge(a), l = e.node(a.v);
    i && r.push({ v: a.v, w: a.w }), l.out -= u, qi(t, n, l);
  }), (e.outEdges(o.v) || []).forEach((a) => {
    let u = e.edge(a), l = a.w, c = e.node(l);
    c.in -= u, qi(t, n, c);
  }), e.removeNode(o.v), s;
}
function V1(e, t) {
  let n = new Qe(), o = 0, i = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let u = n.edge(a.v, a.w) || 0, l = t(a), c = u + l;
    n.setEdge(a.v, a.w, c);
    let d = n.node(a.v), f = n.node(a.w);
    i = Math.max(i, d.out += l), o = Math.max(o, f.in += l);
  });
  let r = L1(i + o + 3).map(() => new A1()), s = o + 1;
  return n.nodes().forEach((a) => {
    qi(r, s, n.node(a));
  }), { graph: n, buckets: r, zeroIdx: s };
}
function qi(e, t, n) {
  var o, i, r;
  n.out ? n.in ? (r = e[n.out - n.in + t]) == null || r.enqueue(n) : (i = e[e.length - 1]) == null || i.enqueue(n) : (o = e[0]) == null || o.enqueue(n);
}
function L1(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function H1(e, t) {
  (e.graph().acyclicer === "greedy" ? R1(e, n(e)) : F1(e, t ?? null)).forEach((o) => {
    let i = e.edge(o);
    e.removeEdge(o), i.forwardName = o.name, i.reversed = !0, e.setEdge(o.w, o.v, i, br("rev"));
  });
  function n(o) {
    return (i) => o.edge(i).weight;
  }
}
function F1(e, t) {
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
      Object.hasOwn(o, c.w) || ((d = t.node(u)) == null ? void 0 : d.rank) > ((f = t.node(c.w)) == null ? void 0 : f.rank) && X1(e, c.w, c) ? n.push(c) : s(c.w);
    }), delete o[u]);
  }
  let a = r;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function Y1(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let o = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, o);
    }
  });
}
function X1(e, t, n) {
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
function G1(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => U1(e, t));
}
function U1(e, t) {
  let n = t.v, o = e.node(n).rank, i = t.w, r = e.node(i).rank, s = t.name, a = e.edge(t), u = a.labelRank;
  if (r === o + 1) return;
  e.removeEdge(t);
  let l, c, d;
  for (d = 0, ++o; o < r; ++d, ++o) a.points = [], c = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: o }, l = an(e, "edge", c, "_d"), o === u && (c.width = a.width, c.height = a.height, c.dummy = "edge-label", c.labelpos = a.labelpos), e.setEdge(n, l, { weight: a.weight }, s), d === 0 && e.graph().dummyChains.push(l), n = l;
  e.setEdge(n, i, { weight: a.weight }, s);
}
function W1(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), o = n.edgeLabel, i;
    for (e.setEdge(n.edgeObj, o); n.dummy; ) i = e.successors(t)[0], e.removeNode(t), o.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (o.x = n.x, o.y = n.y, o.width = n.width, o.height = n.height), t = i, n = e.node(t);
  });
}
function Er(e) {
  let t = {};
  function n(o) {
    let i = e.node(o);
    if (Object.hasOwn(t, o)) return i.rank;
    t[o] = !0;
    let r = e.outEdges(o), s = r ? r.map((u) => u == null ? Number.POSITIVE_INFINITY : n(u.w) - e.edge(u).minlen) : [], a = it(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), i.rank = a;
  }
  e.sources().forEach(n);
}
function on(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var eu = q1;
function q1(e) {
  let t = new Qe({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let o = n[0], i = e.nodeCount();
  t.setNode(o, {});
  let r, s;
  for (; Z1(t, e) < i && (r = K1(t, e), !!r); ) s = t.hasNode(r.v) ? on(e, r) : -on(e, r), j1(t, e, s);
  return t;
}
function Z1(e, t) {
  function n(o) {
    let i = t.nodeEdges(o);
    i && i.forEach((r) => {
      let s = r.v, a = o === s ? r.w : s;
      !e.hasNode(a) && !on(t, r) && (e.setNode(a, {}), e.setEdge(o, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function K1(e, t) {
  return t.edges().reduce((n, o) => {
    let i = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (i = on(t, o)), i < n[0] ? [i, o] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function j1(e, t, n) {
  e.nodes().forEach((o) => t.node(o).rank += n);
}
var { preorder: Q1, postorder: J1 } = _r, ew = Yt;
Yt.initLowLimValues = $r;
Yt.initCutValues = xr;
Yt.calcCutValue = tu;
Yt.leaveEdge = ou;
Yt.enterEdge = iu;
Yt.exchangeEdges = ru;
function Yt(e) {
  e = $1(e), Er(e);
  let t = eu(e);
  $r(t), xr(t, e);
  let n, o;
  for (; n = ou(t); ) o = iu(t, e, n), ru(t, e, n, o);
}
function xr(e, t) {
  let n = J1(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((o) => tw(e, t, o));
}
function tw(e, t, n) {
  let o = e.node(n).parent, i = e.edge(n, o);
  i.cutvalue = tu(e, t, n);
}
function tu(e, t, n) {
  let o = e.node(n).parent, i = !0, r = t.edge(n, o), s = 0;
  r || (i = !1, r = t.edge(o, n)), s = r.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((u) => {
    let l = u.v === n, c = l ? u.w : u.v;
    if (c !== o) {
      let d = l === i, f = t.edge(u).weight;
      if (s += d ? f : -f, ow(e, n, c)) {
        let g = e.edge(n, c).cutvalue;
        s += d ? -g : g;
      }
    }
  }), s;
}
function $r(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), nu(e, {}, 1, t);
}
function nu(e, t, n, o, i) {
  let r = n, s = e.node(o);
  t[o] = !0;
  let a = e.neighbors(o);
  return a && a.forEach((u) => {
    Object.hasOwn(t, u) || (n = nu(e, t, n, u, o));
  }), s.low = r, s.lim = n++, i ? s.parent = i : delete s.parent, n;
}
function ou(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function iu(e, t, n) {
  let o = n.v, i = n.w;
  t.hasEdge(o, i) || (o = n.w, i = n.v);
  let r = e.node(o), s = e.node(i), a = r, u = !1;
  return r.lim > s.lim && (a = s, u = !0), t.edges().filter((l) => u === Rs(e, e.node(l.v), a) && u !== Rs(e, e.node(l.w), a)).reduce((l, c) => on(t, c) < on(t, l) ? c : l);
}
function ru(e, t, n, o) {
  let i = n.v, r = n.w;
  e.removeEdge(i, r), e.setEdge(o.v, o.w, {}), $r(e), xr(e, t), nw(e, t);
}
function nw(e, t) {
  let n = e.nodes().find((i) => !e.node(i).parent);
  if (!n) return;
  let o = Q1(e, [n]);
  o = o.slice(1), o.forEach((i) => {
    let r = e.node(i).parent, s = t.edge(i, r), a = !1;
    s || (s = t.edge(r, i), a = !0), t.node(i).rank = t.node(r).rank + (a ? s.minlen : -s.minlen);
  });
}
function ow(e, t, n) {
  return e.hasEdge(t, n);
}
function Rs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var iw = rw;
function rw(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Bs(e);
      break;
    case "tight-tree":
      aw(e);
      break;
    case "longest-path":
      sw(e);
      break;
    case "none":
      break;
    default:
      Bs(e);
  }
}
var sw = Er;
function aw(e) {
  Er(e), eu(e);
}
function Bs(e) {
  ew(e);
}
var lw = uw;
function uw(e) {
  let t = dw(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((o) => {
    let i = e.node(o), r = i.edgeObj, s = cw(e, t, r.v, r.w), a = s.path, u = s.lca, l = 0, c = a[l], d = !0;
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
function cw(e, t, n, o) {
  let i = [], r = [], s = Math.min(t[n].low, t[o].low), a = Math.max(t[n].lim, t[o].lim), u;
  u = n;
  do
    u = e.parent(u), i.push(u);
  while (u && (t[u].low > s || a > t[u].lim));
  let l = u, c = o;
  for (; (c = e.parent(c)) !== l; ) r.push(c);
  return { path: i.concat(r.reverse()), lca: l };
}
function dw(e) {
  let t = {}, n = 0;
  function o(i) {
    let r = n;
    e.children(i).forEach(o), t[i] = { low: r, lim: n++ };
  }
  return e.children(Jo).forEach(o), t;
}
function fw(e) {
  let t = an(e, "root", {}, "_root"), n = hw(e), o = Object.values(n), i = it(Math.max, o) - 1, r = 2 * i + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= r);
  let s = gw(e) + 1;
  e.children(Jo).forEach((a) => {
    su(e, t, r, s, i, n, a);
  }), e.graph().nodeRankFactor = r;
}
function su(e, t, n, o, i, r, s) {
  var a;
  let u = e.children(s);
  if (!u.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let l = As(e, "_bt"), c = As(e, "_bb"), d = e.node(s);
  e.setParent(l, s), d.borderTop = l, e.setParent(c, s), d.borderBottom = c, u.forEach((f) => {
    var g;
    su(e, t, n, o, i, r, f);
    let y = e.node(f), w = y.borderTop ? y.borderTop : f, x = y.borderBottom ? y.borderBottom : f, b = y.borderTop ? o : 2 * o, m = w !== x ? 1 : i - ((g = r[s]) != null ? g : 0) + 1;
    e.setEdge(l, w, { weight: b, minlen: m, nestingEdge: !0 }), e.setEdge(x, c, { weight: b, minlen: m, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, l, { weight: 0, minlen: i + ((a = r[s]) != null ? a : 0) });
}
function hw(e) {
  let t = {};
  function n(o, i) {
    let r = e.children(o);
    r && r.length && r.forEach((s) => n(s, i + 1)), t[o] = i;
  }
  return e.children(Jo).forEach((o) => n(o, 1)), t;
}
function gw(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function pw(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var vw = mw;
function mw(e) {
  function t(n) {
    let o = e.children(n), i = e.node(n);
    if (o.length && o.forEach(t), i && Object.hasOwn(i, "minRank")) {
      i.borderLeft = [], i.borderRight = [];
      for (let r = i.minRank, s = i.maxRank + 1; r < s; ++r) Vs(e, "borderLeft", "_bl", n, i, r), Vs(e, "borderRight", "_br", n, i, r);
    }
  }
  e.children(Jo).forEach(t);
}
function Vs(e, t, n, o, i, r) {
  let s = { width: 0, height: 0, rank: r, borderType: t }, a = i[t][r - 1], u = an(e, "border", s, n);
  i[t][r] = u, e.setParent(u, o), a && e.setEdge(a, u, { weight: 1 });
}
function yw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && au(e);
}
function ww(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && _w(e), (n === "lr" || n === "rl") && (bw(e), au(e));
}
function au(e) {
  e.nodes().forEach((t) => Ls(e.node(t))), e.edges().forEach((t) => Ls(e.edge(t)));
}
function Ls(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function _w(e) {
  e.nodes().forEach((t) => yi(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(yi), Object.hasOwn(o, "y") && yi(o);
  });
}
function yi(e) {
  e.y = -e.y;
}
function bw(e) {
  e.nodes().forEach((t) => wi(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(wi), Object.hasOwn(o, "x") && wi(o);
  });
}
function wi(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function Ew(e, t = null) {
  let n = {}, o = e.nodes().filter((l) => !e.children(l).length), i = o.map((l) => e.node(l).rank), r = it(Math.max, i), s = Bn(r + 1).map(() => []);
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
    return Jl(t, d, f);
  }
  return s;
}
function xw(e, t) {
  let n = 0;
  for (let o = 1; o < t.length; ++o) n += $w(e, t[o - 1], t[o]);
  return n;
}
function $w(e, t, n) {
  let o = T1(n, n.map((l, c) => c)), i = t.flatMap((l) => {
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
function Nw(e, t = []) {
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
function kw(e, t) {
  let n = {};
  e.forEach((i, r) => {
    let s = { indegree: 0, in: [], out: [], vs: [i.v], i: r };
    i.barycenter !== void 0 && (s.barycenter = i.barycenter, s.weight = i.weight), n[i.v] = s;
  }), t.edges().forEach((i) => {
    let r = n[i.v], s = n[i.w];
    r !== void 0 && s !== void 0 && (s.indegree++, r.out.push(s));
  });
  let o = Object.values(n).filter((i) => !i.indegree);
  return Sw(o);
}
function Sw(e) {
  let t = [];
  function n(i) {
    return (r) => {
      r.merged || (r.barycenter === void 0 || i.barycenter === void 0 || r.barycenter >= i.barycenter) && Cw(i, r);
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
  return t.filter((i) => !i.merged).map((i) => Ro(i, ["vs", "i", "barycenter", "weight"]));
}
function Cw(e, t) {
  let n = 0, o = 0;
  e.weight && (n += e.barycenter * e.weight, o += e.weight), t.weight && (n += t.barycenter * t.weight, o += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / o, e.weight = o, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Mw(e, t, n, o, i) {
  let r = {}, s = null, a = null, u = i;
  typeof t == "boolean" ? (u = t, r = {}) : t && (r = t, s = n ?? null, a = o ?? null);
  let l = C1(e, (b) => Object.hasOwn(b, "barycenter")), c = l.lhs, d = l.rhs.sort((b, m) => m.i - b.i), f = [], g = 0, y = 0, w = 0;
  c.sort(Iw(a, s, !!u));
  for (let [b, m] of Object.entries(r)) {
    let v = c.findIndex((E) => E.vs[0] === b);
    c.splice(v + 1, 0, m);
  }
  w = Hs(f, d, w), c.forEach((b) => {
    w += b.vs.length, f.push(b.vs), g += b.barycenter * b.weight, y += b.weight, w = Hs(f, d, w);
  });
  let x = { vs: f.flat(1) };
  return y && (x.barycenter = g / y, x.weight = y), x;
}
function Hs(e, t, n) {
  let o;
  for (; t.length && (o = t[t.length - 1]).i <= n; ) t.pop(), e.push(o.vs), n++;
  return n;
}
function Iw(e, t, n) {
  return (o, i) => {
    if (o.barycenter < i.barycenter) return -1;
    if (o.barycenter > i.barycenter) return 1;
    if (e && (typeof o.vs[0] == "string" || typeof i.vs[0] == "string")) {
      let r = e.node(o.vs[0]), s = e.node(i.vs[0]), a = Jl(t, r, s);
      if (a !== 0) return a;
    }
    return n ? i.i - o.i : o.i - i.i;
  };
}
function lu(e, t, n, o, i) {
  var r, s, a, u, l, c, d, f, g, y, w;
  let x = null, b = i;
  typeof o == "boolean" ? (b = o, x = null) : o !== void 0 && (x = o);
  let m = e.children(t), v = e.node(t), E = v ? v.borderLeft : void 0, A = v ? v.borderRight : void 0, B = {};
  E && (m = m.filter((k) => k !== E && k !== A));
  let L = Nw(e, m);
  L.forEach((k) => {
    if (e.children(k.v).length) {
      let { result: G } = lu(e, k.v, n, x, b);
      B[k.v] = G, Object.hasOwn(G, "barycenter") && Ow(k, G);
    }
  });
  let z = kw(L, n);
  Tw(z, B);
  let U = {}, Y = !1;
  for (let k = 0; k < z.length; k++) for (let G = k + 1; G < z.length; G++) if (!(!z[k] || !z[G] || !((r = z[k]) != null && r.barycenter) || !((s = z[G]) != null && s.barycenter)) && ((a = z[k]) == null ? void 0 : a.barycenter) === z[G].barycenter) {
    let h = (l = (u = z[k]) == null ? void 0 : u.vs[0]) != null ? l : "", $ = (d = (c = z[G]) == null ? void 0 : c.vs[0]) != null ? d : "", p = e.node(h), S = e.node($);
    if (p.dummy === "edge" && S.dummy === "edge" && ((f = p.edgeObj) == null ? void 0 : f.v) === ((g = S.edgeObj) == null ? void 0 : g.v) && ((y = p.edgeObj) == null ? void 0 : y.w) === ((w = S.edgeObj) == null ? void 0 : w.w)) if (p.edgeLabel.reversed) {
      U[$] = z[k], z.splice(k, 1), k--;
      break;
    } else U[h] || (U[h] = z[G], z.splice(G, 1), G--);
    else Y = !0;
  }
  let V = Mw(z, U, x, e, b);
  if (E && A) {
    V.vs = [E, V.vs, A].flat(1);
    let k = e.predecessors(E);
    if (k && k.length) {
      let G = e.node(k[0]), h = e.predecessors(A), $ = e.node(h[0]);
      Object.hasOwn(V, "barycenter") || (V.barycenter = 0, V.weight = 0), V.barycenter = (V.barycenter * V.weight + G.order + $.order) / (V.weight + 2), V.weight += 2;
    }
  }
  return Object.defineProperty(V, "result", { value: V, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(V, "usedBias", { value: Y, enumerable: !1, configurable: !0, writable: !0 }), V;
}
function Tw(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((o) => t[o] ? t[o].vs : o);
  });
}
function Ow(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function Dw(e, t, n, o) {
  o || (o = e.nodes());
  let i = Pw(e), r = new Qe({ compound: !0 }).setGraph({ root: i }).setDefaultNodeLabel((s) => e.node(s));
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
function Pw(e) {
  let t;
  for (; e.hasNode(t = br("_root")); ) ;
  return t;
}
function Aw(e, t, n) {
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
function uu(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, uu);
    return;
  }
  let o = jl(e), i = Fs(e, Bn(1, o + 1), "inEdges"), r = Fs(e, Bn(o - 1, -1, -1), "outEdges"), s = Ew(e, n);
  if (Ys(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, u, l = t.constraints || [];
  for (let c = 0, d = 0; d < 4; ++c, ++d) {
    zw(c % 2 ? i : r, c % 4 >= 2, l, n), s = Xn(e);
    let f = xw(e, s);
    f < a ? (d = 0, u = Object.assign({}, s), a = f) : f === a && (u = structuredClone(s));
  }
  Ys(e, u);
}
function Fs(e, t, n) {
  let o = /* @__PURE__ */ new Map(), i = (r, s) => {
    o.has(r) || o.set(r, []), o.get(r).push(s);
  };
  for (let r of e.nodes()) {
    let s = e.node(r);
    if (typeof s.rank == "number" && i(s.rank, r), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && i(a, r);
  }
  return t.map(function(r) {
    return Dw(e, r, n, o.get(r) || []);
  });
}
function zw(e, t, n, o) {
  let i = !0, r = new Qe();
  e.forEach(function(s) {
    n.forEach((c) => r.setEdge(c.left, c.right));
    let a = s.graph().root, { result: u, usedBias: l } = lu(s, a, r, o, i);
    t && l && (i = !i), u.vs.forEach((c, d) => s.node(c).order = d), Aw(s, r, u.vs);
  });
}
function Ys(e, t) {
  Object.values(t).forEach((n) => n.forEach((o, i) => e.node(o).order = i));
}
function Rw(e, t) {
  let n = {};
  function o(i, r) {
    let s = 0, a = 0, u = i.length, l = r[r.length - 1];
    return r.forEach((c, d) => {
      let f = Vw(e, c), g = f ? e.node(f).order : u;
      (f || c === l) && (r.slice(a, d + 1).forEach((y) => {
        let w = e.predecessors(y);
        w && w.forEach((x) => {
          let b = e.node(x), m = b.order;
          (m < s || g < m) && !(b.dummy && e.node(y).dummy) && cu(n, x, y);
        });
      }), a = d + 1, s = g);
    }), r;
  }
  return t.length && t.reduce(o), n;
}
function Bw(e, t) {
  let n = {};
  function o(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(o)) return n;
  function i(s, a, u, l, c) {
    Bn(a, u).forEach((d) => {
      let f = s[d];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((y) => {
          if (y === void 0) return;
          let w = e.node(y);
          w.dummy && (w.order < l || w.order > c) && cu(n, y, f);
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
function Vw(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((o) => e.node(o).dummy);
  }
}
function cu(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  o || (e[t] = o = {}), o[n] = !0;
}
function Lw(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  return o !== void 0 && Object.hasOwn(o, n);
}
function Hw(e, t, n, o, i) {
  let r = {}, s = {}, a = {};
  return t.forEach((u) => {
    u.forEach((l, c) => {
      r[l] = l, s[l] = l, a[l] = c;
    });
  }), t.forEach((u) => {
    let l = -1, c = -1, d = !1, f = u, g = u.findIndex((y) => i?.includes(y) || Xs(y, e, i));
    g > 0 && (f = [u[g], ...u.slice(0, g), ...u.slice(g + 1)], d = !0), f.forEach((y) => {
      var w;
      let x = o(y);
      if (x && x.length) {
        i != null && i.includes(y) && (x = x.filter((v) => Xs(v, e, i)));
        let b = x.sort((v, E) => {
          let A = a[v], B = a[E];
          return (A !== void 0 ? A : 0) - (B !== void 0 ? B : 0);
        }), m = (b.length - 1) / 2;
        for (let v = Math.floor(m), E = Math.ceil(m); v <= E; ++v) {
          let A = b[v];
          if (A === void 0) continue;
          let B = a[A];
          if (B !== void 0 && s[y] === y && l < B && a[A] !== c && !Lw(n, y, A)) {
            let L = r[A];
            L !== void 0 && (s[A] = y, s[y] = r[y] = L, l = B, d && (l = -1, c = (w = a[A]) != null ? w : -1, d = !1));
          }
        }
      }
    });
  }), { root: r, align: s };
}
function Fw(e, t, n, o, i = !1) {
  let r = {}, s = Yw(e, t, n, i), a = i ? "borderLeft" : "borderRight";
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
function Yw(e, t, n, o) {
  let i = new Qe(), r = e.graph(), s = qw(r.nodesep, r.edgesep, o);
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
function Xw(e, t) {
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
function Gw(e, t) {
  let n = Object.values(t), o = it(Math.min, n), i = it(Math.max, n);
  ["u", "d"].forEach((r) => {
    ["l", "r"].forEach((s) => {
      let a = r + s, u = e[a];
      if (!u || u === t) return;
      let l = Object.values(u), c = o - it(Math.min, l);
      s !== "l" && (c = i - it(Math.max, l)), c && (e[a] = Qo(u, (d) => d + c));
    });
  });
}
function Uw(e, t = void 0) {
  let n = e.ul;
  return n ? Qo(n, (o, i) => {
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
  let n = Xn(e), o = Object.assign(Rw(e, n), Bw(e, n)), i = {}, r;
  ["u", "d"].forEach((a) => {
    r = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((u) => {
      u === "r" && (r = r.map((d) => Object.values(d).reverse()));
      let l = Hw(e, r, o, (d) => (a === "u" ? e.predecessors(d) : e.successors(d)) || [], t), c = Fw(e, r, l.root, l.align, u === "r");
      u === "r" && (c = Qo(c, (d) => -d)), i[a + u] = c;
    });
  });
  let s = Xw(e, i);
  return Gw(i, s), Uw(i, e.graph().align);
}
function qw(e, t, n) {
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
function Xs(e, t, n) {
  var o;
  if (!n) return !1;
  let i = (o = t.node(e)) == null ? void 0 : o.edgeObj;
  if (!i || t.node(e).edgeLabel.reversed) return !1;
  let r = n.indexOf(i?.v), s = n.indexOf(i?.w);
  return r !== -1 && s !== -1 && r === (s + 1) % n.length || r === (s - 1) % n.length;
}
function Kw(e, t) {
  e = Zl(e), jw(e), Object.entries(Ww(e, t)).forEach(([n, o]) => e.node(n).x = o);
}
function jw(e) {
  let t = Xn(e), n = e.graph(), o = n.ranksep, i = n.rankalign, r = 0;
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
var Gs = /* @__PURE__ */ new WeakMap();
function Qw(e, t = {}) {
  return du(e, Ql, t), e;
}
function Us(e, t, n) {
  let o = t;
  for (; o !== void 0; ) {
    let i = e.parent(o);
    if (i === n) return o;
    o = i;
  }
}
function du(e, t, n) {
  var o;
  let i = e.nodes().filter((m) => e.children(m).length), r = {};
  i.forEach((m) => {
    let v = e.node(m);
    if (v && v.rankdir) {
      let E = new Qe({ multigraph: !0, compound: !0 });
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
        let $ = Us(e, h.v, m), p = Us(e, h.w, m);
        if ($ === h.v && p === h.w) E.setEdge(h, { ...e.edge(h) });
        else if ($ && p && $ !== p) {
          let S = `${$}\0${p}`;
          B.has(S) || (B.add(S), E.setEdge($, p, { ...e.edge(h) }));
        }
      }), du(E, t, n);
      let L = js(E);
      qs(L, t, n, null), Zs(E, L);
      let z = 1 / 0, U = 1 / 0, Y = -1 / 0, V = -1 / 0;
      E.nodes().forEach((h) => {
        if (h === m) return;
        let $ = E.node(h);
        $ && typeof $.x == "number" && typeof $.y == "number" && typeof $.width == "number" && typeof $.height == "number" && (z = Math.min(z, $.x - $.width / 2), Y = Math.max(Y, $.x + $.width / 2), U = Math.min(U, $.y - $.height / 2), V = Math.max(V, $.y + $.height / 2));
      }), (!isFinite(z) || !isFinite(U) || !isFinite(Y) || !isFinite(V)) && (z = U = 0, Y = V = 0);
      let k = Y - z, G = V - U;
      r[m] = { minX: z, minY: U, maxX: Y, maxY: V, width: k, height: G, offsetX: z, offsetY: U }, v._dagreClusterSubgraph = E;
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
    m.forEach((z) => {
      let U = e.node(z);
      U && (A.push({ id: z, node: U, parent: y.get(z) }), e.removeNode(z));
    });
    let B = g.filter(({ edge: z }) => m.includes(z.v) || m.includes(z.w)), L = r[v];
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
  let x = js(e), b = qs(x, t, n, (o = Gs.get(e)) != null ? o : null);
  Gs.set(e, b), Zs(e, x), w.forEach((m) => {
    let v = m.indexOf("\0"), E = m.slice(0, v), A = m.slice(v + 1);
    e.hasEdge(E, A) && e.removeEdge(E, A);
  }), s.forEach(({ clusterId: m, subgraph: v, bounds: E, removedNodes: A, removedEdges: B }) => {
    var L, z;
    let U = e.node(m), Y = (L = U?.x) != null ? L : 0, V = (z = U?.y) != null ? z : 0, k = (E.minX + E.maxX) / 2, G = (E.minY + E.maxY) / 2;
    A.forEach(({ id: h, node: $, parent: p }) => {
      e.setNode(h, $), p !== void 0 && e.setParent(h, p);
    }), B.forEach(({ edge: h, label: $ }) => {
      e.setEdge(h, $);
    }), v.nodes().forEach((h) => {
      if (h === m) return;
      let $ = v.node(h), p = e.node(h);
      p && $ && typeof $.x == "number" && typeof $.y == "number" && (p.x = Y + ($.x - k), p.y = V + ($.y - G));
    }), Ws(e, v, Y - k, V - G), delete U._dagreClusterSubgraph;
  }), i.forEach((m) => {
    var v, E;
    let A = e.node(m), B = r[m];
    if (A && A.rankdir && A._dagreClusterSubgraph && B) {
      let L = A._dagreClusterSubgraph, z = (v = A.x) != null ? v : 0, U = (E = A.y) != null ? E : 0, Y = (B.minX + B.maxX) / 2, V = (B.minY + B.maxY) / 2;
      L.nodes().forEach((k) => {
        if (k === m) return;
        let G = L.node(k), h = e.node(k);
        if (h && G && typeof G.x == "number" && typeof G.y == "number") {
          let $ = G.x - Y, p = G.y - V;
          h.x = z + $, h.y = U + p;
        }
      }), Ws(e, L, z - Y, U - V), delete A._dagreClusterSubgraph;
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
function qs(e, t, n, o = null) {
  var i, r;
  let s = n?.useDynamic !== !1, a = s && (i = o?.graph) != null ? i : null, u = s && (r = o?.rawNodes) != null ? r : null;
  t("    makeSpaceForEdgeLabels", () => s_(e)), t("    removeSelfEdges", () => p_(e)), t("    acyclic", () => H1(e, a)), t("    nestingGraph.run", () => fw(e)), t("    rank", () => iw(Zl(e))), t("    injectEdgeLabelProxies", () => a_(e)), t("    removeEmptyRanks", () => k1(e)), t("    nestingGraph.cleanup", () => pw(e)), t("    normalizeRanks", () => N1(e)), t("    assignRankMinMax", () => l_(e)), t("    removeEdgeLabelProxies", () => u_(e)), t("    normalize.run", () => G1(e)), t("    parentDummyChains", () => lw(e)), t("    addBorderSegments", () => vw(e)), t("    order", () => uu(e, n, u)), t("    insertSelfEdges", () => v_(e)), t("    adjustCoordinateSystem", () => yw(e)), t("    position", () => Kw(e, n.corePath)), t("    positionSelfEdges", () => m_(e));
  let l = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => g_(e)), t("    normalize.undo", () => W1(e)), t("    fixupEdgeLabelCoords", () => f_(e)), t("    undoCoordinateSystem", () => ww(e)), t("    translateGraph", () => c_(e)), t("    assignNodeIntersects", () => d_(e)), t("    reversePoints", () => h_(e)), t("    acyclic.undo", () => Y1(e)), { graph: e, rawNodes: l };
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
var Jw = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], e_ = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, t_ = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], n_ = ["width", "height", "rank"], Ks = { width: 0, height: 0 }, o_ = ["minlen", "weight", "width", "height", "labeloffset"], i_ = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, r_ = ["labelpos"];
function js(e) {
  let t = new Qe({ multigraph: !0, compound: !0 }), n = bi(e.graph());
  return t.setGraph(Object.assign({}, e_, _i(n, Jw), Ro(n, t_))), e.nodes().forEach((o) => {
    let i = bi(e.node(o)), r = _i(i, n_);
    Object.keys(Ks).forEach((a) => {
      r[a] === void 0 && (r[a] = Ks[a]);
    }), t.setNode(o, r);
    let s = e.parent(o);
    s !== void 0 && t.setParent(o, s);
  }), e.edges().forEach((o) => {
    let i = bi(e.edge(o));
    t.setEdge(o, Object.assign({}, i_, _i(i, o_), Ro(i, r_)));
  }), t;
}
function s_(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var o;
    let i = e.edge(n);
    i.minlen *= 2, ((o = i.labelpos) != null ? o : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? i.width += i.labeloffset : i.height += i.labeloffset);
  });
}
function a_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let o = e.node(t.v), i = { rank: (e.node(t.w).rank - o.rank) / 2 + o.rank, e: t };
      an(e, "edge-proxy", i, "_ep");
    }
  });
}
function l_(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let o = e.node(n);
    o.borderTop && (o.minRank = e.node(o.borderTop).rank, o.maxRank = e.node(o.borderBottom).rank, t = Math.max(t, o.maxRank));
  }), e.graph().maxRank = t;
}
function u_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let o = n;
      e.edge(o.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function c_(e) {
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
function d_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), o = e.node(t.v), i = e.node(t.w), r, s;
    n.points ? (r = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], r = i, s = o), n.points.unshift(Ps(o, r)), n.points.push(Ps(i, s));
  });
}
function f_(e) {
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
function h_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function g_(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), o = e.node(n.borderTop), i = e.node(n.borderBottom), r = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - r.x), n.height = Math.abs(i.y - o.y), n.x = r.x + n.width / 2, n.y = o.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function p_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function v_(e) {
  Xn(e).forEach((t) => {
    let n = 0;
    t.forEach((o, i) => {
      let r = e.node(o);
      typeof r.rank != "number" && (r.rank = 0), r.order = i + n, (r.selfEdges || []).forEach((s) => {
        an(e, "selfedge", { width: s.label.width, height: s.label.height, rank: r.rank, order: i + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete r.selfEdges;
    });
  });
}
function m_(e) {
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
function _i(e, t) {
  return Qo(Ro(e, t), Number);
}
function bi(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, o]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = o;
  }), t;
}
function y_(e) {
  let t = Xn(e), n = new Qe({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((o) => {
    n.setNode(o, { label: o }), n.setParent(o, "layer" + e.node(o).rank);
  }), e.edges().forEach((o) => n.setEdge(o.v, o.w, {}, o.name)), t.forEach((o, i) => {
    let r = "layer" + i;
    n.setNode(r, { rank: "same" }), o.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var w_ = { graphlib: Hl, version: O1, layout: Qw, debug: y_, util: { time: M1, notime: Ql } }, Qs = w_;
const __ = {
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
}, Js = {
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
}, ea = ["#26a69a", "#7e57c2", "#ec407a", "#ffa726", "#5c6bc0", "#9ccc65", "#8d6e63"];
function b_(e) {
  return String(e || "").split("[")[0].trim();
}
function _n(e) {
  const t = b_(e);
  if (Js[t]) return Js[t];
  let n = 0;
  for (const o of t) n = n * 31 + o.charCodeAt(0) >>> 0;
  return ea[n % ea.length];
}
function Zi(e) {
  return __[e] || "#607d8b";
}
const E_ = ["data-node-id", "data-block-type", "title"], x_ = { class: "gc-node-id" }, $_ = { class: "gc-node-type" }, N_ = { class: "gc-node-body" }, k_ = ["data-port"], S_ = { class: "gc-port-name" }, C_ = {
  key: 1,
  class: "gc-port gc-in"
}, M_ = ["data-port"], I_ = { class: "gc-port-name" }, T_ = {
  key: 3,
  class: "gc-port gc-out"
}, O_ = {
  key: 0,
  class: "gc-summary"
}, D_ = {
  key: 1,
  class: "gc-node-error"
}, P_ = {
  __name: "BlockNode",
  props: {
    id: { type: String, required: !0 },
    data: { type: Object, required: !0 },
    selected: { type: Boolean, default: !1 }
  },
  setup(e) {
    const t = e, n = ue(() => Zi(t.data.kind)), o = Mt("gcWiring", { handleHint: () => "", keyWire: () => {
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
      class: Fe(["gc-node", { "gc-invalid": e.data.invalid, "gc-selected": e.selected, "gc-unknown": e.data.unknown }]),
      "data-node-id": e.id,
      "data-block-type": e.data.blockType,
      title: e.data.messages.join(`
`)
    }, [
      $e("div", {
        class: "gc-node-header",
        style: Ae({ background: n.value })
      }, [
        $e("span", x_, Pe(e.id), 1),
        $e("span", $_, Pe(e.data.title), 1)
      ], 4),
      $e("div", N_, [
        (Q(!0), le(Ve, null, sn(s.value, (l) => (Q(), le("div", {
          key: l,
          class: "gc-row"
        }, [
          e.data.inputs[l - 1] ? (Q(), le("div", {
            key: 0,
            class: "gc-port gc-in",
            "data-port": `${e.id}.${e.data.inputs[l - 1].name}`
          }, [
            Be(q(en), {
              type: "target",
              id: e.data.inputs[l - 1].name,
              position: q(se).Left,
              class: Fe(["gc-handle", [{ "gc-required": e.data.inputs[l - 1].required }, i(e.data.inputs[l - 1].name, "target")]]),
              tabindex: "0",
              role: "button",
              "aria-label": `input ${e.id}.${e.data.inputs[l - 1].name}, takes ${e.data.inputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.inputs[l - 1].name, "target"),
              style: Ae({ background: q(_n)(e.data.inputs[l - 1].types[0]) }),
              "data-port": `${e.id}.${e.data.inputs[l - 1].name}`,
              title: `${e.data.inputs[l - 1].name}: ${e.data.inputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"]),
            $e("span", S_, Pe(e.data.inputs[l - 1].name), 1),
            $e("span", {
              class: "gc-port-type",
              style: Ae({ color: q(_n)(e.data.inputs[l - 1].types[0]) })
            }, Pe(e.data.inputs[l - 1].label), 5)
          ], 8, k_)) : (Q(), le("div", C_)),
          e.data.outputs[l - 1] ? (Q(), le("div", {
            key: 2,
            class: "gc-port gc-out",
            "data-port": `${e.id}.${e.data.outputs[l - 1].name}`
          }, [
            $e("span", {
              class: "gc-port-type",
              style: Ae({ color: q(_n)(e.data.outputs[l - 1].type) })
            }, Pe(e.data.outputs[l - 1].label), 5),
            $e("span", I_, Pe(e.data.outputs[l - 1].name), 1),
            Be(q(en), {
              type: "source",
              id: e.data.outputs[l - 1].name,
              position: q(se).Right,
              class: Fe(["gc-handle", i(e.data.outputs[l - 1].name, "source")]),
              tabindex: "0",
              role: "button",
              "aria-label": `output ${e.id}.${e.data.outputs[l - 1].name}, gives ${e.data.outputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.outputs[l - 1].name, "source"),
              style: Ae({ background: q(_n)(e.data.outputs[l - 1].type) }),
              "data-port": `${e.id}.${e.data.outputs[l - 1].name}`,
              title: `${e.data.outputs[l - 1].name}: ${e.data.outputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"])
          ], 8, M_)) : (Q(), le("div", T_))
        ]))), 128)),
        e.data.summary ? (Q(), le("div", O_, Pe(e.data.summary), 1)) : Se("", !0),
        e.data.invalid ? (Q(), le("div", D_, Pe(e.data.messages[0]), 1)) : Se("", !0)
      ])
    ], 10, E_));
  }
}, A_ = {
  key: 0,
  class: "gc-empty"
}, z_ = {
  key: 1,
  class: "gc-key-wire",
  role: "status"
}, R_ = {
  key: 0,
  class: "gc-quick-note"
}, B_ = {
  class: "gc-quick-list",
  role: "listbox",
  "aria-label": "Blocks"
}, V_ = ["aria-selected", "data-quick-block", "onMouseenter", "onClick"], L_ = { class: "gc-quick-title" }, H_ = { class: "gc-quick-type" }, F_ = {
  key: 0,
  class: "gc-quick-none"
}, ta = "application/x-gancanvas-block", X_ = {
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
    const o = e, i = n, r = Me(o.flowId), s = { block: bn(P_) }, a = Ie(null), u = Ie(!1), l = ue(() => {
      const D = {}, R = {};
      for (const X of o.issues || []) {
        const H = String(X.path || "").split(".");
        H[0] === "nodes" && H[1] && (D[H[1]] ||= []).push(X.message), H[0] === "edges" && H[1] !== void 0 && (R[H[1]] ||= []).push(X.message);
      }
      return { byNode: D, byEdge: R };
    });
    function c(D, R) {
      return o.shapes[D] || R;
    }
    function d(D) {
      return Object.entries(D || {}).slice(0, 3).map(([X, H]) => `${X}=${JSON.stringify(H)}`).join("  ");
    }
    function f() {
      const D = new Set(o.selection?.nodes || []), R = o.graph.layout || {};
      return (o.graph.nodes || []).map((X, H) => {
        const j = o.catalog[X.type], ge = l.value.byNode[X.id] || [], we = R[X.id] || [40 + H % 5 * 260, 40 + Math.floor(H / 5) * 200];
        return {
          id: X.id,
          type: "block",
          position: { x: we[0], y: we[1] },
          selected: D.has(X.id),
          data: {
            blockType: X.type,
            kind: j ? j.kind : X.type.split(".")[0],
            title: j ? j.title : `${X.type} (unknown)`,
            unknown: !j,
            invalid: ge.length > 0,
            messages: ge,
            summary: d(X.params),
            inputs: (j ? j.inputs : []).map((ke) => {
              const ut = ke.accepts && ke.accepts.length ? ke.accepts : [ke.type];
              return { ...ke, types: ut, label: c(`${X.id}.${ke.name}`, ut.join("|")) };
            }),
            outputs: (j ? j.outputs : []).map((ke) => ({
              ...ke,
              label: c(`${X.id}.${ke.name}`, ke.type)
            }))
          }
        };
      });
    }
    function g(D, R) {
      const X = (o.graph.nodes || []).find((ge) => ge.id === D), H = X && o.catalog[X.type], j = H && H.outputs.find((ge) => ge.name === R);
      return j ? j.type : "";
    }
    function y() {
      const D = new Set(o.selection?.edges || []);
      return (o.graph.edges || []).map((R, X) => {
        const [H, ...j] = R.from.split("."), [ge, ...we] = R.to.split("."), ke = l.value.byEdge[String(X)] || [], ut = ke.length ? "#e53935" : _n(g(H, j.join(".")));
        return {
          id: `e${X}:${R.from}->${R.to}`,
          source: H,
          target: ge,
          sourceHandle: j.join("."),
          targetHandle: we.join("."),
          selected: D.has(X),
          class: ke.length ? "gc-edge-invalid" : "",
          style: { stroke: ut, strokeWidth: ke.length ? 3 : 2 },
          markerEnd: { type: No.ArrowClosed, color: ut },
          label: ke.length ? "!" : void 0,
          data: { index: X, messages: ke, from: R.from, to: R.to }
        };
      });
    }
    const w = Ie([]), x = Ie([]);
    function b() {
      w.value = f(), x.value = y(), Ue(() => r.updateNodeInternals(w.value.map((D) => D.id)));
    }
    xe(() => [o.graph, o.catalog, o.issues, o.selection, o.shapes], b, {
      deep: !0,
      immediate: !0
    });
    const m = Ei({ from: null, tip: "", x: 0, y: 0, keyboard: !1 });
    let v = !1, E = { x: 0, y: 0, inside: !1 };
    function A(D) {
      const R = (o.graph.nodes || []).find((X) => X.id === D);
      return R ? o.catalog[R.type] : null;
    }
    function B(D, R, X) {
      const H = A(D);
      return H && (X === "source" ? H.outputs : H.inputs).find((j) => j.name === R) || null;
    }
    function L(D) {
      return D.accepts && D.accepts.length ? D.accepts : [D.type];
    }
    function z(D, R, X, H) {
      if (!D) return "";
      const j = `${D.node}.${D.handle}`, ge = `${R}.${X}`;
      if (D.type === H)
        return `${j} and ${ge} are both ${H === "target" ? "inputs" : "outputs"}: a wire runs from an output (right side) to an input (left side)`;
      const we = D.type === "source" ? D : { node: R, handle: X }, ke = D.type === "source" ? { node: R, handle: X } : D;
      if (we.node === ke.node) return "a block cannot be wired to itself";
      const ut = B(we.node, we.handle, "source"), Gn = B(ke.node, ke.handle, "target");
      if (!ut || !Gn) return "";
      const ei = `${we.node}.${we.handle}`, ln = `${ke.node}.${ke.handle}`;
      if (!L(Gn).includes(ut.type)) return `${ln} takes ${L(Gn).join(" or ")}, not ${ut.type} (${ei})`;
      const Nr = o.graph.edges || [];
      return Nr.some((un) => un.from === ei && un.to === ln) ? `${ei} is already wired to ${ln}` : !Gn.multiple && Nr.some((un) => un.to === ln) ? `${ln} already has a wire (it takes one)` : "";
    }
    function U(D, R, X) {
      const H = m.from;
      return H ? H.node === D && H.handle === R && H.type === X ? "from" : z(H, D, R, X) ? "unfit" : "fit" : "";
    }
    function Y(D, R, X) {
      const j = r.findNode(D)?.handleBounds || {}, ge = (j.source || []).some((ke) => ke.id === R), we = (j.target || []).some((ke) => ke.id === R);
      return ge && !we ? "source" : we && !ge || X === "source" ? "target" : "source";
    }
    function V(D) {
      const R = m.from;
      if (!R) return !0;
      const X = R.type === "source" ? [D.target, D.targetHandle] : [D.source, D.sourceHandle], H = z(R, X[0], X[1], Y(X[0], X[1], R.type));
      return m.tip = H, !H;
    }
    function k({ nodeId: D, handleId: R, handleType: X }) {
      v = !1, m.keyboard = !1, m.tip = "", m.from = { node: D, handle: R, type: X };
    }
    function G(D) {
      const R = a.value?.getBoundingClientRect();
      if (R && (E = { x: D.clientX - R.left, y: D.clientY - R.top, inside: !0, cx: D.clientX, cy: D.clientY }), !m.from || m.keyboard) return;
      m.x = E.x, m.y = E.y, document.elementFromPoint(D.clientX, D.clientY)?.closest?.(".vue-flow__handle") || (m.tip = "");
    }
    function h(D) {
      v = !0, i("connect", { source: `${D.source}.${D.sourceHandle}`, target: `${D.target}.${D.targetHandle}` });
    }
    function $(D) {
      const R = m.from, X = m.tip;
      if (m.from = null, m.tip = "", v || !R || m.keyboard) return;
      if (X) {
        i("refused", { reason: X });
        return;
      }
      const H = D?.clientX ?? E.cx, j = D?.clientY ?? E.cy, ge = document.elementFromPoint(H, j);
      ge?.closest?.(".vue-flow__node, .vue-flow__handle, .vue-flow__controls, .vue-flow__minimap") || ge?.closest?.(".vue-flow") && Z(H, j, R);
    }
    function p(D, R, X) {
      const H = m.from;
      if (!H || !m.keyboard) {
        m.from = { node: D, handle: R, type: X }, m.keyboard = !0, m.tip = "";
        return;
      }
      if (m.from = null, m.keyboard = !1, H.node === D && H.handle === R && H.type === X) return;
      const j = z(H, D, R, X);
      if (j) {
        i("refused", { reason: j });
        return;
      }
      const ge = `${H.node}.${H.handle}`, we = `${D}.${R}`;
      i("connect", H.type === "source" ? { source: ge, target: we } : { source: we, target: ge });
    }
    kt("gcWiring", { handleHint: U, keyWire: p, wiring: m });
    const S = Ei({ open: !1, x: 0, y: 0, flowX: 0, flowY: 0, text: "", index: 0, wire: null }), M = Ie(null);
    function P(D, R) {
      if (!R) return !0;
      if (R.type === "source") {
        const H = B(R.node, R.handle, "source");
        return !!H && D.inputs.some((j) => L(j).includes(H.type));
      }
      const X = B(R.node, R.handle, "target");
      return !!X && D.outputs.some((H) => L(X).includes(H.type));
    }
    const T = ue(() => {
      if (!S.open) return [];
      const D = S.text.toLowerCase().split(/\s+/).filter(Boolean), R = [];
      for (const [X, H] of Object.entries(o.catalog)) {
        if (!P(H, S.wire)) continue;
        const j = `${X} ${H.title} ${H.kind}`.toLowerCase();
        D.every((ge) => j.includes(ge)) && R.push({ type: X, title: H.title, kind: H.kind });
      }
      return R.slice(0, 40);
    });
    let F = 0;
    function Z(D, R, X = null) {
      F = performance.now();
      const H = a.value.getBoundingClientRect(), j = r.screenToFlowCoordinate({ x: D, y: R });
      Object.assign(S, {
        open: !0,
        x: Math.min(Math.max(D - H.left, 4), Math.max(H.width - 330, 4)),
        y: Math.min(Math.max(R - H.top, 4), Math.max(H.height - 330, 4)),
        flowX: Math.round(j.x),
        flowY: Math.round(j.y),
        text: "",
        index: 0,
        wire: X
      }), Ue(() => M.value?.focus());
    }
    function oe() {
      S.open = !1, S.wire = null, a.value?.focus();
    }
    function re(D) {
      if (!D) return;
      const R = S.wire ? { port: `${S.wire.node}.${S.wire.handle}`, side: S.wire.type } : null;
      i("add", { type: D.type, x: S.flowX, y: S.flowY, wire: R }), oe();
    }
    function W(D) {
      const R = T.value.length;
      if (D.key === "Escape") oe();
      else if (D.key === "ArrowDown") S.index = R ? (S.index + 1) % R : 0;
      else if (D.key === "ArrowUp") S.index = R ? (S.index - 1 + R) % R : 0;
      else if (D.key === "Enter") re(T.value[S.index]);
      else return;
      D.preventDefault(), D.stopPropagation();
    }
    xe(() => S.text, () => S.index = 0);
    function K(D) {
      D.target?.closest?.(".vue-flow__node, .vue-flow__edge, .vue-flow__controls, .vue-flow__minimap, .gc-quick") || Z(D.clientX, D.clientY);
    }
    function ee(D, R) {
      for (const X of document.elementsFromPoint(D, R)) {
        const H = X.closest?.(".vue-flow__edge");
        if (!H) continue;
        const j = /^e(\d+):/.exec(H.getAttribute("data-id") || "");
        if (j) return Number(j[1]);
      }
      return null;
    }
    function fe(D) {
      return (o.graph.edges || []).some((R) => R.from.split(".")[0] === D || R.to.split(".")[0] === D);
    }
    function ye(D) {
      const R = {};
      for (const H of D.nodes || [D.node])
        R[H.id] = [Math.round(H.position.x), Math.round(H.position.y)];
      i("move", { positions: R });
      const X = D.nodes || [D.node];
      if (X.length === 1 && !fe(X[0].id)) {
        const j = a.value?.querySelector(`.vue-flow__node[data-id="${X[0].id}"]`)?.getBoundingClientRect(), ge = j ? ee(j.left + j.width / 2, j.top + j.height / 2) : null;
        ge !== null && i("insert", { node: X[0].id, edge: ge });
      }
    }
    function pe() {
      return {
        nodes: r.getSelectedNodes.value.map((D) => D.id),
        edges: r.getSelectedEdges.value.map((D) => D.data.index)
      };
    }
    function _e({ node: D }) {
      i("select", { nodes: [D.id], edges: [] });
    }
    function ce({ edge: D }) {
      i("select", { nodes: [], edges: [D.data.index] });
    }
    function he() {
      S.open && performance.now() - F > 400 && oe(), i("select", { nodes: [], edges: [] });
    }
    function N() {
      Ue(() => i("select", pe()));
    }
    function _(D) {
      if (D.defaultPrevented) return;
      const R = D.target, X = R && R.tagName || "";
      if (["INPUT", "TEXTAREA", "SELECT"].includes(X) || R?.isContentEditable || R?.closest && R.closest(".q-dialog, .q-menu")) return;
      const H = D.ctrlKey || D.metaKey, j = D.key.toLowerCase();
      if (j === "escape" && m.keyboard) {
        m.from = null, m.keyboard = !1;
        return;
      }
      if (!H && (j === "/" || j === " ") && !R?.closest?.(".vue-flow__handle, button, a")) {
        D.preventDefault();
        const we = a.value.getBoundingClientRect(), ke = E.inside && E.cx >= we.left && E.cx <= we.right && E.cy >= we.top && E.cy <= we.bottom;
        Z(ke ? E.cx : we.left + we.width / 2, ke ? E.cy : we.top + we.height / 3);
        return;
      }
      if (!H && j.startsWith("arrow") && C(j, D.shiftKey ? 50 : 10)) {
        D.preventDefault();
        return;
      }
      let ge = null;
      if (j === "delete" || j === "backspace" ? ge = "delete" : H && j === "z" && !D.shiftKey ? ge = "undo" : H && (j === "y" || j === "z" && D.shiftKey) ? ge = "redo" : H && j === "c" ? ge = "copy" : H && j === "v" ? ge = "paste" : H && j === "x" ? ge = "cut" : H && j === "d" ? ge = "duplicate" : H && j === "a" ? ge = "select_all" : H && j === "s" ? ge = "save" : !H && j === "f" ? ge = "fit" : !H && j === "l" && (ge = "layout"), !!ge) {
        if (D.preventDefault(), ge === "fit") return J();
        if (ge === "layout") return ie();
        if (ge === "select_all") {
          i("select", { nodes: (o.graph.nodes || []).map((we) => we.id), edges: [] });
          return;
        }
        i("shortcut", { action: ge, ...pe() });
      }
    }
    function C(D, R) {
      const X = r.getSelectedNodes.value;
      if (!X.length) return !1;
      const H = D === "arrowleft" ? -R : D === "arrowright" ? R : 0, j = D === "arrowup" ? -R : D === "arrowdown" ? R : 0, ge = {};
      for (const we of X)
        we.position = { x: Math.round(we.position.x + H), y: Math.round(we.position.y + j) }, ge[we.id] = [we.position.x, we.position.y];
      return i("move", { positions: ge }), !0;
    }
    yt(() => {
      document.addEventListener("keydown", _), document.addEventListener("mousemove", G);
    }), Ki(() => {
      document.removeEventListener("keydown", _), document.removeEventListener("mousemove", G);
    });
    function O(D) {
      D.preventDefault();
      const R = Array.from(D.dataTransfer?.types || []);
      u.value = R.includes(ta) || R.includes("Files"), D.dataTransfer && (D.dataTransfer.dropEffect = R.includes("Files") ? "copy" : "move");
    }
    function I() {
      u.value = !1;
    }
    async function te(D) {
      D.preventDefault(), u.value = !1;
      const R = D.dataTransfer;
      if (!R) return;
      const X = R.getData(ta);
      if (X) {
        const j = r.screenToFlowCoordinate({ x: D.clientX, y: D.clientY }), ge = ee(D.clientX, D.clientY);
        i("add", { type: X, x: Math.round(j.x), y: Math.round(j.y), edge: ge });
        return;
      }
      const H = R.files && R.files[0];
      if (H) {
        const j = H.size > 5e6 ? "" : await H.text();
        i("file", { name: H.name, text: j, size: H.size });
      }
    }
    function J() {
      r.fitView({ padding: 0.15, duration: 0 });
    }
    function ae(D) {
      const R = new Set(D), X = r.getNodes.value.filter((H) => R.has(H.id));
      X.length && r.fitView({ nodes: X.map((H) => H.id), padding: 0.6, maxZoom: 1.2, duration: 200 });
    }
    function ie() {
      const D = new Qs.graphlib.Graph();
      D.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 70, marginx: 20, marginy: 20 }), D.setDefaultEdgeLabel(() => ({}));
      for (const X of r.getNodes.value) {
        const H = X.dimensions || {};
        D.setNode(X.id, { width: H.width || 220, height: H.height || 120 });
      }
      for (const X of r.getEdges.value) D.setEdge(X.source, X.target);
      Qs.layout(D);
      const R = {};
      for (const X of r.getNodes.value) {
        const H = D.node(X.id), j = X.dimensions || {};
        R[X.id] = [Math.round(H.x - (j.width || 220) / 2), Math.round(H.y - (j.height || 120) / 2)];
      }
      return i("layout", { positions: R }), setTimeout(J, 50), R;
    }
    function de() {
      return r.getViewport();
    }
    function ve() {
      J(), window.__gancanvasPaneReady = performance.now(), w.value.length || (window.__gancanvasReady = window.__gancanvasPaneReady);
    }
    function be() {
      const D = window.__gancanvasReady === void 0;
      window.__gancanvasReady = performance.now(), window.__gancanvasNodes = r.getNodes.value.length, D && (J(), i("ready", { t: window.__gancanvasReady, nodes: window.__gancanvasNodes }));
    }
    t({ fitView: J, focus: ae, autoLayout: ie, getViewport: de });
    const Je = ue(() => ({ stroke: "#90a4ae", strokeWidth: 2 })), Ge = (D) => Zi(D.data?.kind);
    return (D, R) => (Q(), le("div", {
      ref_key: "root",
      ref: a,
      class: Fe(["gc-canvas", { "gc-drop-active": u.value }]),
      tabindex: "0",
      onDragover: O,
      onDragleave: I,
      onDrop: te,
      onDblclick: K
    }, [
      Be(q(Mp), {
        id: e.flowId,
        nodes: w.value,
        edges: x.value,
        "node-types": s,
        "delete-key-code": null,
        "selection-key-code": "Shift",
        "multi-selection-key-code": "Control",
        "connection-line-style": Je.value,
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
        onNodeDragStop: ye,
        onNodeClick: _e,
        onEdgeClick: ce,
        onPaneClick: he,
        onSelectionEnd: N,
        onPaneReady: ve,
        onNodesInitialized: be
      }, {
        default: nt(() => [
          Be(q(Rp), {
            "pattern-color": "#cfd8dc",
            gap: 18
          }),
          Be(q(gv), { "show-interactive": !1 }),
          Be(q(Ky), {
            pannable: "",
            zoomable: "",
            width: 170,
            height: 110,
            "node-color": Ge
          }),
          (e.graph.nodes || []).length ? Se("", !0) : (Q(), le("div", A_, [...R[4] || (R[4] = [
            xi(" Drag blocks here from the palette, or drop a graph JSON file.", -1),
            $e("br", null, null, -1),
            xi(" Double-click (or press /) to search for a block. ", -1)
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
      m.keyboard && m.from ? (Q(), le("div", z_, " Wiring from " + Pe(m.from.node) + "." + Pe(m.from.handle) + ": focus a port (Tab) and press Enter · Esc cancels ", 1)) : Se("", !0),
      S.open ? (Q(), le("div", {
        key: 2,
        class: "gc-quick",
        role: "dialog",
        "aria-label": "Add a block",
        style: Ae({ left: `${S.x}px`, top: `${S.y}px` }),
        onMousedown: R[1] || (R[1] = ti(() => {
        }, ["stop"])),
        onDblclick: R[2] || (R[2] = ti(() => {
        }, ["stop"])),
        onWheel: R[3] || (R[3] = ti(() => {
        }, ["stop"]))
      }, [
        bu($e("input", {
          ref_key: "quickInput",
          ref: M,
          "onUpdate:modelValue": R[0] || (R[0] = (X) => S.text = X),
          class: "gc-quick-input",
          placeholder: "Search blocks…",
          "aria-label": "Search blocks",
          "data-testid": "quick-add-input",
          onKeydown: W
        }, null, 544), [
          [Eu, S.text]
        ]),
        S.wire ? (Q(), le("div", R_, " blocks that fit " + Pe(S.wire.node) + "." + Pe(S.wire.handle), 1)) : Se("", !0),
        $e("div", B_, [
          (Q(!0), le(Ve, null, sn(T.value, (X, H) => (Q(), le("div", {
            key: X.type,
            class: Fe(["gc-quick-item", { "gc-active": H === S.index }]),
            role: "option",
            "aria-selected": H === S.index,
            "data-quick-block": X.type,
            onMouseenter: (j) => S.index = H,
            onClick: (j) => re(X)
          }, [
            $e("span", {
              class: "gc-quick-dot",
              style: Ae({ background: q(Zi)(X.kind) })
            }, null, 4),
            $e("span", L_, Pe(X.title), 1),
            $e("span", H_, Pe(X.type), 1)
          ], 42, V_))), 128)),
          T.value.length ? Se("", !0) : (Q(), le("div", F_, "no block matches"))
        ])
      ], 36)) : Se("", !0)
    ], 34));
  }
};
export {
  X_ as GanCanvas,
  __ as KIND_COLORS,
  Zi as kindColor,
  _n as typeColor
};
