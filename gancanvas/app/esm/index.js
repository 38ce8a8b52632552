import { getCurrentScope as aa, inject as Ot, effectScope as la, watch as $e, provide as Mt, getCurrentInstance as cn, defineComponent as Se, useSlots as ua, onUnmounted as Eu, openBlock as Q, createElementBlock as le, unref as K, createVNode as Ve, withCtx as Ke, renderSlot as Te, reactive as Ni, computed as ae, onScopeDispose as fo, createPropsRestProxy as xu, toRef as xe, ref as Ie, onMounted as _t, normalizeClass as Ge, nextTick as Xe, onBeforeMount as $u, shallowRef as Ct, createElementVNode as be, Fragment as He, renderList as Yt, normalizeStyle as De, onBeforeUnmount as er, isMemoSame as ku, createBlock as Re, createCommentVNode as ke, toDisplayString as Pe, isRef as tr, toRefs as Nu, customRef as Su, toValue as we, resolveComponent as ca, h as Ne, useAttrs as nr, mergeProps as Eo, resolveDynamicComponent as Pt, createTextVNode as Si, markRaw as $n, readonly as Cu, watchEffect as Mu, normalizeProps as Iu, withModifiers as kn, withDirectives as Tu, vModelText as Ou } from "vue";
function Mn(e) {
  return aa() ? (fo(e), !0) : !1;
}
function gt(e) {
  return typeof e == "function" ? e() : K(e);
}
const Du = typeof window < "u" && typeof document < "u", Pu = (e) => typeof e < "u", Au = Object.prototype.toString, zu = (e) => Au.call(e) === "[object Object]", Ru = () => {
};
function Bu(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const da = (e) => e();
function Vu(e = da) {
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
  return { isActive: Cu(t), pause: n, resume: o, eventFilter: i };
}
function Ir(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Lu(e, t, n = {}) {
  const {
    eventFilter: o = da,
    ...i
  } = n;
  return $e(
    e,
    Bu(
      o,
      t
    ),
    i
  );
}
function Kt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: s, resume: a, isActive: u } = Vu(o);
  return { stop: Lu(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: u };
}
function Hu(e, t = {}) {
  if (!tr(e))
    return Nu(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Su(() => ({
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
function Ci(e, t = !1) {
  function n(d, { flush: f = "sync", deep: h = !1, timeout: m, throwOnTimeout: w } = {}) {
    let b = null;
    const x = [new Promise((v) => {
      b = $e(
        e,
        (E) => {
          d(E) !== t && (b?.(), v(E));
        },
        {
          flush: f,
          deep: h,
          immediate: !0
        }
      );
    })];
    return m != null && x.push(
      Ir(m, w).then(() => gt(e)).finally(() => b?.())
    ), Promise.race(x);
  }
  function o(d, f) {
    if (!tr(d))
      return n((E) => E === d, f);
    const { flush: h = "sync", deep: m = !1, timeout: w, throwOnTimeout: b } = f ?? {};
    let y = null;
    const v = [new Promise((E) => {
      y = $e(
        [e, d],
        ([R, L]) => {
          t !== (R === L) && (y?.(), E(R));
        },
        {
          flush: h,
          deep: m,
          immediate: !0
        }
      );
    })];
    return w != null && v.push(
      Ir(w, b).then(() => gt(e)).finally(() => (y?.(), gt(e)))
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
    return n((h) => {
      const m = Array.from(h);
      return m.includes(d) || m.includes(gt(d));
    }, f);
  }
  function l(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let h = -1;
    return n(() => (h += 1, h >= d), f);
  }
  return Array.isArray(gt(e)) ? {
    toMatch: n,
    toContains: u,
    changed: l,
    changedTimes: c,
    get not() {
      return Ci(e, !t);
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
      return Ci(e, !t);
    }
  };
}
function Mi(e) {
  return Ci(e);
}
function Fu(e) {
  var t;
  const n = gt(e);
  return (t = n?.$el) != null ? t : n;
}
const fa = Du ? window : void 0;
function ha(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = fa) : [t, n, o, i] = e, !t)
    return Ru;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, h) => (c.addEventListener(d, f, h), () => c.removeEventListener(d, f, h)), u = $e(
    () => [Fu(t), gt(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = zu(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((h) => o.map((m) => a(c, h, m, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), l = () => {
    u(), s();
  };
  return Mn(l), l;
}
function Yu(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function Tr(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = fa,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, u = Yu(t);
  return ha(i, r, (c) => {
    c.repeat && gt(a) || u(c) && n(c);
  }, s);
}
function Xu(e) {
  return JSON.parse(JSON.stringify(e));
}
function si(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: a = !1,
    passive: u = !1,
    eventName: l,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, h = cn(), m = n || h?.emit || ((i = h?.$emit) == null ? void 0 : i.bind(h)) || ((s = (r = h?.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(h?.proxy));
  let w = l;
  t || (t = "modelValue"), w = w || `update:${t.toString()}`;
  const b = (v) => a ? typeof a == "function" ? a(v) : Xu(v) : v, y = () => Pu(e[t]) ? b(e[t]) : d, x = (v) => {
    f ? f(v) && m(w, v) : m(w, v);
  };
  if (u) {
    const v = y(), E = Ie(v);
    let R = !1;
    return $e(
      () => e[t],
      (L) => {
        R || (R = !0, E.value = b(L), Xe(() => R = !1));
      }
    ), $e(
      E,
      (L) => {
        !R && (L !== e[t] || c) && x(L);
      },
      { deep: c }
    ), E;
  } else
    return ae({
      get() {
        return y();
      },
      set(v) {
        x(v);
      }
    });
}
var Gu = { value: () => {
} };
function Yo() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new ho(n);
}
function ho(e) {
  this._ = e;
}
function Uu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
ho.prototype = Yo.prototype = {
  constructor: ho,
  on: function(e, t) {
    var n = this._, o = Uu(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = qu(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = Or(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = Or(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new ho(e);
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
function qu(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Or(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Gu, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Ii = "http://www.w3.org/1999/xhtml";
const Dr = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ii,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Xo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Dr.hasOwnProperty(t) ? { space: Dr[t], local: e } : e;
}
function Wu(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ii && t.documentElement.namespaceURI === Ii ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Ku(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ga(e) {
  var t = Xo(e);
  return (t.local ? Ku : Wu)(t);
}
function Zu() {
}
function or(e) {
  return e == null ? Zu : function() {
    return this.querySelector(e);
  };
}
function ju(e) {
  typeof e != "function" && (e = or(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new Ue(o, this._parents);
}
function Qu(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Ju() {
  return [];
}
function pa(e) {
  return e == null ? Ju : function() {
    return this.querySelectorAll(e);
  };
}
function ec(e) {
  return function() {
    return Qu(e.apply(this, arguments));
  };
}
function tc(e) {
  typeof e == "function" ? e = ec(e) : e = pa(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new Ue(o, i);
}
function va(e) {
  return function() {
    return this.matches(e);
  };
}
function ma(e) {
  return function(t) {
    return t.matches(e);
  };
}
var nc = Array.prototype.find;
function oc(e) {
  return function() {
    return nc.call(this.children, e);
  };
}
function ic() {
  return this.firstElementChild;
}
function rc(e) {
  return this.select(e == null ? ic : oc(typeof e == "function" ? e : ma(e)));
}
var sc = Array.prototype.filter;
function ac() {
  return Array.from(this.children);
}
function lc(e) {
  return function() {
    return sc.call(this.children, e);
  };
}
function uc(e) {
  return this.selectAll(e == null ? ac : lc(typeof e == "function" ? e : ma(e)));
}
function cc(e) {
  typeof e != "function" && (e = va(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new Ue(o, this._parents);
}
function ya(e) {
  return new Array(e.length);
}
function dc() {
  return new Ue(this._enter || this._groups.map(ya), this._parents);
}
function xo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
xo.prototype = {
  constructor: xo,
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
function fc(e) {
  return function() {
    return e;
  };
}
function hc(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new xo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function gc(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = h = s.call(u, u.__data__, a, t) + "", l.has(h) ? i[a] = u : l.set(h, u));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (u = l.get(h)) ? (o[a] = u, u.__data__ = r[a], l.delete(h)) : n[a] = new xo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function pc(e) {
  return e.__data__;
}
function vc(e, t) {
  if (!arguments.length)
    return Array.from(this, pc);
  var n = t ? gc : hc, o = this._parents, i = this._groups;
  typeof e != "function" && (e = fc(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, h = mc(e.call(c, c && c.__data__, l, o)), m = h.length, w = a[l] = new Array(m), b = s[l] = new Array(m), y = u[l] = new Array(f);
    n(c, d, w, b, y, h, t);
    for (var x = 0, v = 0, E, R; x < m; ++x)
      if (E = w[x]) {
        for (x >= v && (v = x + 1); !(R = b[v]) && ++v < m; )
          ;
        E._next = R || null;
      }
  }
  return s = new Ue(s, o), s._enter = a, s._exit = u, s;
}
function mc(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function yc() {
  return new Ue(this._exit || this._groups.map(ya), this._parents);
}
function wc(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function _c(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), h, m = 0; m < d; ++m)
      (h = l[m] || c[m]) && (f[m] = h);
  for (; u < i; ++u)
    a[u] = n[u];
  return new Ue(a, this._parents);
}
function bc() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function Ec(e) {
  e || (e = xc);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, u = i[r] = new Array(a), l, c = 0; c < a; ++c)
      (l = s[c]) && (u[c] = l);
    u.sort(t);
  }
  return new Ue(i, this._parents).order();
}
function xc(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function $c() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function kc() {
  return Array.from(this);
}
function Nc() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function Sc() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Cc() {
  return !this.node();
}
function Mc(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Ic(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Tc(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Oc(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Dc(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Pc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Ac(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function zc(e, t) {
  var n = Xo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Tc : Ic : typeof t == "function" ? n.local ? Ac : Pc : n.local ? Dc : Oc)(n, t));
}
function wa(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Rc(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Bc(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Vc(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Lc(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Rc : typeof t == "function" ? Vc : Bc)(e, t, n ?? "")) : tn(this.node(), e);
}
function tn(e, t) {
  return e.style.getPropertyValue(t) || wa(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Hc(e) {
  return function() {
    delete this[e];
  };
}
function Fc(e, t) {
  return function() {
    this[e] = t;
  };
}
function Yc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Xc(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Hc : typeof t == "function" ? Yc : Fc)(e, t)) : this.node()[e];
}
function _a(e) {
  return e.trim().split(/^|\s+/);
}
function ir(e) {
  return e.classList || new ba(e);
}
function ba(e) {
  this._node = e, this._names = _a(e.getAttribute("class") || "");
}
ba.prototype = {
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
function Ea(e, t) {
  for (var n = ir(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function xa(e, t) {
  for (var n = ir(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function Gc(e) {
  return function() {
    Ea(this, e);
  };
}
function Uc(e) {
  return function() {
    xa(this, e);
  };
}
function qc(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ea : xa)(this, e);
  };
}
function Wc(e, t) {
  var n = _a(e + "");
  if (arguments.length < 2) {
    for (var o = ir(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? qc : t ? Gc : Uc)(n, t));
}
function Kc() {
  this.textContent = "";
}
function Zc(e) {
  return function() {
    this.textContent = e;
  };
}
function jc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Qc(e) {
  return arguments.length ? this.each(e == null ? Kc : (typeof e == "function" ? jc : Zc)(e)) : this.node().textContent;
}
function Jc() {
  this.innerHTML = "";
}
function ed(e) {
  return function() {
    this.innerHTML = e;
  };
}
function td(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function nd(e) {
  return arguments.length ? this.each(e == null ? Jc : (typeof e == "function" ? td : ed)(e)) : this.node().innerHTML;
}
function od() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function id() {
  return this.each(od);
}
function rd() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function sd() {
  return this.each(rd);
}
function ad(e) {
  var t = typeof e == "function" ? e : ga(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function ld() {
  return null;
}
function ud(e, t) {
  var n = typeof e == "function" ? e : ga(e), o = t == null ? ld : typeof t == "function" ? t : or(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function cd() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function dd() {
  return this.each(cd);
}
function fd() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function hd() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function gd(e) {
  return this.select(e ? hd : fd);
}
function pd(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function vd(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function md(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function yd(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function wd(e, t, n) {
  return function() {
    var o = this.__on, i, r = vd(t);
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
function _d(e, t, n) {
  var o = md(e + ""), i, r = o.length, s;
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
  for (a = t ? wd : yd, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function $a(e, t, n) {
  var o = wa(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function bd(e, t) {
  return function() {
    return $a(this, e, t);
  };
}
function Ed(e, t) {
  return function() {
    return $a(this, e, t.apply(this, arguments));
  };
}
function xd(e, t) {
  return this.each((typeof t == "function" ? Ed : bd)(e, t));
}
function* $d() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var ka = [null];
function Ue(e, t) {
  this._groups = e, this._parents = t;
}
function Yn() {
  return new Ue([[document.documentElement]], ka);
}
function kd() {
  return this;
}
Ue.prototype = Yn.prototype = {
  constructor: Ue,
  select: ju,
  selectAll: tc,
  selectChild: rc,
  selectChildren: uc,
  filter: cc,
  data: vc,
  enter: dc,
  exit: yc,
  join: wc,
  merge: _c,
  selection: kd,
  order: bc,
  sort: Ec,
  call: $c,
  nodes: kc,
  node: Nc,
  size: Sc,
  empty: Cc,
  each: Mc,
  attr: zc,
  style: Lc,
  property: Xc,
  classed: Wc,
  text: Qc,
  html: nd,
  raise: id,
  lower: sd,
  append: ad,
  insert: ud,
  remove: dd,
  clone: gd,
  datum: pd,
  on: _d,
  dispatch: xd,
  [Symbol.iterator]: $d
};
function Ze(e) {
  return typeof e == "string" ? new Ue([[document.querySelector(e)]], [document.documentElement]) : new Ue([[e]], ka);
}
function Nd(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function it(e, t) {
  if (e = Nd(e), t === void 0 && (t = e.currentTarget), t) {
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
const Sd = { passive: !1 }, In = { capture: !0, passive: !1 };
function ai(e) {
  e.stopImmediatePropagation();
}
function jt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Na(e) {
  var t = e.document.documentElement, n = Ze(e).on("dragstart.drag", jt, In);
  "onselectstart" in t ? n.on("selectstart.drag", jt, In) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Sa(e, t) {
  var n = e.document.documentElement, o = Ze(e).on("dragstart.drag", null);
  t && (o.on("click.drag", jt, In), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Zn = (e) => () => e;
function Ti(e, {
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
Ti.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Cd(e) {
  return !e.ctrlKey && !e.button;
}
function Md() {
  return this.parentNode;
}
function Id(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Td() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Od() {
  var e = Cd, t = Md, n = Id, o = Td, i = {}, r = Yo("start", "drag", "end"), s = 0, a, u, l, c, d = 0;
  function f(E) {
    E.on("mousedown.drag", h).filter(o).on("touchstart.drag", b).on("touchmove.drag", y, Sd).on("touchend.drag touchcancel.drag", x).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(E, R) {
    if (!(c || !e.call(this, E, R))) {
      var L = v(this, t.call(this, E, R), E, R, "mouse");
      L && (Ze(E.view).on("mousemove.drag", m, In).on("mouseup.drag", w, In), Na(E.view), ai(E), l = !1, a = E.clientX, u = E.clientY, L("start", E));
    }
  }
  function m(E) {
    if (jt(E), !l) {
      var R = E.clientX - a, L = E.clientY - u;
      l = R * R + L * L > d;
    }
    i.mouse("drag", E);
  }
  function w(E) {
    Ze(E.view).on("mousemove.drag mouseup.drag", null), Sa(E.view, l), jt(E), i.mouse("end", E);
  }
  function b(E, R) {
    if (e.call(this, E, R)) {
      var L = E.changedTouches, Y = t.call(this, E, R), I = L.length, q, H;
      for (q = 0; q < I; ++q)
        (H = v(this, Y, E, R, L[q].identifier, L[q])) && (ai(E), H("start", E, L[q]));
    }
  }
  function y(E) {
    var R = E.changedTouches, L = R.length, Y, I;
    for (Y = 0; Y < L; ++Y)
      (I = i[R[Y].identifier]) && (jt(E), I("drag", E, R[Y]));
  }
  function x(E) {
    var R = E.changedTouches, L = R.length, Y, I;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), Y = 0; Y < L; ++Y)
      (I = i[R[Y].identifier]) && (ai(E), I("end", E, R[Y]));
  }
  function v(E, R, L, Y, I, q) {
    var H = r.copy(), F = it(q || L, R), N, U, g;
    if ((g = n.call(E, new Ti("beforestart", {
      sourceEvent: L,
      target: f,
      identifier: I,
      active: s,
      x: F[0],
      y: F[1],
      dx: 0,
      dy: 0,
      dispatch: H
    }), Y)) != null)
      return N = g.x - F[0] || 0, U = g.y - F[1] || 0, function $(p, O, M) {
        var z = F, D;
        switch (p) {
          case "start":
            i[I] = $, D = s++;
            break;
          case "end":
            delete i[I], --s;
          case "drag":
            F = it(M || O, R), D = s;
            break;
        }
        H.call(
          p,
          E,
          new Ti(p, {
            sourceEvent: O,
            subject: g,
            target: f,
            identifier: I,
            active: D,
            x: F[0] + N,
            y: F[1] + U,
            dx: F[0] - z[0],
            dy: F[1] - z[1],
            dispatch: H
          }),
          Y
        );
      };
  }
  return f.filter = function(E) {
    return arguments.length ? (e = typeof E == "function" ? E : Zn(!!E), f) : e;
  }, f.container = function(E) {
    return arguments.length ? (t = typeof E == "function" ? E : Zn(E), f) : t;
  }, f.subject = function(E) {
    return arguments.length ? (n = typeof E == "function" ? E : Zn(E), f) : n;
  }, f.touchable = function(E) {
    return arguments.length ? (o = typeof E == "function" ? E : Zn(!!E), f) : o;
  }, f.on = function() {
    var E = r.on.apply(r, arguments);
    return E === r ? f : E;
  }, f.clickDistance = function(E) {
    return arguments.length ? (d = (E = +E) * E, f) : Math.sqrt(d);
  }, f;
}
function rr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Ca(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Xn() {
}
var Tn = 0.7, $o = 1 / Tn, Qt = "\\s*([+-]?\\d+)\\s*", On = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", lt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Dd = /^#([0-9a-f]{3,8})$/, Pd = new RegExp(`^rgb\\(${Qt},${Qt},${Qt}\\)$`), Ad = new RegExp(`^rgb\\(${lt},${lt},${lt}\\)$`), zd = new RegExp(`^rgba\\(${Qt},${Qt},${Qt},${On}\\)$`), Rd = new RegExp(`^rgba\\(${lt},${lt},${lt},${On}\\)$`), Bd = new RegExp(`^hsl\\(${On},${lt},${lt}\\)$`), Vd = new RegExp(`^hsla\\(${On},${lt},${lt},${On}\\)$`), Pr = {
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
rr(Xn, Xt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Ar,
  // Deprecated! Use color.formatHex.
  formatHex: Ar,
  formatHex8: Ld,
  formatHsl: Hd,
  formatRgb: zr,
  toString: zr
});
function Ar() {
  return this.rgb().formatHex();
}
function Ld() {
  return this.rgb().formatHex8();
}
function Hd() {
  return Ma(this).formatHsl();
}
function zr() {
  return this.rgb().formatRgb();
}
function Xt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Dd.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Rr(t) : n === 3 ? new Fe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? jn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? jn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Pd.exec(e)) ? new Fe(t[1], t[2], t[3], 1) : (t = Ad.exec(e)) ? new Fe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = zd.exec(e)) ? jn(t[1], t[2], t[3], t[4]) : (t = Rd.exec(e)) ? jn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Bd.exec(e)) ? Lr(t[1], t[2] / 100, t[3] / 100, 1) : (t = Vd.exec(e)) ? Lr(t[1], t[2] / 100, t[3] / 100, t[4]) : Pr.hasOwnProperty(e) ? Rr(Pr[e]) : e === "transparent" ? new Fe(NaN, NaN, NaN, 0) : null;
}
function Rr(e) {
  return new Fe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function jn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Fe(e, t, n, o);
}
function Fd(e) {
  return e instanceof Xn || (e = Xt(e)), e ? (e = e.rgb(), new Fe(e.r, e.g, e.b, e.opacity)) : new Fe();
}
function Oi(e, t, n, o) {
  return arguments.length === 1 ? Fd(e) : new Fe(e, t, n, o ?? 1);
}
function Fe(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
rr(Fe, Oi, Ca(Xn, {
  brighter(e) {
    return e = e == null ? $o : Math.pow($o, e), new Fe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Tn : Math.pow(Tn, e), new Fe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Fe(Lt(this.r), Lt(this.g), Lt(this.b), ko(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Br,
  // Deprecated! Use color.formatHex.
  formatHex: Br,
  formatHex8: Yd,
  formatRgb: Vr,
  toString: Vr
}));
function Br() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}`;
}
function Yd() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}${Bt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Vr() {
  const e = ko(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Lt(this.r)}, ${Lt(this.g)}, ${Lt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function ko(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Lt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Bt(e) {
  return e = Lt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Lr(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new je(e, t, n, o);
}
function Ma(e) {
  if (e instanceof je)
    return new je(e.h, e.s, e.l, e.opacity);
  if (e instanceof Xn || (e = Xt(e)), !e)
    return new je();
  if (e instanceof je)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new je(s, a, u, e.opacity);
}
function Xd(e, t, n, o) {
  return arguments.length === 1 ? Ma(e) : new je(e, t, n, o ?? 1);
}
function je(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
rr(je, Xd, Ca(Xn, {
  brighter(e) {
    return e = e == null ? $o : Math.pow($o, e), new je(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Tn : Math.pow(Tn, e), new je(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Fe(
      li(e >= 240 ? e - 240 : e + 120, i, o),
      li(e, i, o),
      li(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new je(Hr(this.h), Qn(this.s), Qn(this.l), ko(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = ko(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Hr(this.h)}, ${Qn(this.s) * 100}%, ${Qn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Hr(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Qn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function li(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const sr = (e) => () => e;
function Gd(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Ud(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function qd(e) {
  return (e = +e) == 1 ? Ia : function(t, n) {
    return n - t ? Ud(t, n, e) : sr(isNaN(t) ? n : t);
  };
}
function Ia(e, t) {
  var n = t - e;
  return n ? Gd(e, n) : sr(isNaN(e) ? t : e);
}
const No = (function e(t) {
  var n = qd(t);
  function o(i, r) {
    var s = n((i = Oi(i)).r, (r = Oi(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Ia(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Wd(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Kd(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Zd(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = Nn(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](a);
    return r;
  };
}
function jd(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function rt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Qd(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = Nn(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Di = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, ui = new RegExp(Di.source, "g");
function Jd(e) {
  return function() {
    return e;
  };
}
function ef(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ta(e, t) {
  var n = Di.lastIndex = ui.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Di.exec(e)) && (i = ui.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: rt(o, i) })), n = ui.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? ef(u[0].x) : Jd(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c)
      a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
function Nn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? sr(t) : (n === "number" ? rt : n === "string" ? (o = Xt(t)) ? (t = o, No) : Ta : t instanceof Xt ? No : t instanceof Date ? jd : Kd(t) ? Wd : Array.isArray(t) ? Zd : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Qd : rt)(e, t);
}
var Fr = 180 / Math.PI, Pi = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Oa(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Fr,
    skewX: Math.atan(u) * Fr,
    scaleX: s,
    scaleY: a
  };
}
var Jn;
function tf(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Pi : Oa(t.a, t.b, t.c, t.d, t.e, t.f);
}
function nf(e) {
  return e == null || (Jn || (Jn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Jn.setAttribute("transform", e), !(e = Jn.transform.baseVal.consolidate())) ? Pi : (e = e.matrix, Oa(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Da(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, h, m) {
    if (l !== d || c !== f) {
      var w = h.push("translate(", null, t, null, n);
      m.push({ i: w - 4, x: rt(l, d) }, { i: w - 2, x: rt(c, f) });
    } else (d || f) && h.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: rt(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: rt(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, h, m) {
    if (l !== d || c !== f) {
      var w = h.push(i(h) + "scale(", null, ",", null, ")");
      m.push({ i: w - 4, x: rt(l, d) }, { i: w - 2, x: rt(c, f) });
    } else (d !== 1 || f !== 1) && h.push(i(h) + "scale(" + d + "," + f + ")");
  }
  return function(l, c) {
    var d = [], f = [];
    return l = e(l), c = e(c), r(l.translateX, l.translateY, c.translateX, c.translateY, d, f), s(l.rotate, c.rotate, d, f), a(l.skewX, c.skewX, d, f), u(l.scaleX, l.scaleY, c.scaleX, c.scaleY, d, f), l = c = null, function(h) {
      for (var m = -1, w = f.length, b; ++m < w; )
        d[(b = f[m]).i] = b.x(h);
      return d.join("");
    };
  };
}
var of = Da(tf, "px, ", "px)", "deg)"), rf = Da(nf, ", ", ")", ")"), sf = 1e-12;
function Yr(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function af(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function lf(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const go = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], h = c - a, m = d - u, w = h * h + m * m, b, y;
    if (w < sf)
      y = Math.log(f / l) / t, b = function(Y) {
        return [
          a + Y * h,
          u + Y * m,
          l * Math.exp(t * Y * y)
        ];
      };
    else {
      var x = Math.sqrt(w), v = (f * f - l * l + o * w) / (2 * l * n * x), E = (f * f - l * l - o * w) / (2 * f * n * x), R = Math.log(Math.sqrt(v * v + 1) - v), L = Math.log(Math.sqrt(E * E + 1) - E);
      y = (L - R) / t, b = function(Y) {
        var I = Y * y, q = Yr(R), H = l / (n * x) * (q * lf(t * I + R) - af(R));
        return [
          a + H * h,
          u + H * m,
          l * q / Yr(t * I + R)
        ];
      };
    }
    return b.duration = y * 1e3 * t / Math.SQRT2, b;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, u = a * a;
    return e(s, a, u);
  }, i;
})(Math.SQRT2, 2, 4);
var nn = 0, mn = 0, hn = 0, Pa = 1e3, So, yn, Co = 0, Gt = 0, Go = 0, Dn = typeof performance == "object" && performance.now ? performance : Date, Aa = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ar() {
  return Gt || (Aa(uf), Gt = Dn.now() + Go);
}
function uf() {
  Gt = 0;
}
function Mo() {
  this._call = this._time = this._next = null;
}
Mo.prototype = za.prototype = {
  constructor: Mo,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? ar() : +n) + (t == null ? 0 : +t), !this._next && yn !== this && (yn ? yn._next = this : So = this, yn = this), this._call = e, this._time = n, Ai();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ai());
  }
};
function za(e, t, n) {
  var o = new Mo();
  return o.restart(e, t, n), o;
}
function cf() {
  ar(), ++nn;
  for (var e = So, t; e; )
    (t = Gt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --nn;
}
function Xr() {
  Gt = (Co = Dn.now()) + Go, nn = mn = 0;
  try {
    cf();
  } finally {
    nn = 0, ff(), Gt = 0;
  }
}
function df() {
  var e = Dn.now(), t = e - Co;
  t > Pa && (Go -= t, Co = e);
}
function ff() {
  for (var e, t = So, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : So = n);
  yn = e, Ai(o);
}
function Ai(e) {
  if (!nn) {
    mn && (mn = clearTimeout(mn));
    var t = e - Gt;
    t > 24 ? (e < 1 / 0 && (mn = setTimeout(Xr, e - Dn.now() - Go)), hn && (hn = clearInterval(hn))) : (hn || (Co = Dn.now(), hn = setInterval(df, Pa)), nn = 1, Aa(Xr));
  }
}
function Gr(e, t, n) {
  var o = new Mo();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var hf = Yo("start", "end", "cancel", "interrupt"), gf = [], Ra = 0, Ur = 1, zi = 2, po = 3, qr = 4, Ri = 5, vo = 6;
function Uo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  pf(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: hf,
    tween: gf,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Ra
  });
}
function lr(e, t) {
  var n = Je(e, t);
  if (n.state > Ra)
    throw new Error("too late; already scheduled");
  return n;
}
function ct(e, t) {
  var n = Je(e, t);
  if (n.state > po)
    throw new Error("too late; already running");
  return n;
}
function Je(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function pf(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = za(r, 0, n.time);
  function r(l) {
    n.state = Ur, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, h;
    if (n.state !== Ur)
      return u();
    for (c in o)
      if (h = o[c], h.name === n.name) {
        if (h.state === po)
          return Gr(s);
        h.state === qr ? (h.state = vo, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = vo, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (Gr(function() {
      n.state === po && (n.state = qr, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = zi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === zi) {
      for (n.state = po, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (h = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = h);
      i.length = d + 1;
    }
  }
  function a(l) {
    for (var c = l < n.duration ? n.ease.call(null, l / n.duration) : (n.timer.restart(u), n.state = Ri, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Ri && (n.on.call("end", e, e.__data__, n.index, n.group), u());
  }
  function u() {
    n.state = vo, n.timer.stop(), delete o[t];
    for (var l in o)
      return;
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
      i = o.state > zi && o.state < Ri, o.state = vo, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function vf(e) {
  return this.each(function() {
    mo(this, e);
  });
}
function mf(e, t) {
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
function yf(e, t, n) {
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
function wf(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Je(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? mf : yf)(n, e, t));
}
function ur(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ct(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Je(i, o).value[t];
  };
}
function Ba(e, t) {
  var n;
  return (typeof t == "number" ? rt : t instanceof Xt ? No : (n = Xt(t)) ? (t = n, No) : Ta)(e, t);
}
function _f(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function bf(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ef(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function xf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function $f(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function kf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Nf(e, t) {
  var n = Xo(e), o = n === "transform" ? rf : Ba;
  return this.attrTween(e, typeof t == "function" ? (n.local ? kf : $f)(n, o, ur(this, "attr." + e, t)) : t == null ? (n.local ? bf : _f)(n) : (n.local ? xf : Ef)(n, o, t));
}
function Sf(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Cf(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Mf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Cf(e, r)), n;
  }
  return i._value = t, i;
}
function If(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Sf(e, r)), n;
  }
  return i._value = t, i;
}
function Tf(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = Xo(e);
  return this.tween(n, (o.local ? Mf : If)(o, t));
}
function Of(e, t) {
  return function() {
    lr(this, e).delay = +t.apply(this, arguments);
  };
}
function Df(e, t) {
  return t = +t, function() {
    lr(this, e).delay = t;
  };
}
function Pf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Of : Df)(t, e)) : Je(this.node(), t).delay;
}
function Af(e, t) {
  return function() {
    ct(this, e).duration = +t.apply(this, arguments);
  };
}
function zf(e, t) {
  return t = +t, function() {
    ct(this, e).duration = t;
  };
}
function Rf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Af : zf)(t, e)) : Je(this.node(), t).duration;
}
function Bf(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    ct(this, e).ease = t;
  };
}
function Vf(e) {
  var t = this._id;
  return arguments.length ? this.each(Bf(t, e)) : Je(this.node(), t).ease;
}
function Lf(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    ct(this, e).ease = n;
  };
}
function Hf(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Lf(this._id, e));
}
function Ff(e) {
  typeof e != "function" && (e = va(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new yt(o, this._parents, this._name, this._id);
}
function Yf(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = u[h] || l[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new yt(s, this._parents, this._name, this._id);
}
function Xf(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Gf(e, t, n) {
  var o, i, r = Xf(t) ? lr : ct;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Uf(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Je(this.node(), n).on.on(e) : this.each(Gf(n, e, t));
}
function qf(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Wf() {
  return this.on("end.remove", qf(this._id));
}
function Kf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = or(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Uo(l[f], t, n, f, l, Je(c, n)));
  return new yt(r, this._parents, t, n);
}
function Zf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = pa(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), h, m = Je(c, n), w = 0, b = f.length; w < b; ++w)
          (h = f[w]) && Uo(h, t, n, w, f, m);
        r.push(f), s.push(c);
      }
  return new yt(r, s, t, n);
}
var jf = Yn.prototype.constructor;
function Qf() {
  return new jf(this._groups, this._parents);
}
function Jf(e, t) {
  var n, o, i;
  return function() {
    var r = tn(this, e), s = (this.style.removeProperty(e), tn(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Va(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function eh(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = tn(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function th(e, t, n) {
  var o, i, r;
  return function() {
    var s = tn(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), tn(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function nh(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = ct(this, e), l = u.on, c = u.value[r] == null ? a || (a = Va(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function oh(e, t, n) {
  var o = (e += "") == "transform" ? of : Ba;
  return t == null ? this.styleTween(e, Jf(e, o)).on("end.style." + e, Va(e)) : typeof t == "function" ? this.styleTween(e, th(e, o, ur(this, "style." + e, t))).each(nh(this._id, e)) : this.styleTween(e, eh(e, o, t), n).on("end.style." + e, null);
}
function ih(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function rh(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && ih(e, s, n)), o;
  }
  return r._value = t, r;
}
function sh(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, rh(e, t, n ?? ""));
}
function ah(e) {
  return function() {
    this.textContent = e;
  };
}
function lh(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function uh(e) {
  return this.tween("text", typeof e == "function" ? lh(ur(this, "text", e)) : ah(e == null ? "" : e + ""));
}
function ch(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function dh(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && ch(i)), t;
  }
  return o._value = e, o;
}
function fh(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, dh(e));
}
function hh() {
  for (var e = this._name, t = this._id, n = La(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = Je(u, t);
        Uo(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new yt(o, this._parents, e, n);
}
function gh() {
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
var ph = 0;
function yt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function La() {
  return ++ph;
}
var ft = Yn.prototype;
yt.prototype = {
  constructor: yt,
  select: Kf,
  selectAll: Zf,
  selectChild: ft.selectChild,
  selectChildren: ft.selectChildren,
  filter: Ff,
  merge: Yf,
  selection: Qf,
  transition: hh,
  call: ft.call,
  nodes: ft.nodes,
  node: ft.node,
  size: ft.size,
  empty: ft.empty,
  each: ft.each,
  on: Uf,
  attr: Nf,
  attrTween: Tf,
  style: oh,
  styleTween: sh,
  text: uh,
  textTween: fh,
  remove: Wf,
  tween: wf,
  delay: Pf,
  duration: Rf,
  ease: Vf,
  easeVarying: Hf,
  end: gh,
  [Symbol.iterator]: ft[Symbol.iterator]
};
function vh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var mh = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: vh
};
function yh(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function wh(e) {
  var t, n;
  e instanceof yt ? (t = e._id, e = e._name) : (t = La(), (n = mh).time = ar(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Uo(u, e, t, l, s, n || yh(u, t));
  return new yt(o, this._parents, e, t);
}
Yn.prototype.interrupt = vf;
Yn.prototype.transition = wh;
const eo = (e) => () => e;
function _h(e, {
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
var on = new pt(1, 0, 0);
pt.prototype;
function ci(e) {
  e.stopImmediatePropagation();
}
function gn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function bh(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Eh() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Wr() {
  return this.__zoom || on;
}
function xh(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function $h() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function kh(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Nh() {
  var e = bh, t = Eh, n = kh, o = xh, i = $h, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = go, l = Yo("start", "zoom", "end"), c, d, f, h = 500, m = 150, w = 0, b = 10;
  function y(g) {
    g.property("__zoom", Wr).on("wheel.zoom", I, { passive: !1 }).on("mousedown.zoom", q).on("dblclick.zoom", H).filter(i).on("touchstart.zoom", F).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", U).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  y.transform = function(g, $, p, O) {
    var M = g.selection ? g.selection() : g;
    M.property("__zoom", Wr), g !== M ? R(g, $, p, O) : M.interrupt().each(function() {
      L(this, arguments).event(O).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, y.scaleBy = function(g, $, p, O) {
    y.scaleTo(g, function() {
      var M = this.__zoom.k, z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * z;
    }, p, O);
  }, y.scaleTo = function(g, $, p, O) {
    y.transform(g, function() {
      var M = t.apply(this, arguments), z = this.__zoom, D = p == null ? E(M) : typeof p == "function" ? p.apply(this, arguments) : p, X = z.invert(D), J = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(x(z, J), D, X), M, s);
    }, p, O);
  }, y.translateBy = function(g, $, p, O) {
    y.transform(g, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, O);
  }, y.translateTo = function(g, $, p, O, M) {
    y.transform(g, function() {
      var z = t.apply(this, arguments), D = this.__zoom, X = O == null ? E(z) : typeof O == "function" ? O.apply(this, arguments) : O;
      return n(on.translate(X[0], X[1]).scale(D.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), z, s);
    }, O, M);
  };
  function x(g, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === g.k ? g : new pt($, g.x, g.y);
  }
  function v(g, $, p) {
    var O = $[0] - p[0] * g.k, M = $[1] - p[1] * g.k;
    return O === g.x && M === g.y ? g : new pt(g.k, O, M);
  }
  function E(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function R(g, $, p, O) {
    g.on("start.zoom", function() {
      L(this, arguments).event(O).start();
    }).on("interrupt.zoom end.zoom", function() {
      L(this, arguments).event(O).end();
    }).tween("zoom", function() {
      var M = this, z = arguments, D = L(M, z).event(O), X = t.apply(M, z), J = p == null ? E(X) : typeof p == "function" ? p.apply(M, z) : p, G = Math.max(X[1][0] - X[0][0], X[1][1] - X[0][1]), re = M.__zoom, W = typeof $ == "function" ? $.apply(M, z) : $, Z = u(re.invert(J).concat(G / re.k), W.invert(J).concat(G / W.k));
      return function(ee) {
        if (ee === 1)
          ee = W;
        else {
          var he = Z(ee), ye = G / he[2];
          ee = new pt(ye, J[0] - he[0] * ye, J[1] - he[1] * ye);
        }
        D.zoom(null, ee);
      };
    });
  }
  function L(g, $, p) {
    return !p && g.__zooming || new Y(g, $);
  }
  function Y(g, $) {
    this.that = g, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, $), this.taps = 0;
  }
  Y.prototype = {
    event: function(g) {
      return g && (this.sourceEvent = g), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(g, $) {
      return this.mouse && g !== "mouse" && (this.mouse[1] = $.invert(this.mouse[0])), this.touch0 && g !== "touch" && (this.touch0[1] = $.invert(this.touch0[0])), this.touch1 && g !== "touch" && (this.touch1[1] = $.invert(this.touch1[0])), this.that.__zoom = $, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(g) {
      var $ = Ze(this.that).datum();
      l.call(
        g,
        this.that,
        new _h(g, {
          sourceEvent: this.sourceEvent,
          target: y,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function I(g, ...$) {
    if (!e.apply(this, arguments))
      return;
    var p = L(this, $).event(g), O = this.__zoom, M = Math.max(r[0], Math.min(r[1], O.k * Math.pow(2, o.apply(this, arguments)))), z = it(g);
    if (p.wheel)
      (p.mouse[0][0] !== z[0] || p.mouse[0][1] !== z[1]) && (p.mouse[1] = O.invert(p.mouse[0] = z)), clearTimeout(p.wheel);
    else {
      if (O.k === M)
        return;
      p.mouse = [z, O.invert(z)], mo(this), p.start();
    }
    gn(g), p.wheel = setTimeout(D, m), p.zoom("mouse", n(v(x(O, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function D() {
      p.wheel = null, p.end();
    }
  }
  function q(g, ...$) {
    if (f || !e.apply(this, arguments))
      return;
    var p = g.currentTarget, O = L(this, $, !0).event(g), M = Ze(g.view).on("mousemove.zoom", J, !0).on("mouseup.zoom", G, !0), z = it(g, p), D = g.clientX, X = g.clientY;
    Na(g.view), ci(g), O.mouse = [z, this.__zoom.invert(z)], mo(this), O.start();
    function J(re) {
      if (gn(re), !O.moved) {
        var W = re.clientX - D, Z = re.clientY - X;
        O.moved = W * W + Z * Z > w;
      }
      O.event(re).zoom("mouse", n(v(O.that.__zoom, O.mouse[0] = it(re, p), O.mouse[1]), O.extent, s));
    }
    function G(re) {
      M.on("mousemove.zoom mouseup.zoom", null), Sa(re.view, O.moved), gn(re), O.event(re).end();
    }
  }
  function H(g, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, O = it(g.changedTouches ? g.changedTouches[0] : g, this), M = p.invert(O), z = p.k * (g.shiftKey ? 0.5 : 2), D = n(v(x(p, z), O, M), t.apply(this, $), s);
      gn(g), a > 0 ? Ze(this).transition().duration(a).call(R, D, O, g) : Ze(this).call(y.transform, D, O, g);
    }
  }
  function F(g, ...$) {
    if (e.apply(this, arguments)) {
      var p = g.touches, O = p.length, M = L(this, $, g.changedTouches.length === O).event(g), z, D, X, J;
      for (ci(g), D = 0; D < O; ++D)
        X = p[D], J = it(X, this), J = [J, this.__zoom.invert(J), X.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== J[2] && (M.touch1 = J, M.taps = 0) : (M.touch0 = J, z = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (M.taps < 2 && (d = J[0], c = setTimeout(function() {
        c = null;
      }, h)), mo(this), M.start());
    }
  }
  function N(g, ...$) {
    if (this.__zooming) {
      var p = L(this, $).event(g), O = g.changedTouches, M = O.length, z, D, X, J;
      for (gn(g), z = 0; z < M; ++z)
        D = O[z], X = it(D, this), p.touch0 && p.touch0[2] === D.identifier ? p.touch0[0] = X : p.touch1 && p.touch1[2] === D.identifier && (p.touch1[0] = X);
      if (D = p.that.__zoom, p.touch1) {
        var G = p.touch0[0], re = p.touch0[1], W = p.touch1[0], Z = p.touch1[1], ee = (ee = W[0] - G[0]) * ee + (ee = W[1] - G[1]) * ee, he = (he = Z[0] - re[0]) * he + (he = Z[1] - re[1]) * he;
        D = x(D, Math.sqrt(ee / he)), X = [(G[0] + W[0]) / 2, (G[1] + W[1]) / 2], J = [(re[0] + Z[0]) / 2, (re[1] + Z[1]) / 2];
      } else if (p.touch0)
        X = p.touch0[0], J = p.touch0[1];
      else
        return;
      p.zoom("touch", n(v(D, X, J), p.extent, s));
    }
  }
  function U(g, ...$) {
    if (this.__zooming) {
      var p = L(this, $).event(g), O = g.changedTouches, M = O.length, z, D;
      for (ci(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), z = 0; z < M; ++z)
        D = O[z], p.touch0 && p.touch0[2] === D.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === D.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0)
        p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (D = it(D, this), Math.hypot(d[0] - D[0], d[1] - D[1]) < b)) {
        var X = Ze(this).on("dblclick.zoom");
        X && X.apply(this, arguments);
      }
    }
  }
  return y.wheelDelta = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : eo(+g), y) : o;
  }, y.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : eo(!!g), y) : e;
  }, y.touchable = function(g) {
    return arguments.length ? (i = typeof g == "function" ? g : eo(!!g), y) : i;
  }, y.extent = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : eo([[+g[0][0], +g[0][1]], [+g[1][0], +g[1][1]]]), y) : t;
  }, y.scaleExtent = function(g) {
    return arguments.length ? (r[0] = +g[0], r[1] = +g[1], y) : [r[0], r[1]];
  }, y.translateExtent = function(g) {
    return arguments.length ? (s[0][0] = +g[0][0], s[1][0] = +g[1][0], s[0][1] = +g[0][1], s[1][1] = +g[1][1], y) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, y.constrain = function(g) {
    return arguments.length ? (n = g, y) : n;
  }, y.duration = function(g) {
    return arguments.length ? (a = +g, y) : a;
  }, y.interpolate = function(g) {
    return arguments.length ? (u = g, y) : u;
  }, y.on = function() {
    var g = l.on.apply(l, arguments);
    return g === l ? y : g;
  }, y.clickDistance = function(g) {
    return arguments.length ? (w = (g = +g) * g, y) : Math.sqrt(w);
  }, y.tapDistance = function(g) {
    return arguments.length ? (b = +g, y) : b;
  }, y;
}
var se = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(se || {}), cr = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(cr || {}), At = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(At || {}), It = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(It || {}), Io = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Io || {}), Sn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(Sn || {}), Ha = /* @__PURE__ */ ((e) => (e.TopLeft = "top-left", e.TopCenter = "top-center", e.TopRight = "top-right", e.BottomLeft = "bottom-left", e.BottomCenter = "bottom-center", e.BottomRight = "bottom-right", e))(Ha || {});
const Sh = ["INPUT", "SELECT", "TEXTAREA"], Ch = typeof document < "u" ? document : null;
function Bi(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return Sh.includes(o?.nodeName) || i || !!r;
}
function Mh(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Kr(e, t, n, o) {
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
function Ih(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Th(n.code, e);
    return Array.isArray(e) ? e.some((i) => Kr(n[o], i, t, n.type === "keyup")) : Kr(n[o], e, t, n.type === "keyup");
  };
}
function Th(e, t) {
  return t.includes(e) ? "code" : "key";
}
function Cn(e, t) {
  const n = ae(() => we(t?.target) ?? Ch), o = Ct(we(e) === !0);
  let i = !1;
  const r = /* @__PURE__ */ new Set();
  let s = u(we(e));
  $e(
    () => we(e),
    (l, c) => {
      typeof c == "boolean" && typeof l != "boolean" && a(), s = u(l);
    },
    {
      immediate: !0
    }
  ), ha(["blur", "contextmenu"], a), Tr(
    (...l) => s(...l),
    (l) => {
      var c, d;
      const f = we(t?.actInsideInputWithModifier) ?? !0, h = we(t?.preventDefault) ?? !1;
      if (i = Mh(l), (!i || i && !f) && Bi(l))
        return;
      const w = ((d = (c = l.composedPath) == null ? void 0 : c.call(l)) == null ? void 0 : d[0]) || l.target, b = w?.nodeName === "BUTTON" || w?.nodeName === "A";
      !h && (i || !b) && l.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), Tr(
    (...l) => s(...l),
    (l) => {
      const c = we(t?.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Bi(l))
          return;
        i = !1, o.value = !1;
      }
    },
    { eventName: "keyup", target: n }
  );
  function a() {
    i = !1, r.clear(), o.value = we(e) === !0;
  }
  function u(l) {
    return l === null ? (a(), () => !1) : typeof l == "boolean" ? (a(), o.value = l, () => !1) : Array.isArray(l) || typeof l == "string" ? Ih(l, r) : l;
  }
  return o;
}
const Fa = "vue-flow__node-desc", Ya = "vue-flow__edge-desc", Oh = "vue-flow__aria-live", Xa = ["Enter", " ", "Escape"], Jt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function To(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function Oo(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function qo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function Ut(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Ga(e, t) {
  return {
    x: Ut(e.x, t[0][0], t[1][0]),
    y: Ut(e.y, t[0][1], t[1][1])
  };
}
function Zr(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function Tt(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function Ht(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !Tt(e);
}
function wn(e) {
  return Ht(e) && "computedPosition" in e;
}
function to(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Dh(e) {
  return to(e.width) && to(e.height) && to(e.x) && to(e.y);
}
function Ph(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: $n({
      width: 0,
      height: 0
    }),
    computedPosition: $n({
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
    data: Ae(e.data) ? e.data : {},
    events: $n(Ae(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function Ua(e, t, n) {
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
    data: Ae(e.data) ? e.data : {},
    events: $n(Ae(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? n?.interactionWidth,
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function qa(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function Ah(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return qa(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.source === o).map((r) => n.find((s) => Ht(s) && s.id === r.target));
}
function zh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return qa(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.target === o).map((r) => n.find((s) => Ht(s) && s.id === r.source));
}
function Wa({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Rh(e, t) {
  return t.some(
    (n) => Tt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function Pn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function An({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const a = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? Wo(a, s) : a;
}
function Ka(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Do({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Za({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Bh(e, t) {
  return Za(Ka(Do(e), Do(t)));
}
function dr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Ka(
      t,
      Do({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Za(t);
}
function ja(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...An(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: u, selectable: l = !0, hidden: c = !1 } = a, d = u.width ?? a.width ?? null, f = u.height ?? a.height ?? null;
    if (i && !l || c)
      continue;
    const h = Oo(r, To(a)), m = d === null || f === null, w = o && h > 0, b = (d ?? 0) * (f ?? 0);
    (m || w || h >= b || a.dragging) && s.push(a);
  }
  return s;
}
function zt(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Zt(e, t) {
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
  return Gn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Vh(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Zt(e, n), i = Zt(e, t);
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
    const o = Zt(e.top ?? e.y ?? 0, n), i = Zt(e.bottom ?? e.y ?? 0, n), r = Zt(e.left ?? e.x ?? 0, t), s = Zt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Lh(e, t, n, o, i, r) {
  const { x: s, y: a } = Pn(e, { x: t, y: n, zoom: o }), { x: u, y: l } = Pn(
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
function jr(e, t, n, o, i, r = 0.1) {
  const s = Vh(r, t, n), a = (t - s.x) / e.width, u = (n - s.y) / e.height, l = Math.min(a, u), c = Ut(l, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, h = t / 2 - d * c, m = n / 2 - f * c, w = Lh(e, h, m, c, t, n), b = {
    left: Math.min(w.left - s.left, 0),
    top: Math.min(w.top - s.top, 0),
    right: Math.min(w.right - s.right, 0),
    bottom: Math.min(w.bottom - s.bottom, 0)
  };
  return {
    x: h - b.left + b.right,
    y: m - b.top + b.bottom,
    zoom: c
  };
}
function Hh(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function Qa(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : Qa(n, t) : !1;
}
function zn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Vi(e) {
  const t = e.ctrlKey && Rn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Qr(e, t, n) {
  return e < t ? Ut(Math.abs(e - t), 1, t) / t : e > n ? -Ut(Math.abs(e - n), 1, t) / t : 0;
}
function Ja(e, t, n = 15, o = 40) {
  const i = Qr(e.x, o, t.width - o) * n, r = Qr(e.y, o, t.height - o) * n;
  return [i, r];
}
function di(e, t) {
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
function Jr(e, t) {
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
            if (wn(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && wn(u) && di(s, u);
            }
            break;
          case "dimensions":
            if (wn(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && wn(u) && (!!u.dimensions.width && !!u.dimensions.height ? di(s, u) : Xe(() => {
                di(s, u);
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
function es(e) {
  return {
    item: e,
    type: "add"
  };
}
function ts(e) {
  return {
    id: e,
    type: "remove"
  };
}
function ns(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function kt(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(xt(r.id, s)));
  }
  return o;
}
const os = () => {
};
function ne(e) {
  const t = /* @__PURE__ */ new Set();
  let n = os, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, s = () => {
    n = os;
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
      const h = () => l(f);
      return Mn(h), { off: h };
    },
    off: l,
    trigger: (f) => {
      const h = [n];
      return i() ? h.push(...t) : e && h.push(e), Promise.allSettled(h.map((m) => m(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: s,
    setHasEmitListeners: a,
    removeHasEmitListeners: u
  };
}
function is(e, t, n) {
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
function Fh(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [a, u] of e)
    (u.selected || u.id === o) && (!u.parentNode || !Qa(u, e)) && (u.draggable || t && typeof u.draggable > "u") && e.get(a) && s.set(a, {
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
function fi({
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
function el(e) {
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
function Yh(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? el(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Xh(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && i?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Yh(i, e, o);
      r && (i = r);
    } else
      t(new Be(ze.NODE_EXTENT_INVALID, e.id)), i = n;
  else if (Array.isArray(i)) {
    const r = o?.computedPosition.x || 0, s = o?.computedPosition.y || 0;
    i = [
      [i[0][0] + r, i[0][1] + s],
      [i[1][0] + r, i[1][1] + s]
    ];
  } else if (i !== "parent" && i?.range && Array.isArray(i.range)) {
    const [r, s, a, u] = el(i.padding), l = o?.computedPosition.x || 0, c = o?.computedPosition.y || 0;
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
function Gh({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function fr(e, t, n, o, i) {
  const r = Gh(e.dimensions, Xh(e, n, o, i)), s = Ga(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function rn(e, t, n = se.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Kh(e);
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
function rs(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Uh({
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
  const c = Do({
    x: (0 - u.x) / u.zoom,
    y: (0 - u.y) / u.zoom,
    width: s / u.zoom,
    height: a / u.zoom
  }), d = Math.max(0, Math.min(c.x2, l.x2) - Math.max(c.x, l.x)), f = Math.max(0, Math.min(c.y2, l.y2) - Math.max(c.y, l.y));
  return Math.ceil(d * f) > 0;
}
function qh(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var ze = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(ze || {});
const ss = {
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
class Be extends Error {
  constructor(t, ...n) {
    var o;
    super((o = ss[t]) == null ? void 0 : o.call(ss, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function hr(e) {
  return "clientX" in e;
}
function Wh(e) {
  return "sourceEvent" in e;
}
function st(e, t) {
  const n = hr(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - (t?.left ?? 0),
    y: i - (t?.top ?? 0)
  };
}
const Rn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator?.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function Kh(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function Wo(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Zh = () => !0;
function hi(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function jh(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    Oo(i, To(r)) > 0 && o.push(r);
  return o;
}
const Qh = 250;
function Jh(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const u = jh(e, n, t + Qh);
  for (const l of u) {
    const c = [...((i = l.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = l.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: h } = rn(l, d, d.position, !0), m = Math.sqrt((f - e.x) ** 2 + (h - e.y) ** 2);
      m > t || (m < a ? (s = [{ ...d, x: f, y: h }], a = m) : m === a && s.push({ ...d, x: f, y: h }));
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
function as(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: a,
  flowId: u,
  isValidConnection: l = Zh
}, c, d, f, h) {
  const m = r === "target", w = t ? s.querySelector(`.${a}-flow__handle[data-id="${u}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: b, y } = st(e), x = s.elementFromPoint(b, y), v = x?.classList.contains(`${a}-flow__handle`) ? x : w, E = {
    handleDomNode: v,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (v) {
    const R = tl(void 0, v), L = v.getAttribute("data-nodeid"), Y = v.getAttribute("data-handleid"), I = v.classList.contains("connectable"), q = v.classList.contains("connectableend");
    if (!L || !R)
      return E;
    const H = {
      source: m ? L : o,
      sourceHandle: m ? Y : i,
      target: m ? o : L,
      targetHandle: m ? i : Y
    };
    E.connection = H;
    const N = I && q && (n === It.Strict ? m && R === "source" || !m && R === "target" : L !== o || Y !== i);
    E.isValid = N && l(H, {
      nodes: d,
      edges: c,
      sourceNode: f(H.source),
      targetNode: f(H.target)
    }), E.toHandle = nl(L, R, Y, h, n, !0);
  }
  return E;
}
function tl(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function eg(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function tg(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function nl(e, t, n, o, i, r = !1) {
  var s, a, u;
  const l = o.get(e);
  if (!l)
    return null;
  const c = i === It.Strict ? (s = l.handleBounds) == null ? void 0 : s[t] : [...((a = l.handleBounds) == null ? void 0 : a.source) ?? [], ...((u = l.handleBounds) == null ? void 0 : u.target) ?? []], d = (n ? c?.find((f) => f.id === n) : c?.[0]) ?? null;
  return d && r ? { ...d, ...rn(l, d, d.position, !0) } : d;
}
const Li = {
  [se.Left]: se.Right,
  [se.Right]: se.Left,
  [se.Top]: se.Bottom,
  [se.Bottom]: se.Top
}, ng = ["production", "prod"];
function Gn(e, ...t) {
  ol() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function ol() {
  return !ng.includes("production");
}
function ls(e, t, n, o, i) {
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
      ...qo(s)
    };
  }) : null;
}
function Hi(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Xe(() => {
    s.blur();
  })) : n([e]);
}
function Ae(e) {
  return typeof K(e) < "u";
}
function og(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Be(ze.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let i;
  return Tt(e) ? i = e : i = {
    ...e,
    id: Wa(e)
  }, i = Ua(i, void 0, o), Rh(i, t) ? !1 : i;
}
function ig(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Be(ze.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Be(ze.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? Wa(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function us(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!Ht(s)) {
      n(
        new Be(ze.NODE_INVALID, s?.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = Ph(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = a;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((a) => a.id === r.parentNode);
    r.parentNode && !s && n(new Be(ze.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function cs(e, t, n, o, i, r) {
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
function gi(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: a = null } = o, u = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: a }, l = `${i}-${s}--${r}-${a}`, c = `${r}-${a}--${i}-${s}`;
    cs("source", u, c, e, i, s), cs("target", u, l, e, r, a);
  }
}
function ds(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function pi(e, t, n, o, i, r, s, a) {
  const u = [];
  for (const l of e) {
    const c = Tt(l) ? l : og(l, a, i, r);
    if (!c)
      continue;
    const d = n(c.source), f = n(c.target);
    if (!d || !f) {
      i(new Be(ze.EDGE_SOURCE_TARGET_MISSING, c.id, c.source, c.target));
      continue;
    }
    if (!d) {
      i(new Be(ze.EDGE_SOURCE_MISSING, c.id, c.source));
      continue;
    }
    if (!f) {
      i(new Be(ze.EDGE_TARGET_MISSING, c.id, c.target));
      continue;
    }
    if (t && !t(c, {
      edges: a,
      nodes: s,
      sourceNode: d,
      targetNode: f
    })) {
      i(new Be(ze.EDGE_INVALID, c.id));
      continue;
    }
    const h = o(c.id);
    u.push({
      ...Ua(c, h, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return u;
}
const fs = /* @__PURE__ */ Symbol("vueFlow"), il = /* @__PURE__ */ Symbol("nodeId"), rl = /* @__PURE__ */ Symbol("nodeRef"), rg = /* @__PURE__ */ Symbol("edgeId"), sg = /* @__PURE__ */ Symbol("edgeRef"), Ko = /* @__PURE__ */ Symbol("slots");
function sl(e) {
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
    findNode: h,
    multiSelectionActive: m,
    nodesSelectionActive: w,
    selectNodesOnDrag: b,
    removeSelectedElements: y,
    addSelectedNodes: x,
    updateNodePositions: v,
    emits: E
  } = Ce(), { onStart: R, onDrag: L, onStop: Y, onClick: I, el: q, disabled: H, id: F, selectable: N, dragHandle: U } = e, g = Ct(!1);
  let $ = [], p, O = null, M = { x: void 0, y: void 0 }, z = { x: 0, y: 0 }, D = null, X = !1, J = !1, G = 0, re = !1;
  const W = ug(), Z = ({ x: de, y: ge }) => {
    M = { x: de, y: ge };
    let k = !1;
    if ($ = $.map((_) => {
      const S = { x: de - _.distance.x, y: ge - _.distance.y }, { computedPosition: P } = fr(
        _,
        n.value ? Wo(S, o.value) : S,
        E.error,
        s.value,
        _.parentNode ? h(_.parentNode) : void 0
      );
      return k = k || _.position.x !== P.x || _.position.y !== P.y, _.position = P, _;
    }), J = J || k, !!k && (v($, !0, !0), g.value = !0, D)) {
      const [_, S] = fi({
        id: F,
        dragItems: $,
        findNode: h
      });
      L({ event: D, node: _, nodes: S });
    }
  }, ee = () => {
    if (!O)
      return;
    const [de, ge] = Ja(z, O, c.value);
    if (de !== 0 || ge !== 0) {
      const k = {
        x: (M.x ?? 0) - de / u.value.zoom,
        y: (M.y ?? 0) - ge / u.value.zoom
      };
      f({ x: de, y: ge }) && Z(k);
    }
    G = requestAnimationFrame(ee);
  }, he = (de, ge) => {
    X = !0;
    const k = h(F);
    !b.value && !m.value && k && (k.selected || y()), k && we(N) && b.value && Hi(
      k,
      m.value,
      x,
      y,
      w,
      !1,
      ge
    );
    const _ = W(de.sourceEvent);
    if (M = _, $ = Fh(r.value, d.value, _, F), $.length) {
      const [S, P] = fi({
        id: F,
        dragItems: $,
        findNode: h
      });
      R({ event: de.sourceEvent, node: S, nodes: P });
    }
  }, ye = (de, ge) => {
    var k;
    de.sourceEvent.type === "touchmove" && de.sourceEvent.touches.length > 1 || (J = !1, a.value === 0 && he(de, ge), M = W(de.sourceEvent), O = ((k = t.value) == null ? void 0 : k.getBoundingClientRect()) || null, z = st(de.sourceEvent, O));
  }, pe = (de, ge) => {
    const k = W(de.sourceEvent);
    if (!re && X && l.value && (re = !0, ee()), !X) {
      const _ = k.xSnapped - (M.x ?? 0), S = k.ySnapped - (M.y ?? 0);
      Math.sqrt(_ * _ + S * S) > a.value && he(de, ge);
    }
    (M.x !== k.xSnapped || M.y !== k.ySnapped) && $.length && X && (D = de.sourceEvent, z = st(de.sourceEvent, O), Z(k));
  }, _e = (de) => {
    let ge = !1;
    if (!X && !g.value && !m.value) {
      const k = de.sourceEvent, _ = W(k), S = _.xSnapped - (M.x ?? 0), P = _.ySnapped - (M.y ?? 0), T = Math.sqrt(S * S + P * P);
      T !== 0 && T <= a.value && (I?.(k), ge = !0);
    }
    if ($.length && !ge) {
      J && (v($, !1, !1), J = !1);
      const [k, _] = fi({
        id: F,
        dragItems: $,
        findNode: h
      });
      Y({ event: de.sourceEvent, node: k, nodes: _ });
    }
    $ = [], g.value = !1, re = !1, X = !1, M = { x: void 0, y: void 0 }, cancelAnimationFrame(G);
  };
  return $e([() => we(H), q], ([de, ge], k, _) => {
    if (ge) {
      const S = Ze(ge);
      de || (p = Od().on("start", (P) => ye(P, ge)).on("drag", (P) => pe(P, ge)).on("end", (P) => _e(P)).filter((P) => {
        const T = P.target, te = we(U);
        return !P.button && (!i.value || !is(T, `.${i.value}`, ge) && (!te || is(T, te, ge)));
      }), S.call(p)), _(() => {
        S.on(".drag", null), p && (p.on("start", null), p.on("drag", null), p.on("end", null));
      });
    }
  }), g;
}
function ag() {
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
function lg(e, t) {
  const n = ag();
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
function ug() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Ce();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Wh(i) ? i.sourceEvent : i, { x: u, y: l } = st(a, s), c = An({ x: u, y: l }, e.value), { x: d, y: f } = n.value ? Wo(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function no() {
  return !0;
}
function al({
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
    nodesConnectable: h,
    autoPanOnConnect: m,
    autoPanSpeed: w,
    findNode: b,
    panBy: y,
    startConnection: x,
    updateConnection: v,
    endConnection: E,
    emits: R,
    viewport: L,
    edges: Y,
    nodes: I,
    isValidConnection: q,
    nodeLookup: H
  } = Ce();
  let F = null, N = !1, U = null;
  function g(p) {
    var O;
    const M = we(n) === "target", z = hr(p), D = Zr(p.target), X = p.currentTarget;
    if (X && (z && p.button === 0 || !z)) {
      let J = function(ie) {
        k = st(ie, _e), Z = Jh(
          An(k, L.value, !1, [1, 1]),
          c.value,
          H.value,
          P
        ), _ || (S(), _ = !0);
        const fe = as(
          ie,
          {
            handle: Z,
            connectionMode: l.value,
            fromNodeId: we(t),
            fromHandleId: we(e),
            fromType: M ? "target" : "source",
            isValidConnection: W,
            doc: D,
            lib: "vue",
            flowId: a,
            nodeLookup: H.value
          },
          Y.value,
          I.value,
          b,
          H.value
        );
        U = fe.handleDomNode, F = fe.connection, N = tg(!!Z, fe.isValid);
        const ve = {
          // from stays the same
          ...ue,
          isValid: N,
          to: fe.toHandle && N ? Pn({ x: fe.toHandle.x, y: fe.toHandle.y }, L.value) : k,
          toHandle: fe.toHandle,
          toPosition: N && fe.toHandle ? fe.toHandle.position : Li[P.position],
          toNode: fe.toHandle ? H.value.get(fe.toHandle.nodeId) : null
        };
        if (N && Z && ue?.toHandle && ve.toHandle && ue.toHandle.type === ve.toHandle.type && ue.toHandle.nodeId === ve.toHandle.nodeId && ue.toHandle.id === ve.toHandle.id && ue.to.x === ve.to.x && ue.to.y === ve.to.y)
          return;
        const Ee = Z ?? fe.toHandle;
        if (v(
          Ee && N ? Pn(
            {
              x: Ee.x,
              y: Ee.y
            },
            L.value
          ) : k,
          Ee,
          eg(!!Ee, N)
        ), ue = ve, !Z && !N && !U)
          return hi(ge);
        F && F.source !== F.target && U && (hi(ge), ge = U, U.classList.add("connecting", "vue-flow__handle-connecting"), U.classList.toggle("valid", !!N), U.classList.toggle("vue-flow__handle-valid", !!N));
      }, G = function(ie) {
        "touches" in ie && ie.touches.length > 0 || ((Z || U) && F && N && (r ? r(ie, F) : R.connect(F)), R.connectEnd(ie), i && s?.(ie), hi(ge), cancelAnimationFrame(ee), E(ie), _ = !1, N = !1, F = null, U = null, D.removeEventListener("mousemove", J), D.removeEventListener("mouseup", G), D.removeEventListener("touchmove", J), D.removeEventListener("touchend", G));
      };
      const re = b(we(t));
      let W = we(o) || q.value || no;
      !W && re && (W = (M ? re.isValidSourcePos : re.isValidTargetPos) || no);
      let Z, ee = 0;
      const { x: he, y: ye } = st(p), pe = tl(we(i), X), _e = (O = u.value) == null ? void 0 : O.getBoundingClientRect();
      if (!_e || !pe)
        return;
      const de = nl(we(t), pe, we(e), H.value, l.value);
      if (!de)
        return;
      let ge, k = st(p, _e), _ = !1;
      const S = () => {
        if (!m.value)
          return;
        const [ie, fe] = Ja(k, _e, w.value);
        y({ x: ie, y: fe }), ee = requestAnimationFrame(S);
      }, P = {
        ...de,
        nodeId: we(t),
        type: pe,
        position: de.position
      }, T = H.value.get(we(t)), oe = {
        inProgress: !0,
        isValid: null,
        from: rn(T, P, se.Left, !0),
        fromHandle: P,
        fromPosition: P.position,
        fromNode: T,
        to: k,
        toHandle: null,
        toPosition: Li[P.position],
        toNode: null
      };
      x(
        {
          nodeId: we(t),
          id: we(e),
          type: pe,
          position: X?.getAttribute("data-handlepos") || se.Top,
          ...k
        },
        {
          x: he - _e.left,
          y: ye - _e.top
        }
      ), R.connectStart({ event: p, nodeId: we(t), handleId: we(e), handleType: pe });
      let ue = oe;
      D.addEventListener("mousemove", J), D.addEventListener("mouseup", G), D.addEventListener("touchmove", J), D.addEventListener("touchend", G);
    }
  }
  function $(p) {
    var O, M;
    if (!d.value)
      return;
    const z = we(n) === "target";
    if (!f.value) {
      R.clickConnectStart({ event: p, nodeId: we(t), handleId: we(e) }), x(
        {
          nodeId: we(t),
          type: we(n),
          id: we(e),
          position: se.Top,
          ...st(p)
        },
        void 0,
        !0
      );
      return;
    }
    let D = we(o) || q.value || no;
    const X = b(we(t));
    if (!D && X && (D = (z ? X.isValidSourcePos : X.isValidTargetPos) || no), X && (typeof X.connectable > "u" ? h.value : X.connectable) === !1)
      return;
    const J = Zr(p.target), G = as(
      p,
      {
        handle: {
          nodeId: we(t),
          id: we(e),
          type: we(n),
          position: se.Top,
          ...st(p)
        },
        connectionMode: l.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: D,
        doc: J,
        lib: "vue",
        flowId: a,
        nodeLookup: H.value
      },
      Y.value,
      I.value,
      b,
      H.value
    ), re = ((O = G.connection) == null ? void 0 : O.source) === ((M = G.connection) == null ? void 0 : M.target);
    G.isValid && G.connection && !re && R.connect(G.connection), R.clickConnectEnd(p), E(p, !0);
  }
  return {
    handlePointerDown: g,
    handleClick: $
  };
}
function cg() {
  return Ot(il, "");
}
function ll(e) {
  const t = e ?? cg() ?? "", n = Ot(rl, Ie(null)), { findNode: o, edges: i, emits: r } = Ce(), s = o(t);
  return s || r.error(new Be(ze.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: ae(() => o(s.parentNode)),
    connectedEdges: ae(() => zt([s], i.value))
  };
}
function dg() {
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
function fg(e, t) {
  const n = dg();
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
function ul() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = Ce();
  return (u, l = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = l ? 4 : 1, h = u.x * c * f, m = u.y * d * f, w = [];
    for (const b of e.value)
      if (b.draggable || s && typeof b.draggable > "u") {
        const y = { x: b.computedPosition.x + h, y: b.computedPosition.y + m }, { position: x } = fr(
          b,
          y,
          a.error,
          t.value,
          b.parentNode ? o(b.parentNode) : void 0
        );
        w.push({
          id: b.id,
          position: x,
          from: b.position,
          distance: { x: u.x, y: u.y },
          dimensions: b.dimensions
        });
      }
    n(w, !0, !1);
  };
}
const oo = 0.1, hg = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function Et() {
  return Gn("Viewport not initialized yet."), Promise.resolve(!1);
}
const gg = {
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
function pg(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? Nn : go).scaleBy(
        vi(e.d3Selection, i?.duration, i?.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((a) => {
      var u;
      const { x: l, y: c } = Ga({ x: -o, y: -i }, e.translateExtent), d = on.translate(-l, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (u = e.d3Zoom) == null || u.interpolate(s?.interpolate === "linear" ? Nn : go).transform(
        vi(e.d3Selection, s?.duration, s?.ease, () => {
          a(!0);
        }),
        d
      ) : a(!1);
    });
  }
  return ae(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? Nn : go).scaleTo(
        vi(e.d3Selection, r?.duration, r?.ease, () => {
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
      padding: oo,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const a = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && (i?.includeHiddenNodes || !f.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(f.id)) && a.push(f);
      if (!a.length)
        return Promise.resolve(!1);
      const u = dr(a), { x: l, y: c, zoom: d } = jr(
        u,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? oo
      );
      return n(l, c, d, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof s?.zoom < "u" ? s.zoom : e.maxZoom, u = e.dimensions.width / 2 - i * a, l = e.dimensions.height / 2 - r * a;
      return n(u, l, a, s);
    },
    fitBounds: (i, r = { padding: oo }) => {
      const { x: s, y: a, zoom: u } = jr(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? oo
      );
      return n(s, a, u, r);
    },
    project: (i) => An(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - r,
          y: i.y - s
        };
        return An(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x + r,
          y: i.y + s
        };
        return Pn(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : gg);
}
function vi(e, t = 0, n = hg, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function vg(e, t, n) {
  const o = la(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let w, b, y = !!(n.nodes.value.length || n.edges.value.length);
        w = Kt([e.modelValue, () => {
          var x, v;
          return (v = (x = e.modelValue) == null ? void 0 : x.value) == null ? void 0 : v.length;
        }], ([x]) => {
          x && Array.isArray(x) && (b?.pause(), n.setElements(x), !b && !y && x.length ? y = !0 : b?.resume());
        }), b = Kt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([x, v]) => {
            var E;
            (E = e.modelValue) != null && E.value && Array.isArray(e.modelValue.value) && (w?.pause(), e.modelValue.value = [...x, ...v], Xe(() => {
              w?.resume();
            }));
          },
          { immediate: y }
        ), fo(() => {
          w?.stop(), b?.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let w, b, y = !!n.nodes.value.length;
        w = Kt([e.nodes, () => {
          var x, v;
          return (v = (x = e.nodes) == null ? void 0 : x.value) == null ? void 0 : v.length;
        }], ([x]) => {
          x && Array.isArray(x) && (b?.pause(), n.setNodes(x), !b && !y && x.length ? y = !0 : b?.resume());
        }), b = Kt(
          [n.nodes, () => n.nodes.value.length],
          ([x]) => {
            var v;
            (v = e.nodes) != null && v.value && Array.isArray(e.nodes.value) && (w?.pause(), e.nodes.value = [...x], Xe(() => {
              w?.resume();
            }));
          },
          { immediate: y }
        ), fo(() => {
          w?.stop(), b?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let w, b, y = !!n.edges.value.length;
        w = Kt([e.edges, () => {
          var x, v;
          return (v = (x = e.edges) == null ? void 0 : x.value) == null ? void 0 : v.length;
        }], ([x]) => {
          x && Array.isArray(x) && (b?.pause(), n.setEdges(x), !b && !y && x.length ? y = !0 : b?.resume());
        }), b = Kt(
          [n.edges, () => n.edges.value.length],
          ([x]) => {
            var v;
            (v = e.edges) != null && v.value && Array.isArray(e.edges.value) && (w?.pause(), e.edges.value = [...x], Xe(() => {
              w?.resume();
            }));
          },
          { immediate: y }
        ), fo(() => {
          w?.stop(), b?.stop();
        });
      });
    }, a = () => {
      o.run(() => {
        $e(
          () => t.maxZoom,
          () => {
            t.maxZoom && Ae(t.maxZoom) && n.setMaxZoom(t.maxZoom);
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
            t.minZoom && Ae(t.minZoom) && n.setMinZoom(t.minZoom);
          },
          { immediate: !0 }
        );
      });
    }, l = () => {
      o.run(() => {
        $e(
          () => t.translateExtent,
          () => {
            t.translateExtent && Ae(t.translateExtent) && n.setTranslateExtent(t.translateExtent);
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
            t.nodeExtent && Ae(t.nodeExtent) && n.setNodeExtent(t.nodeExtent);
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
            Ae(t.applyDefault) && (n.applyDefault.value = t.applyDefault);
          },
          {
            immediate: !0
          }
        );
      });
    }, f = () => {
      o.run(() => {
        const w = async (b) => {
          let y = b;
          typeof t.autoConnect == "function" && (y = await t.autoConnect(b)), y !== !1 && n.addEdges([y]);
        };
        $e(
          () => t.autoConnect,
          () => {
            Ae(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), $e(
          n.autoConnect,
          (b, y, x) => {
            b ? n.onConnect(w) : n.hooks.value.connect.off(w), x(() => {
              n.hooks.value.connect.off(w);
            });
          },
          { immediate: !0 }
        );
      });
    }, h = () => {
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
      for (const b of Object.keys(t)) {
        const y = b;
        if (!w.includes(y)) {
          const x = xe(() => t[y]), v = n[y];
          tr(v) && o.run(() => {
            $e(
              x,
              (E) => {
                Ae(E) && (v.value = E);
              },
              { immediate: !0 }
            );
          });
        }
      }
    };
    i(), r(), s(), u(), a(), l(), c(), d(), f(), h();
  }), () => o.stop();
}
function mg() {
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
    error: ne((e) => Gn(e.message))
  };
}
function yg(e, t) {
  const n = cn();
  $u(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), Mn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), Mn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = wg(i);
    return !!((r = n?.vnode.props) == null ? void 0 : r[s]);
  }
}
function wg(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function cl() {
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
    selectionMode: cr.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: Sn.Free,
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
      type: At.Bezier,
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
    multiSelectionKeyCode: Rn() ? "Meta" : "Control",
    zoomActivationKeyCode: Rn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: mg(),
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
const _g = [
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
function bg(e, t, n) {
  const o = pg(e), i = (k) => {
    const _ = k ?? [];
    e.hooks.updateNodeInternals.trigger(_);
  }, r = (k) => zh(k, e.nodes, e.edges), s = (k) => Ah(k, e.nodes, e.edges), a = (k) => zt(k, e.edges), u = ({ id: k, type: _, nodeId: S }) => {
    var P;
    const T = k ? `-${_}-${k}` : `-${_}`;
    return Array.from(((P = e.connectionLookup.get(`${S}${T}`)) == null ? void 0 : P.values()) ?? []);
  }, l = (k) => {
    if (k)
      return t.value.get(k);
  }, c = (k) => {
    if (k)
      return n.value.get(k);
  }, d = (k, _, S) => {
    var P, T;
    const te = [];
    for (const oe of k) {
      const ue = {
        id: oe.id,
        type: "position",
        dragging: S,
        from: oe.from
      };
      if (_ && (ue.position = oe.position, oe.parentNode)) {
        const ie = l(oe.parentNode);
        ue.position = {
          x: ue.position.x - (((P = ie?.computedPosition) == null ? void 0 : P.x) ?? 0),
          y: ue.position.y - (((T = ie?.computedPosition) == null ? void 0 : T.y) ?? 0)
        };
      }
      te.push(ue);
    }
    te?.length && e.hooks.nodesChange.trigger(te);
  }, f = (k) => {
    if (!e.vueFlowRef)
      return;
    const _ = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!_)
      return;
    const S = window.getComputedStyle(_), { m22: P } = new window.DOMMatrixReadOnly(S.transform), T = [];
    for (const te of k) {
      const oe = te, ue = l(oe.id);
      if (ue) {
        const ie = qo(oe.nodeElement);
        if (!!(ie.width && ie.height && (ue.dimensions.width !== ie.width || ue.dimensions.height !== ie.height || oe.forceUpdate))) {
          const ve = oe.nodeElement.getBoundingClientRect();
          ue.dimensions = ie, ue.handleBounds.source = ls("source", oe.nodeElement, ve, P, ue.id), ue.handleBounds.target = ls("target", oe.nodeElement, ve, P, ue.id), T.push({
            id: ue.id,
            type: "dimensions",
            dimensions: ie
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), T.length && e.hooks.nodesChange.trigger(T);
  }, h = (k, _) => {
    const S = /* @__PURE__ */ new Set(), P = /* @__PURE__ */ new Set();
    for (const oe of k)
      Ht(oe) ? S.add(oe.id) : Tt(oe) && P.add(oe.id);
    const T = kt(t.value, S, !0), te = kt(n.value, P);
    if (e.multiSelectionActive) {
      for (const oe of S)
        T.push(xt(oe, _));
      for (const oe of P)
        te.push(xt(oe, _));
    }
    T.length && e.hooks.nodesChange.trigger(T), te.length && e.hooks.edgesChange.trigger(te);
  }, m = (k) => {
    if (e.multiSelectionActive) {
      const _ = k.map((S) => xt(S.id, !0));
      e.hooks.nodesChange.trigger(_);
      return;
    }
    e.hooks.nodesChange.trigger(kt(t.value, new Set(k.map((_) => _.id)), !0)), e.hooks.edgesChange.trigger(kt(n.value));
  }, w = (k) => {
    if (e.multiSelectionActive) {
      const _ = k.map((S) => xt(S.id, !0));
      e.hooks.edgesChange.trigger(_);
      return;
    }
    e.hooks.edgesChange.trigger(kt(n.value, new Set(k.map((_) => _.id)))), e.hooks.nodesChange.trigger(kt(t.value, /* @__PURE__ */ new Set(), !0));
  }, b = (k) => {
    h(k, !0);
  }, y = (k) => {
    const S = (k || e.nodes).map((P) => (P.selected = !1, xt(P.id, !1)));
    e.hooks.nodesChange.trigger(S);
  }, x = (k) => {
    const S = (k || e.edges).map((P) => (P.selected = !1, xt(P.id, !1)));
    e.hooks.edgesChange.trigger(S);
  }, v = (k) => {
    if (!k || !k.length)
      return h([], !1);
    const _ = k.reduce(
      (S, P) => {
        const T = xt(P.id, !1);
        return Ht(P) ? S.nodes.push(T) : S.edges.push(T), S;
      },
      { nodes: [], edges: [] }
    );
    _.nodes.length && e.hooks.nodesChange.trigger(_.nodes), _.edges.length && e.hooks.edgesChange.trigger(_.edges);
  }, E = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([k, e.maxZoom]), e.minZoom = k;
  }, R = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([e.minZoom, k]), e.maxZoom = k;
  }, L = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.translateExtent(k), e.translateExtent = k;
  }, Y = (k) => {
    e.nodeExtent = k, i();
  }, I = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.clickDistance(k);
  }, q = (k) => {
    e.nodesDraggable = k, e.nodesConnectable = k, e.elementsSelectable = k;
  }, H = (k) => {
    const _ = k instanceof Function ? k(e.nodes) : k;
    !e.initialized && !_.length || (e.nodes = us(_, l, e.hooks.error.trigger));
  }, F = (k) => {
    const _ = k instanceof Function ? k(e.edges) : k;
    if (!e.initialized && !_.length)
      return;
    const S = pi(
      _,
      e.isValidConnection,
      l,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    gi(e.connectionLookup, n.value, S), e.edges = S;
  }, N = (k) => {
    const _ = k instanceof Function ? k([...e.nodes, ...e.edges]) : k;
    !e.initialized && !_.length || (H(_.filter(Ht)), F(_.filter(Tt)));
  }, U = (k) => {
    let _ = k instanceof Function ? k(e.nodes) : k;
    _ = Array.isArray(_) ? _ : [_];
    const S = us(_, l, e.hooks.error.trigger), P = [];
    for (const T of S)
      P.push(es(T));
    P.length && e.hooks.nodesChange.trigger(P);
  }, g = (k) => {
    let _ = k instanceof Function ? k(e.edges) : k;
    _ = Array.isArray(_) ? _ : [_];
    const S = pi(
      _,
      e.isValidConnection,
      l,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    ), P = [];
    for (const T of S)
      P.push(es(T));
    P.length && e.hooks.edgesChange.trigger(P);
  }, $ = (k, _ = !0, S = !1) => {
    const P = k instanceof Function ? k(e.nodes) : k, T = Array.isArray(P) ? P : [P], te = [], oe = [];
    function ue(fe) {
      const ve = a(fe);
      for (const Ee of ve)
        (!Ae(Ee.deletable) || Ee.deletable) && oe.push(ns(Ee.id, Ee.source, Ee.target, Ee.sourceHandle, Ee.targetHandle));
    }
    function ie(fe) {
      const ve = [];
      for (const Ee of e.nodes)
        Ee.parentNode === fe && ve.push(Ee);
      if (ve.length) {
        for (const Ee of ve)
          te.push(ts(Ee.id));
        _ && ue(ve);
        for (const Ee of ve)
          ie(Ee.id);
      }
    }
    for (const fe of T) {
      const ve = typeof fe == "string" ? l(fe) : fe;
      ve && (Ae(ve.deletable) && !ve.deletable || (te.push(ts(ve.id)), _ && ue([ve]), S && ie(ve.id)));
    }
    oe.length && e.hooks.edgesChange.trigger(oe), te.length && e.hooks.nodesChange.trigger(te);
  }, p = (k) => {
    const _ = k instanceof Function ? k(e.edges) : k, S = Array.isArray(_) ? _ : [_], P = [];
    for (const T of S) {
      const te = typeof T == "string" ? c(T) : T;
      te && (Ae(te.deletable) && !te.deletable || P.push(
        ns(
          typeof T == "string" ? T : T.id,
          te.source,
          te.target,
          te.sourceHandle,
          te.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(P);
  }, O = (k, _, S = !0) => {
    const P = c(k.id);
    if (!P)
      return !1;
    const T = e.edges.indexOf(P), te = ig(k, _, P, S, e.hooks.error.trigger);
    if (te) {
      const [oe] = pi(
        [te],
        e.isValidConnection,
        l,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((ue, ie) => ie === T ? oe : ue), gi(e.connectionLookup, n.value, [oe]), oe;
    }
    return !1;
  }, M = (k, _, S = { replace: !1 }) => {
    const P = c(k);
    if (!P)
      return;
    const T = typeof _ == "function" ? _(P) : _;
    P.data = S.replace ? T : { ...P.data, ...T };
  }, z = (k) => Jr(k, e.nodes), D = (k) => {
    const _ = Jr(k, e.edges);
    return gi(e.connectionLookup, n.value, _), _;
  }, X = (k, _, S = { replace: !1 }) => {
    const P = l(k);
    if (!P)
      return;
    const T = typeof _ == "function" ? _(P) : _;
    S.replace ? e.nodes.splice(e.nodes.indexOf(P), 1, T) : Object.assign(P, T);
  }, J = (k, _, S = { replace: !1 }) => {
    const P = l(k);
    if (!P)
      return;
    const T = typeof _ == "function" ? _(P) : _;
    P.data = S.replace ? T : { ...P.data, ...T };
  }, G = (k, _, S = !1) => {
    S ? e.connectionClickStartHandle = k : e.connectionStartHandle = k, e.connectionEndHandle = null, e.connectionStatus = null, _ && (e.connectionPosition = _);
  }, re = (k, _ = null, S = null) => {
    e.connectionStartHandle && (e.connectionPosition = k, e.connectionEndHandle = _, e.connectionStatus = S);
  }, W = (k, _) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, _ ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, Z = (k) => {
    const _ = Dh(k), S = _ ? null : wn(k) ? k : l(k.id);
    return !_ && !S ? [null, null, _] : [_ ? k : To(S), S, _];
  }, ee = (k, _ = !0, S = e.nodes) => {
    const [P, T, te] = Z(k);
    if (!P)
      return [];
    const oe = [];
    for (const ue of S || e.nodes) {
      if (!te && (ue.id === T.id || !ue.computedPosition))
        continue;
      const ie = To(ue), fe = Oo(ie, P);
      (_ && fe > 0 || fe >= ie.width * ie.height || fe >= Number(P.width) * Number(P.height)) && oe.push(ue);
    }
    return oe;
  }, he = (k, _, S = !0) => {
    const [P] = Z(k);
    if (!P)
      return !1;
    const T = Oo(P, _);
    return S && T > 0 || T >= Number(P.width) * Number(P.height);
  }, ye = (k) => {
    const { viewport: _, dimensions: S, d3Zoom: P, d3Selection: T, translateExtent: te } = e;
    if (!P || !T || !k.x && !k.y)
      return !1;
    const oe = on.translate(_.x + k.x, _.y + k.y).scale(_.zoom), ue = [
      [0, 0],
      [S.width, S.height]
    ], ie = P.constrain()(oe, ue, te), fe = e.viewport.x !== ie.x || e.viewport.y !== ie.y || e.viewport.zoom !== ie.k;
    return P.transform(T, ie), fe;
  }, pe = (k) => {
    const _ = k instanceof Function ? k(e) : k, S = [
      "d3Zoom",
      "d3Selection",
      "d3ZoomHandler",
      "viewportRef",
      "vueFlowRef",
      "dimensions",
      "hooks"
    ];
    Ae(_.defaultEdgeOptions) && (e.defaultEdgeOptions = _.defaultEdgeOptions);
    const P = _.modelValue || _.nodes || _.edges ? [] : void 0;
    P && (_.modelValue && P.push(..._.modelValue), _.nodes && P.push(..._.nodes), _.edges && P.push(..._.edges), N(P));
    const T = () => {
      Ae(_.maxZoom) && R(_.maxZoom), Ae(_.minZoom) && E(_.minZoom), Ae(_.translateExtent) && L(_.translateExtent);
    };
    for (const te of Object.keys(_)) {
      const oe = te, ue = _[oe];
      ![..._g, ...S].includes(oe) && Ae(ue) && (e[oe] = ue);
    }
    Mi(() => e.d3Zoom).not.toBeNull().then(T), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: N,
    setNodes: H,
    setEdges: F,
    addNodes: U,
    addEdges: g,
    removeNodes: $,
    removeEdges: p,
    findNode: l,
    findEdge: c,
    updateEdge: O,
    updateEdgeData: M,
    updateNode: X,
    updateNodeData: J,
    applyEdgeChanges: D,
    applyNodeChanges: z,
    addSelectedElements: b,
    addSelectedNodes: m,
    addSelectedEdges: w,
    setMinZoom: E,
    setMaxZoom: R,
    setTranslateExtent: L,
    setNodeExtent: Y,
    setPaneClickDistance: I,
    removeSelectedElements: v,
    removeSelectedNodes: y,
    removeSelectedEdges: x,
    startConnection: G,
    updateConnection: re,
    endConnection: W,
    setInteractive: q,
    setState: pe,
    getIntersectingNodes: ee,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: u,
    isNodeIntersecting: he,
    panBy: ye,
    fitView: (k) => o.value.fitView(k),
    zoomIn: (k) => o.value.zoomIn(k),
    zoomOut: (k) => o.value.zoomOut(k),
    zoomTo: (k, _) => o.value.zoomTo(k, _),
    setViewport: (k, _) => o.value.setViewport(k, _),
    setTransform: (k, _) => o.value.setTransform(k, _),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: (k, _, S) => o.value.setCenter(k, _, S),
    fitBounds: (k, _) => o.value.fitBounds(k, _),
    project: (k) => o.value.project(k),
    screenToFlowCoordinate: (k) => o.value.screenToFlowCoordinate(k),
    flowToScreenCoordinate: (k) => o.value.flowToScreenCoordinate(k),
    toObject: () => {
      const k = [], _ = [];
      for (const S of e.nodes) {
        const {
          computedPosition: P,
          handleBounds: T,
          selected: te,
          dimensions: oe,
          isParent: ue,
          resizing: ie,
          dragging: fe,
          events: ve,
          ...Ee
        } = S;
        k.push(Ee);
      }
      for (const S of e.edges) {
        const { selected: P, sourceNode: T, targetNode: te, events: oe, ...ue } = S;
        _.push(ue);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: k,
          edges: _,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: (k) => new Promise((_) => {
      const { nodes: S, edges: P, position: T, zoom: te, viewport: oe } = k;
      S && H(S), P && F(P);
      const [ue, ie] = oe?.x && oe?.y ? [oe.x, oe.y] : T ?? [null, null];
      if (ue && ie) {
        const fe = oe?.zoom || te || e.viewport.zoom;
        return Mi(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: ue,
            y: ie,
            zoom: fe
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
      const k = cl();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const _ = on.translate(k.defaultViewport.x ?? 0, k.defaultViewport.y ?? 0).scale(Ut(k.defaultViewport.zoom ?? 1, k.minZoom, k.maxZoom)), S = e.viewportRef.getBoundingClientRect(), P = [
          [0, 0],
          [S.width, S.height]
        ], T = e.d3Zoom.constrain()(_, P, k.translateExtent);
        e.d3Zoom.transform(e.d3Selection, T);
      }
      pe(k);
    },
    $destroy: () => {
    }
  };
}
const Eg = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], xg = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, sn = /* @__PURE__ */ Se({
  ...xg,
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
    const n = xu(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = xe(() => n.type ?? "source"), i = xe(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: u,
      vueFlowRef: l,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Ce(), { id: h, node: m, nodeEl: w, connectedEdges: b } = ll(), y = Ie(), x = xe(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), v = xe(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), E = xe(
      () => {
        var F, N, U, g, $, p;
        return ((F = s.value) == null ? void 0 : F.nodeId) === h && ((N = s.value) == null ? void 0 : N.id) === e.id && ((U = s.value) == null ? void 0 : U.type) === o.value || ((g = u.value) == null ? void 0 : g.nodeId) === h && (($ = u.value) == null ? void 0 : $.id) === e.id && ((p = u.value) == null ? void 0 : p.type) === o.value;
      }
    ), R = xe(
      () => {
        var F, N, U;
        return ((F = a.value) == null ? void 0 : F.nodeId) === h && ((N = a.value) == null ? void 0 : N.id) === e.id && ((U = a.value) == null ? void 0 : U.type) === o.value;
      }
    ), { handlePointerDown: L, handleClick: Y } = al({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), I = ae(() => typeof e.connectable == "string" && e.connectable === "single" ? !b.value.some((F) => {
      const N = F[`${o.value}Handle`];
      return F[o.value] !== h ? !1 : N ? N === e.id : !0;
    }) : typeof e.connectable == "number" ? b.value.filter((F) => {
      const N = F[`${o.value}Handle`];
      return F[o.value] !== h ? !1 : N ? N === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(m, b.value) : Ae(e.connectable) ? e.connectable : c.value);
    _t(() => {
      var F;
      if (!m.dimensions.width || !m.dimensions.height)
        return;
      const N = (F = m.handleBounds[o.value]) == null ? void 0 : F.find((z) => z.id === e.id);
      if (!l.value || N)
        return;
      const U = l.value.querySelector(".vue-flow__transformationpane");
      if (!w.value || !y.value || !U || !e.id)
        return;
      const g = w.value.getBoundingClientRect(), $ = y.value.getBoundingClientRect(), p = window.getComputedStyle(U), { m22: O } = new window.DOMMatrixReadOnly(p.transform), M = {
        id: e.id,
        position: e.position,
        x: ($.left - g.left) / O,
        y: ($.top - g.top) / O,
        type: o.value,
        nodeId: h,
        ...qo(y.value)
      };
      m.handleBounds[o.value] = [...m.handleBounds[o.value] ?? [], M];
    });
    function q(F) {
      const N = hr(F);
      I.value && x.value && (N && F.button === 0 || !N) && L(F);
    }
    function H(F) {
      !h || !a.value && !x.value || I.value && Y(F);
    }
    return t({
      handleClick: Y,
      handlePointerDown: L,
      onClick: H,
      onPointerDown: q
    }), (F, N) => (Q(), le("div", {
      ref_key: "handle",
      ref: y,
      "data-id": `${K(r)}-${K(h)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": K(h),
      "data-handlepos": F.position,
      class: Ge(["vue-flow__handle", [
        `vue-flow__handle-${F.position}`,
        `vue-flow__handle-${e.id}`,
        K(d),
        K(f),
        o.value,
        {
          connectable: I.value,
          connecting: R.value,
          connectablestart: x.value,
          connectableend: v.value,
          connectionindicator: I.value && (x.value && !E.value || v.value && E.value)
        }
      ]]),
      onMousedown: q,
      onTouchstartPassive: q,
      onClick: H
    }, [
      Te(F.$slots, "default", { id: F.id })
    ], 42, Eg));
  }
}), Zo = function({
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
    Ne(sn, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Ne(a) : Ne(He, [a]),
    Ne(sn, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Zo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Zo.inheritAttrs = !1;
Zo.compatConfig = { MODE: 3 };
const $g = Zo, jo = function({
  targetPosition: e = se.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Ne(sn, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Ne(r) : Ne(He, [r])
  ];
};
jo.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
jo.inheritAttrs = !1;
jo.compatConfig = { MODE: 3 };
const kg = jo, Qo = function({
  sourcePosition: e = se.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Ne(r) : Ne(He, [r]),
    Ne(sn, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
Qo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Qo.inheritAttrs = !1;
Qo.compatConfig = { MODE: 3 };
const Ng = Qo, Sg = ["transform"], Cg = ["width", "height", "x", "y", "rx", "ry"], Mg = ["y"], Ig = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Tg = /* @__PURE__ */ Se({
  ...Ig,
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
    const t = Ie({ x: 0, y: 0, width: 0, height: 0 }), n = Ie(null), o = ae(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
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
        style: De(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, Cg)) : ke("", !0),
      be("text", Eo(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Te(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (Q(), Re(Pt(r.label), { key: 0 })) : (Q(), le(He, { key: 1 }, [
            Si(Pe(r.label), 1)
          ], 64))
        ])
      ], 16, Mg)
    ], 8, Sg));
  }
}), Og = ["id", "d", "marker-end", "marker-start"], Dg = ["d", "stroke-width"], Pg = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, Jo = /* @__PURE__ */ Se({
  ...Pg,
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
    const n = Ie(null), o = Ie(null), i = Ie(null), r = nr();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, a) => (Q(), le(He, null, [
      be("path", Eo(K(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Og),
      s.interactionWidth ? (Q(), le("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Dg)) : ke("", !0),
      s.label && s.labelX && s.labelY ? (Q(), Re(Tg, {
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
      }, null, 8, ["x", "y", "label", "label-show-bg", "label-bg-style", "label-bg-padding", "label-bg-border-radius", "label-style"])) : ke("", !0)
    ], 64));
  }
});
function dl({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function fl({
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
function io(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function hs({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case se.Left:
      s = t - io(t - o, r), a = n;
      break;
    case se.Right:
      s = t + io(o - t, r), a = n;
      break;
    case se.Top:
      s = t, a = n - io(n - i, r);
      break;
    case se.Bottom:
      s = t, a = n + io(i - n, r);
      break;
  }
  return [s, a];
}
function hl(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
    curvature: a = 0.25
  } = e, [u, l] = hs({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: a
  }), [c, d] = hs({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: a
  }), [f, h, m, w] = fl({
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
    h,
    m,
    w
  ];
}
function gs({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
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
function gl(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top
  } = e, [a, u] = gs({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [l, c] = gs({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, h, m] = fl({
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
    h,
    m
  ];
}
const ps = {
  [se.Left]: { x: -1, y: 0 },
  [se.Right]: { x: 1, y: 0 },
  [se.Top]: { x: 0, y: -1 },
  [se.Bottom]: { x: 0, y: 1 }
};
function Ag({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n
}) {
  return t === se.Left || t === se.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function vs(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function zg({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n,
  targetPosition: o = se.Top,
  center: i,
  offset: r
}) {
  const s = ps[t], a = ps[o], u = { x: e.x + s.x * r, y: e.y + s.y * r }, l = { x: n.x + a.x * r, y: n.y + a.y * r }, c = Ag({
    source: u,
    sourcePosition: t,
    target: l
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let h, m, w;
  const b = { x: 0, y: 0 }, y = { x: 0, y: 0 }, [x, v, E, R] = dl({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    m = i.x ?? x, w = i.y ?? v;
    const Y = [
      { x: m, y: u.y },
      { x: m, y: l.y }
    ], I = [
      { x: u.x, y: w },
      { x: l.x, y: w }
    ];
    s[d] === f ? h = d === "x" ? Y : I : h = d === "x" ? I : Y;
  } else {
    const Y = [{ x: u.x, y: l.y }], I = [{ x: l.x, y: u.y }];
    if (d === "x" ? h = s.x === f ? I : Y : h = s.y === f ? Y : I, t === o) {
      const U = Math.abs(e[d] - n[d]);
      if (U <= r) {
        const g = Math.min(r - 1, r - U);
        s[d] === f ? b[d] = (u[d] > e[d] ? -1 : 1) * g : y[d] = (l[d] > n[d] ? -1 : 1) * g;
      }
    }
    if (t !== o) {
      const U = d === "x" ? "y" : "x", g = s[d] === a[U], $ = u[U] > l[U], p = u[U] < l[U];
      (s[d] === 1 && (!g && $ || g && p) || s[d] !== 1 && (!g && p || g && $)) && (h = d === "x" ? Y : I);
    }
    const q = { x: u.x + b.x, y: u.y + b.y }, H = { x: l.x + y.x, y: l.y + y.y }, F = Math.max(Math.abs(q.x - h[0].x), Math.abs(H.x - h[0].x)), N = Math.max(Math.abs(q.y - h[0].y), Math.abs(H.y - h[0].y));
    F >= N ? (m = (q.x + H.x) / 2, w = h[0].y) : (m = h[0].x, w = (q.y + H.y) / 2);
  }
  return [[
    e,
    { x: u.x + b.x, y: u.y + b.y },
    ...h,
    { x: l.x + y.x, y: l.y + y.y },
    n
  ], m, w, E, R];
}
function Rg(e, t, n, o) {
  const i = Math.min(vs(e, t) / 2, vs(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const l = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * l},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const a = e.x < n.x ? 1 : -1, u = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * u}Q ${r},${s} ${r + i * a},${s}`;
}
function Fi(e) {
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
  } = e, [d, f, h, m, w] = zg({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: u, y: l },
    offset: c
  });
  return [d.reduce((y, x, v) => {
    let E;
    return v > 0 && v < d.length - 1 ? E = Rg(d[v - 1], x, d[v + 1], a) : E = `${v === 0 ? "M" : "L"}${x.x} ${x.y}`, y += E, y;
  }, ""), f, h, m, w];
}
function Bg(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, u] = dl({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, u];
}
const Vg = Se({
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
      const [n, o, i] = Bg(e);
      return Ne(Jo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Lg = Vg, Hg = Se({
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
      const [n, o, i] = Fi({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(Jo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), pl = Hg, Fg = Se({
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
    return () => Ne(pl, { ...e, ...t, borderRadius: 0 });
  }
}), Yg = Fg, Xg = Se({
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
      const [n, o, i] = hl({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(Jo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Gg = Xg, Ug = Se({
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
      const [n, o, i] = gl({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(Jo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), qg = Ug, Wg = {
  input: Ng,
  default: $g,
  output: kg
}, Kg = {
  default: Gg,
  straight: Lg,
  step: Yg,
  smoothstep: pl,
  simplebezier: qg
};
function Zg(e, t, n) {
  const o = ae(() => (w) => t.value.get(w)), i = ae(() => (w) => n.value.get(w)), r = ae(() => {
    const w = {
      ...Kg,
      ...e.edgeTypes
    }, b = Object.keys(w);
    for (const y of e.edges)
      y.type && !b.includes(y.type) && (w[y.type] = y.type);
    return w;
  }), s = ae(() => {
    const w = {
      ...Wg,
      ...e.nodeTypes
    }, b = Object.keys(w);
    for (const y of e.nodes)
      y.type && !b.includes(y.type) && (w[y.type] = y.type);
    return w;
  }), a = ae(() => e.onlyRenderVisibleElements ? ja(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), u = ae(() => {
    if (e.onlyRenderVisibleElements) {
      const w = [];
      for (const b of e.edges) {
        const y = t.value.get(b.source), x = t.value.get(b.target);
        Uh({
          sourcePos: y.computedPosition || { x: 0, y: 0 },
          targetPos: x.computedPosition || { x: 0, y: 0 },
          sourceWidth: y.dimensions.width,
          sourceHeight: y.dimensions.height,
          targetWidth: x.dimensions.width,
          targetHeight: x.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && w.push(b);
      }
      return w;
    }
    return e.edges;
  }), l = ae(() => [...a.value, ...u.value]), c = ae(() => {
    const w = [];
    for (const b of e.nodes)
      b.selected && w.push(b);
    return w;
  }), d = ae(() => {
    const w = [];
    for (const b of e.edges)
      b.selected && w.push(b);
    return w;
  }), f = ae(() => [
    ...c.value,
    ...d.value
  ]), h = ae(() => {
    const w = [];
    for (const b of e.nodes)
      b.dimensions.width && b.dimensions.height && b.handleBounds !== void 0 && w.push(b);
    return w;
  }), m = ae(
    () => a.value.length > 0 && h.value.length === a.value.length
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
    getNodesInitialized: h,
    areNodesInitialized: m
  };
}
class Rt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = cn()) == null ? void 0 : t.appContext.app, o = n?.config.globalProperties.$vueFlowStorage ?? Rt.instance;
    return Rt.instance = o ?? new Rt(), n && (n.config.globalProperties.$vueFlowStorage = Rt.instance), Rt.instance;
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
    const o = cl(), i = Ni(o), r = {};
    for (const [f, h] of Object.entries(i.hooks)) {
      const m = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[m] = h.on;
    }
    const s = {};
    for (const [f, h] of Object.entries(i.hooks))
      s[f] = h.trigger;
    const a = ae(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.nodes)
        f.set(h.id, h);
      return f;
    }), u = ae(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.edges)
        f.set(h.id, h);
      return f;
    }), l = Zg(i, a, u), c = bg(i, a, u);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...l,
      ...c,
      ...Hu(i),
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
function Ce(e) {
  const t = Rt.getInstance(), n = aa(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? n?.vueFlowId;
  let a;
  if (n) {
    const u = Ot(fs, null);
    typeof u < "u" && u !== null && (!s || u.id === s) && (a = u);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const u = r ?? t.getId(), l = t.create(u, i);
    a = l, (n ?? la(!0)).run(() => {
      $e(
        l.applyDefault,
        (d, f, h) => {
          const m = (b) => {
            l.applyNodeChanges(b);
          }, w = (b) => {
            l.applyEdgeChanges(b);
          };
          d ? (l.onNodesChange(m), l.onEdgesChange(w)) : (l.hooks.value.nodesChange.off(m), l.hooks.value.edgesChange.off(w)), h(() => {
            l.hooks.value.nodesChange.off(m), l.hooks.value.edgesChange.off(w);
          });
        },
        { immediate: !0 }
      ), Mn(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : Gn(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (Mt(fs, a), n.vueFlowId = a.id), o) {
    const u = cn();
    u?.type.name !== "VueFlow" && a.emits.error(new Be(ze.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function jg(e) {
  const { emits: t, dimensions: n } = Ce();
  let o;
  _t(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = qo(e.value);
      (a.width === 0 || a.height === 0) && t.error(new Be(ze.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), er(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Qg = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Jg = /* @__PURE__ */ Se({
  ...Qg,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (Q(), le("div", {
      class: "vue-flow__selection vue-flow__container",
      style: De({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), ep = ["tabIndex"], tp = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, np = /* @__PURE__ */ Se({
  ...tp,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Ce(), a = ul(), u = Ie(null), l = sl({
      el: u,
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
    _t(() => {
      var m;
      r.value || (m = u.value) == null || m.focus({ preventScroll: !0 });
    });
    const c = ae(() => dr(o.value)), d = ae(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(m) {
      t.selectionContextMenu({ event: m, nodes: o.value });
    }
    function h(m) {
      r.value || Jt[m.key] && (m.preventDefault(), a(
        {
          x: Jt[m.key].x,
          y: Jt[m.key].y
        },
        m.shiftKey
      ));
    }
    return (m, w) => !K(s) && c.value.width && c.value.height ? (Q(), le("div", {
      key: 0,
      class: Ge(["vue-flow__nodesselection vue-flow__container", K(i)]),
      style: De({ transform: `translate(${K(n).x}px,${K(n).y}px) scale(${K(n).zoom})` })
    }, [
      be("div", {
        ref_key: "el",
        ref: u,
        class: Ge([{ dragging: K(l) }, "vue-flow__nodesselection-rect"]),
        style: De(d.value),
        tabIndex: K(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: h
      }, null, 46, ep)
    ], 6)) : ke("", !0);
  }
});
function op(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const ip = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, rp = /* @__PURE__ */ Se({
  ...ip,
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
      removeEdges: h,
      selectionMode: m,
      deleteKeyCode: w,
      multiSelectionKeyCode: b,
      multiSelectionActive: y,
      edgeLookup: x,
      nodeLookup: v,
      connectionLookup: E,
      defaultEdgeOptions: R,
      connectionStartHandle: L,
      panOnDrag: Y
    } = Ce(), I = Ct(null), q = Ct(/* @__PURE__ */ new Set()), H = Ct(/* @__PURE__ */ new Set()), F = Ct(null), N = xe(() => u.value && (e.isSelecting || r.value)), U = xe(() => L.value !== null);
    let g = !1, $ = !1;
    const p = Cn(w, { actInsideInputWithModifier: !1 }), O = Cn(b);
    $e(p, (W) => {
      W && (f(d.value), h(c.value), l.value = !1);
    }), $e(O, (W) => {
      y.value = W;
    });
    function M(W, Z) {
      return (ee) => {
        ee.target === Z && W?.(ee);
      };
    }
    function z(W) {
      if (g || U.value) {
        g = !1;
        return;
      }
      i.paneClick(W), s(), l.value = !1;
    }
    function D(W) {
      var Z;
      if (Array.isArray(Y.value) && ((Z = Y.value) != null && Z.includes(2))) {
        W.preventDefault();
        return;
      }
      i.paneContextMenu(W);
    }
    function X(W) {
      i.paneScroll(W);
    }
    function J(W) {
      var Z, ee, he;
      if (F.value = ((Z = t.value) == null ? void 0 : Z.getBoundingClientRect()) ?? null, !u.value || !e.isSelecting || W.button !== 0 || W.target !== I.value || !F.value)
        return;
      (he = (ee = W.target) == null ? void 0 : ee.setPointerCapture) == null || he.call(ee, W.pointerId);
      const { x: ye, y: pe } = op(W, F.value);
      $ = !0, g = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: ye,
        startY: pe,
        x: ye,
        y: pe
      }, i.selectionStart(W);
    }
    function G(W) {
      var Z;
      if (!F.value || !a.value)
        return;
      g = !0;
      const { x: ee, y: he } = st(W, F.value), { startX: ye = 0, startY: pe = 0 } = a.value, _e = {
        startX: ye,
        startY: pe,
        x: ee < ye ? ee : ye,
        y: he < pe ? he : pe,
        width: Math.abs(ee - ye),
        height: Math.abs(he - pe)
      }, de = q.value, ge = H.value;
      q.value = new Set(
        ja(n.value, _e, o.value, m.value === cr.Partial, !0).map(
          (_) => _.id
        )
      ), H.value = /* @__PURE__ */ new Set();
      const k = ((Z = R.value) == null ? void 0 : Z.selectable) ?? !0;
      for (const _ of q.value) {
        const S = E.value.get(_);
        if (S)
          for (const { edgeId: P } of S.values()) {
            const T = x.value.get(P);
            T && (T.selectable ?? k) && H.value.add(P);
          }
      }
      if (!ds(de, q.value)) {
        const _ = kt(v.value, q.value, !0);
        i.nodesChange(_);
      }
      if (!ds(ge, H.value)) {
        const _ = kt(x.value, H.value);
        i.edgesChange(_);
      }
      a.value = _e, r.value = !0, l.value = !1;
    }
    function re(W) {
      var Z;
      W.button !== 0 || !$ || ((Z = W.target) == null || Z.releasePointerCapture(W.pointerId), !r.value && a.value && W.target === I.value && z(W), r.value = !1, a.value = null, l.value = q.value.size > 0, i.selectionEnd(W), e.selectionKeyPressed && (g = !1), $ = !1);
    }
    return (W, Z) => (Q(), le("div", {
      ref_key: "container",
      ref: I,
      class: Ge(["vue-flow__pane vue-flow__container", { selection: W.isSelecting }]),
      onClick: Z[0] || (Z[0] = (ee) => N.value ? void 0 : M(z, I.value)(ee)),
      onContextmenu: Z[1] || (Z[1] = (ee) => M(D, I.value)(ee)),
      onWheelPassive: Z[2] || (Z[2] = (ee) => M(X, I.value)(ee)),
      onPointerenter: Z[3] || (Z[3] = (ee) => N.value ? void 0 : K(i).paneMouseEnter(ee)),
      onPointerdown: Z[4] || (Z[4] = (ee) => N.value ? J(ee) : K(i).paneMouseMove(ee)),
      onPointermove: Z[5] || (Z[5] = (ee) => N.value ? G(ee) : K(i).paneMouseMove(ee)),
      onPointerup: Z[6] || (Z[6] = (ee) => N.value ? re(ee) : void 0),
      onPointerleave: Z[7] || (Z[7] = (ee) => K(i).paneMouseLeave(ee))
    }, [
      Te(W.$slots, "default"),
      K(r) && K(a) ? (Q(), Re(Jg, {
        key: 0,
        "user-selection-rect": K(a)
      }, null, 8, ["user-selection-rect"])) : ke("", !0),
      K(l) && K(d).length ? (Q(), Re(np, { key: 1 })) : ke("", !0)
    ], 34));
  }
}), sp = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, ap = /* @__PURE__ */ Se({
  ...sp,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Ce(), i = ae(() => n.value ? !o.value : !1), r = ae(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (Q(), le("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: De({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Te(s.$slots, "default")
    ], 4));
  }
}), lp = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, up = /* @__PURE__ */ Se({
  ...lp,
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
      zoomOnPinch: h,
      zoomOnScroll: m,
      preventScrolling: w,
      noWheelClassName: b,
      noPanClassName: y,
      emits: x,
      connectionStartHandle: v,
      userSelectionActive: E,
      paneDragging: R,
      d3Zoom: L,
      d3Selection: Y,
      d3ZoomHandler: I,
      viewport: q,
      viewportRef: H,
      paneClickDistance: F
    } = Ce();
    jg(H);
    const N = Ct(!1), U = Ct(!1);
    let g = null, $ = !1, p = 0, O = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const M = Cn(a), z = Cn(s), D = Cn(r), X = xe(
      () => (!z.value || z.value && s.value === !0) && (M.value || d.value)
    ), J = xe(() => M.value || u.value), G = xe(() => s.value === !0 && X.value !== !0), re = xe(
      () => z.value && s.value !== !0 || E.value || G.value
    ), W = xe(() => v.value !== null);
    _t(() => {
      if (!H.value) {
        Gn("Viewport element is missing");
        return;
      }
      const pe = H.value, _e = pe.getBoundingClientRect(), de = Nh().clickDistance(F.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ge = Ze(pe).call(de), k = ge.on("wheel.zoom"), _ = on.translate(o.value.x ?? 0, o.value.y ?? 0).scale(Ut(o.value.zoom ?? 1, t.value, n.value)), S = [
        [0, 0],
        [_e.width, _e.height]
      ], P = de.constrain()(_, S, i.value);
      de.transform(ge, P), de.wheelDelta(Vi), L.value = de, Y.value = ge, I.value = k, q.value = { x: P.x, y: P.y, zoom: P.k }, de.on("start", (T) => {
        var te;
        if (!T.sourceEvent)
          return null;
        p = T.sourceEvent.button, N.value = !0;
        const oe = he(T.transform);
        ((te = T.sourceEvent) == null ? void 0 : te.type) === "mousedown" && (R.value = !0), O = oe, x.viewportChangeStart(oe), x.moveStart({ event: T, flowTransform: oe });
      }), de.on("end", (T) => {
        if (!T.sourceEvent)
          return null;
        if (N.value = !1, R.value = !1, Z(X.value, p ?? 0) && !$ && x.paneContextMenu(T.sourceEvent), $ = !1, ee(O, T.transform)) {
          const te = he(T.transform);
          O = te, x.viewportChangeEnd(te), x.moveEnd({ event: T, flowTransform: te });
        }
      }), de.filter((T) => {
        var te;
        const oe = D.value || m.value, ue = h.value && T.ctrlKey, ie = T.button, fe = T.type === "wheel";
        if (ie === 1 && T.type === "mousedown" && (ye(T, "vue-flow__node") || ye(T, "vue-flow__edge")))
          return !0;
        if (!X.value && !oe && !J.value && !f.value && !h.value || E.value || W.value && !fe || !f.value && T.type === "dblclick" || ye(T, b.value) && fe || ye(T, y.value) && (!fe || J.value && fe && !D.value) || !h.value && T.ctrlKey && fe || !oe && !J.value && !ue && fe)
          return !1;
        if (!h && T.type === "touchstart" && ((te = T.touches) == null ? void 0 : te.length) > 1)
          return T.preventDefault(), !1;
        if (!X.value && (T.type === "mousedown" || T.type === "touchstart") || G.value && Array.isArray(d.value) && d.value.includes(0) && ie === 0 || Array.isArray(d.value) && !d.value.includes(ie) && (T.type === "mousedown" || T.type === "touchstart"))
          return !1;
        const ve = Array.isArray(d.value) && d.value.includes(ie) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !ie || ie <= 1;
        return (!T.ctrlKey || M.value || fe) && ve;
      }), $e(
        [E, X],
        () => {
          E.value && !N.value ? de.on("zoom", null) : E.value || de.on("zoom", (T) => {
            q.value = { x: T.transform.x, y: T.transform.y, zoom: T.transform.k };
            const te = he(T.transform);
            $ = Z(X.value, p ?? 0), x.viewportChange(te), x.move({ event: T, flowTransform: te });
          });
        },
        { immediate: !0 }
      ), $e(
        [E, J, l, D, h, w, b],
        () => {
          J.value && !D.value && !E.value ? ge.on(
            "wheel.zoom",
            (T) => {
              if (ye(T, b.value))
                return !1;
              const te = D.value || m.value, oe = h.value && T.ctrlKey;
              if (!(!w.value || J.value || te || oe))
                return !1;
              T.preventDefault(), T.stopImmediatePropagation();
              const ie = ge.property("__zoom").k || 1, fe = Rn();
              if (!M.value && T.ctrlKey && h.value && fe) {
                const Dt = it(T), ri = Vi(T), Kn = ie * 2 ** ri;
                de.scaleTo(ge, Kn, Dt, T);
                return;
              }
              const ve = T.deltaMode === 1 ? 20 : 1;
              let Ee = l.value === Sn.Vertical ? 0 : T.deltaX * ve, nt = l.value === Sn.Horizontal ? 0 : T.deltaY * ve;
              !fe && T.shiftKey && l.value !== Sn.Vertical && !Ee && nt && (Ee = nt, nt = 0), de.translateBy(
                ge,
                -(Ee / ie) * c.value,
                -(nt / ie) * c.value
              );
              const We = he(ge.property("__zoom"));
              g && clearTimeout(g), U.value ? (x.move({ event: T, flowTransform: We }), x.viewportChange(We), g = setTimeout(() => {
                x.moveEnd({ event: T, flowTransform: We }), x.viewportChangeEnd(We), U.value = !1;
              }, 150)) : (U.value = !0, x.moveStart({ event: T, flowTransform: We }), x.viewportChangeStart(We));
            },
            { passive: !1 }
          ) : typeof k < "u" && ge.on(
            "wheel.zoom",
            function(T, te) {
              const oe = !w.value && T.type === "wheel" && !T.ctrlKey, ue = D.value || m.value, ie = h.value && T.ctrlKey;
              if (!ue && !u.value && !ie && T.type === "wheel" || oe || ye(T, b.value))
                return null;
              T.preventDefault(), k.call(this, T, te);
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
    function ee(pe, _e) {
      return pe.x !== _e.x && !Number.isNaN(_e.x) || pe.y !== _e.y && !Number.isNaN(_e.y) || pe.zoom !== _e.k && !Number.isNaN(_e.k);
    }
    function he(pe) {
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
      ref: H,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      Ve(rp, {
        "is-selecting": re.value,
        "selection-key-pressed": K(z),
        class: Ge({
          connecting: W.value,
          dragging: K(R),
          draggable: K(d) === !0 || Array.isArray(K(d)) && K(d).includes(0)
        })
      }, {
        default: Ke(() => [
          Ve(ap, null, {
            default: Ke(() => [
              Te(pe.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), cp = ["id"], dp = ["id"], fp = ["id"], hp = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, gp = /* @__PURE__ */ Se({
  ...hp,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Ce();
    return (i, r) => (Q(), le(He, null, [
      be("div", {
        id: `${K(Fa)}-${K(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Pe(K(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, cp),
      be("div", {
        id: `${K(Ya)}-${K(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, dp),
      K(n) ? ke("", !0) : (Q(), le("div", {
        key: 0,
        id: `${K(Oh)}-${K(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Pe(K(o)), 9, fp))
    ], 64));
  }
});
function pp() {
  const e = Ce();
  $e(
    () => e.viewportHelper.value.viewportInitialized,
    (t) => {
      t && setTimeout(() => {
        e.emits.init(e), e.emits.paneReady(e);
      }, 1);
    }
  );
}
function vp(e, t, n) {
  return n === se.Left ? e - t : n === se.Right ? e + t : e;
}
function mp(e, t, n) {
  return n === se.Top ? e - t : n === se.Bottom ? e + t : e;
}
const gr = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = se.Top,
  type: i
}) {
  return Ne("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: vp(t, e, o),
    cy: mp(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
gr.props = ["radius", "centerX", "centerY", "position", "type"];
gr.compatConfig = { MODE: 3 };
const ms = gr, yp = Se({
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
      multiSelectionActive: h,
      disableKeyboardA11y: m,
      elementsSelectable: w,
      edgesUpdatable: b,
      edgesFocusable: y,
      hooks: x
    } = Ce(), v = ae(() => c(e.id)), { emit: E, on: R } = lg(v.value, r), L = Ot(Ko), Y = cn(), I = Ie(!1), q = Ie(!1), H = Ie(""), F = Ie(null), N = Ie("source"), U = Ie(null), g = xe(
      () => typeof v.value.selectable > "u" ? w.value : v.value.selectable
    ), $ = xe(() => typeof v.value.updatable > "u" ? b.value : v.value.updatable), p = xe(() => typeof v.value.focusable > "u" ? y.value : v.value.focusable);
    Mt(rg, e.id), Mt(sg, U);
    const O = ae(() => v.value.class instanceof Function ? v.value.class(v.value) : v.value.class), M = ae(() => v.value.style instanceof Function ? v.value.style(v.value) : v.value.style), z = ae(() => {
      const _ = v.value.type || "default", S = L?.[`edge-${_}`];
      if (S)
        return S;
      let P = v.value.template ?? u.value[_];
      if (typeof P == "string" && Y) {
        const T = Object.keys(Y.appContext.components);
        T && T.includes(_) && (P = ca(_, !1));
      }
      return P && typeof P != "string" ? P : (r.error(new Be(ze.EDGE_TYPE_MISSING, P)), !1);
    }), { handlePointerDown: D } = al({
      nodeId: H,
      handleId: F,
      type: N,
      isValidConnection: f,
      edgeUpdaterType: N,
      onEdgeUpdate: G,
      onEdgeUpdateEnd: re
    });
    return () => {
      const _ = d(v.value.source), S = d(v.value.target), P = "pathOptions" in v.value ? v.value.pathOptions : {};
      if (!_ && !S)
        return r.error(new Be(ze.EDGE_SOURCE_TARGET_MISSING, v.value.id, v.value.source, v.value.target)), null;
      if (!_)
        return r.error(new Be(ze.EDGE_SOURCE_MISSING, v.value.id, v.value.source)), null;
      if (!S)
        return r.error(new Be(ze.EDGE_TARGET_MISSING, v.value.id, v.value.target)), null;
      if (!v.value || v.value.hidden || _.hidden || S.hidden)
        return null;
      let T;
      o.value === It.Strict ? T = _.handleBounds.source : T = [..._.handleBounds.source || [], ..._.handleBounds.target || []];
      const te = rs(T, v.value.sourceHandle);
      let oe;
      o.value === It.Strict ? oe = S.handleBounds.target : oe = [...S.handleBounds.target || [], ...S.handleBounds.source || []];
      const ue = rs(oe, v.value.targetHandle), ie = te?.position || se.Bottom, fe = ue?.position || se.Top, { x: ve, y: Ee } = rn(_, te, ie), { x: nt, y: We } = rn(S, ue, fe);
      return v.value.sourceX = ve, v.value.sourceY = Ee, v.value.targetX = nt, v.value.targetY = We, Ne(
        "g",
        {
          ref: U,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${z.value === !1 ? "default" : v.value.type || "default"}`,
            a.value,
            O.value,
            {
              updating: I.value,
              selected: v.value.selected,
              animated: v.value.animated,
              inactive: !g.value && !x.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: p.value ? 0 : void 0,
          "aria-label": v.value.ariaLabel === null ? void 0 : v.value.ariaLabel ?? `Edge from ${v.value.source} to ${v.value.target}`,
          "aria-describedby": p.value ? `${Ya}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: p.value ? "group" : "img",
          ...v.value.domAttributes,
          onClick: Z,
          onContextmenu: ee,
          onDblclick: he,
          onMouseenter: ye,
          onMousemove: pe,
          onMouseleave: _e,
          onKeyDown: p.value ? k : void 0
        },
        [
          q.value ? null : Ne(z.value === !1 ? u.value.default : z.value, {
            id: e.id,
            sourceNode: _,
            targetNode: S,
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
            events: { ...v.value.events, ...R },
            style: M.value,
            markerStart: `url('#${zn(v.value.markerStart, t)}')`,
            markerEnd: `url('#${zn(v.value.markerEnd, t)}')`,
            sourcePosition: ie,
            targetPosition: fe,
            sourceX: ve,
            sourceY: Ee,
            targetX: nt,
            targetY: We,
            sourceHandleId: v.value.sourceHandle,
            targetHandleId: v.value.targetHandle,
            interactionWidth: v.value.interactionWidth,
            ...P
          }),
          [
            $.value === "source" || $.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: de,
                  onMouseenter: X,
                  onMouseout: J
                },
                Ne(ms, {
                  position: ie,
                  centerX: ve,
                  centerY: Ee,
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
                  onMousedown: ge,
                  onMouseenter: X,
                  onMouseout: J
                },
                Ne(ms, {
                  position: fe,
                  centerX: nt,
                  centerY: We,
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
    function X() {
      I.value = !0;
    }
    function J() {
      I.value = !1;
    }
    function G(_, S) {
      E.update({ event: _, edge: v.value, connection: S });
    }
    function re(_) {
      E.updateEnd({ event: _, edge: v.value }), q.value = !1;
    }
    function W(_, S) {
      _.button === 0 && (q.value = !0, H.value = S ? v.value.target : v.value.source, F.value = (S ? v.value.targetHandle : v.value.sourceHandle) ?? null, N.value = S ? "target" : "source", E.updateStart({ event: _, edge: v.value }), D(_));
    }
    function Z(_) {
      var S;
      const P = { event: _, edge: v.value };
      g.value && (s.value = !1, v.value.selected && h.value ? (l([v.value]), (S = U.value) == null || S.blur()) : n([v.value])), E.click(P);
    }
    function ee(_) {
      E.contextMenu({ event: _, edge: v.value });
    }
    function he(_) {
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
    function de(_) {
      W(_, !0);
    }
    function ge(_) {
      W(_, !1);
    }
    function k(_) {
      var S;
      !m.value && Xa.includes(_.key) && g.value && (_.key === "Escape" ? ((S = U.value) == null || S.blur(), l([c(e.id)])) : n([c(e.id)]));
    }
  }
}), wp = yp, _p = Se({
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
    } = Ce(), f = (e = Ot(Ko)) == null ? void 0 : e["connection-line"], h = ae(() => {
      var x;
      return d((x = o.value) == null ? void 0 : x.nodeId);
    }), m = ae(() => {
      var x;
      return d((x = i.value) == null ? void 0 : x.nodeId) ?? null;
    }), w = ae(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), b = ae(
      () => u.value.markerStart ? `url(#${zn(u.value.markerStart, t)})` : ""
    ), y = ae(
      () => u.value.markerEnd ? `url(#${zn(u.value.markerEnd, t)})` : ""
    );
    return () => {
      var x, v, E;
      if (!h.value || !o.value)
        return null;
      const R = o.value.id, L = o.value.type, Y = h.value.handleBounds;
      let I = Y?.[L] ?? [];
      if (n.value === It.Loose) {
        const M = Y?.[L === "source" ? "target" : "source"] ?? [];
        I = [...I, ...M];
      }
      if (!I)
        return null;
      const q = (R ? I.find((M) => M.id === R) : I[0]) ?? null, H = q?.position ?? se.Top, { x: F, y: N } = rn(h.value, q, H);
      let U = null;
      m.value && (n.value === It.Strict ? U = ((x = m.value.handleBounds[L === "source" ? "target" : "source"]) == null ? void 0 : x.find(
        (M) => {
          var z;
          return M.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null : U = ((v = [...m.value.handleBounds.source ?? [], ...m.value.handleBounds.target ?? []]) == null ? void 0 : v.find(
        (M) => {
          var z;
          return M.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null);
      const g = ((E = i.value) == null ? void 0 : E.position) ?? (H ? Li[H] : null);
      if (!H || !g)
        return null;
      const $ = s.value ?? u.value.type ?? At.Bezier;
      let p = "";
      const O = {
        sourceX: F,
        sourceY: N,
        sourcePosition: H,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: g
      };
      return $ === At.Bezier ? [p] = hl(O) : $ === At.Step ? [p] = Fi({
        ...O,
        borderRadius: 0
      }) : $ === At.SmoothStep ? [p] = Fi(O) : $ === At.SimpleBezier ? [p] = gl(O) : p = `M${F},${N} ${w.value.x},${w.value.y}`, Ne(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ne(
          "g",
          { class: "vue-flow__connection" },
          f ? Ne(f, {
            sourceX: F,
            sourceY: N,
            sourcePosition: H,
            targetX: w.value.x,
            targetY: w.value.y,
            targetPosition: g,
            sourceNode: h.value,
            sourceHandle: q,
            targetNode: m.value,
            targetHandle: U,
            markerEnd: y.value,
            markerStart: b.value,
            connectionStatus: l.value
          }) : Ne("path", {
            d: p,
            class: [u.value.class, l.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...u.value.style
            },
            "marker-end": y.value,
            "marker-start": b.value
          })
        )
      );
    };
  }
}), bp = _p, Ep = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], xp = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, $p = /* @__PURE__ */ Se({
  ...xp,
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
      t.type === K(Io).ArrowClosed ? (Q(), le("polyline", {
        key: 0,
        style: De({
          stroke: t.color,
          fill: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        points: "-5,-4 0,0 -5,4 -5,-4"
      }, null, 4)) : ke("", !0),
      t.type === K(Io).Arrow ? (Q(), le("polyline", {
        key: 1,
        style: De({
          stroke: t.color,
          strokeWidth: t.strokeWidth
        }),
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
        fill: "none",
        points: "-5,-4 0,0 -5,4"
      }, null, 4)) : ke("", !0)
    ], 8, Ep));
  }
}), kp = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Np = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Sp = /* @__PURE__ */ Se({
  ...Np,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Ce(), r = ae(() => {
      const s = /* @__PURE__ */ new Set(), a = [], u = (l) => {
        if (l) {
          const c = zn(l, t);
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
    return (s, a) => (Q(), le("svg", kp, [
      be("defs", null, [
        (Q(!0), le(He, null, Yt(r.value, (u) => (Q(), Re($p, {
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
}), Cp = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Mp = /* @__PURE__ */ Se({
  ...Cp,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Ce();
    return (i, r) => (Q(), le(He, null, [
      Ve(Sp),
      (Q(!0), le(He, null, Yt(K(n), (s) => (Q(), le("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: De({ zIndex: K(qh)(s, K(t), K(o)) })
      }, [
        Ve(K(wp), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      Ve(K(bp))
    ], 64));
  }
}), Ip = Se({
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
      elevateNodesOnSelect: h,
      disableKeyboardA11y: m,
      ariaLiveMessage: w,
      snapToGrid: b,
      snapGrid: y,
      nodeDragThreshold: x,
      nodesDraggable: v,
      elementsSelectable: E,
      nodesConnectable: R,
      nodesFocusable: L,
      hooks: Y
    } = Ce(), I = Ie(null);
    Mt(rl, I), Mt(il, e.id);
    const q = Ot(Ko), H = cn(), F = ul(), { node: N, parentNode: U } = ll(e.id), { emit: g, on: $ } = fg(N, s), p = xe(() => typeof N.draggable > "u" ? v.value : N.draggable), O = xe(() => typeof N.selectable > "u" ? E.value : N.selectable), M = xe(() => typeof N.connectable > "u" ? R.value : N.connectable), z = xe(() => typeof N.focusable > "u" ? L.value : N.focusable), D = ae(
      () => O.value || p.value || Y.value.nodeClick.hasListeners() || Y.value.nodeDoubleClick.hasListeners() || Y.value.nodeMouseEnter.hasListeners() || Y.value.nodeMouseMove.hasListeners() || Y.value.nodeMouseLeave.hasListeners()
    ), X = xe(() => !!N.dimensions.width && !!N.dimensions.height), J = ae(() => {
      const S = N.type || "default", P = q?.[`node-${S}`];
      if (P)
        return P;
      let T = N.template || d.value[S];
      if (typeof T == "string" && H) {
        const te = Object.keys(H.appContext.components);
        te && te.includes(S) && (T = ca(S, !1));
      }
      return T && typeof T != "string" ? T : (s.error(new Be(ze.NODE_TYPE_MISSING, T)), !1);
    }), G = sl({
      id: e.id,
      el: I,
      disabled: () => !p.value,
      selectable: O,
      dragHandle: () => N.dragHandle,
      onStart(S) {
        g.dragStart(S);
      },
      onDrag(S) {
        g.drag(S);
      },
      onStop(S) {
        g.dragStop(S);
      },
      onClick(S) {
        k(S);
      }
    }), re = ae(() => N.class instanceof Function ? N.class(N) : N.class), W = ae(() => {
      const S = (N.style instanceof Function ? N.style(N) : N.style) || {}, P = N.width instanceof Function ? N.width(N) : N.width, T = N.height instanceof Function ? N.height(N) : N.height;
      return !S.width && P && (S.width = typeof P == "string" ? P : `${P}px`), !S.height && T && (S.height = typeof T == "string" ? T : `${T}px`), S;
    }), Z = xe(() => Number(N.zIndex ?? W.value.zIndex ?? 0));
    return c((S) => {
      (S.includes(e.id) || !S.length) && he();
    }), _t(() => {
      $e(
        () => N.hidden,
        (S = !1, P, T) => {
          !S && I.value && (e.resizeObserver.observe(I.value), T(() => {
            I.value && e.resizeObserver.unobserve(I.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), $e([() => N.type, () => N.sourcePosition, () => N.targetPosition], () => {
      Xe(() => {
        l([{ id: e.id, nodeElement: I.value, forceUpdate: !0 }]);
      });
    }), $e(
      [
        () => N.position.x,
        () => N.position.y,
        () => {
          var S;
          return (S = U.value) == null ? void 0 : S.computedPosition.x;
        },
        () => {
          var S;
          return (S = U.value) == null ? void 0 : S.computedPosition.y;
        },
        () => {
          var S;
          return (S = U.value) == null ? void 0 : S.computedPosition.z;
        },
        Z,
        () => N.selected,
        () => N.dimensions.height,
        () => N.dimensions.width,
        () => {
          var S;
          return (S = U.value) == null ? void 0 : S.dimensions.height;
        },
        () => {
          var S;
          return (S = U.value) == null ? void 0 : S.dimensions.width;
        }
      ],
      ([S, P, T, te, oe, ue]) => {
        const ie = {
          x: S,
          y: P,
          z: ue + (h.value && N.selected ? 1e3 : 0)
        };
        typeof T < "u" && typeof te < "u" ? N.computedPosition = Hh({ x: T, y: te, z: oe }, ie) : N.computedPosition = ie;
      },
      { flush: "post", immediate: !0 }
    ), $e([() => N.extent, f], ([S, P], [T, te]) => {
      (S !== T || P !== te) && ee();
    }), N.extent === "parent" || typeof N.extent == "object" && "range" in N.extent && N.extent.range === "parent" ? Mi(() => X).toBe(!0).then(ee) : ee(), () => N.hidden ? null : Ne(
      "div",
      {
        ref: I,
        "data-id": N.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${J.value === !1 ? "default" : N.type || "default"}`,
          {
            [n.value]: p.value,
            dragging: G?.value,
            draggable: p.value,
            selected: N.selected,
            selectable: O.value,
            parent: N.isParent
          },
          re.value
        ],
        style: {
          visibility: X.value ? "visible" : "hidden",
          zIndex: N.computedPosition.z ?? Z.value,
          transform: `translate(${N.computedPosition.x}px,${N.computedPosition.y}px)`,
          pointerEvents: D.value ? "all" : "none",
          ...W.value
        },
        tabIndex: z.value ? 0 : void 0,
        role: z.value ? "group" : void 0,
        "aria-describedby": m.value ? void 0 : `${Fa}-${t}`,
        "aria-label": N.ariaLabel,
        "aria-roledescription": "node",
        ...N.domAttributes,
        onMouseenter: ye,
        onMousemove: pe,
        onMouseleave: _e,
        onContextmenu: de,
        onClick: k,
        onDblclick: ge,
        onKeydown: _
      },
      [
        Ne(J.value === !1 ? d.value.default : J.value, {
          id: N.id,
          type: N.type,
          data: N.data,
          events: { ...N.events, ...$ },
          selected: N.selected,
          resizing: N.resizing,
          dragging: G.value,
          connectable: M.value,
          position: N.computedPosition,
          dimensions: N.dimensions,
          isValidTargetPos: N.isValidTargetPos,
          isValidSourcePos: N.isValidSourcePos,
          parent: N.parentNode,
          parentNodeId: N.parentNode,
          zIndex: N.computedPosition.z ?? Z.value,
          targetPosition: N.targetPosition,
          sourcePosition: N.sourcePosition,
          label: N.label,
          dragHandle: N.dragHandle,
          onUpdateNodeInternals: he
        })
      ]
    );
    function ee() {
      const S = N.computedPosition, { computedPosition: P, position: T } = fr(
        N,
        b.value ? Wo(S, y.value) : S,
        s.error,
        f.value,
        U.value
      );
      (N.computedPosition.x !== P.x || N.computedPosition.y !== P.y) && (N.computedPosition = { ...N.computedPosition, ...P }), (N.position.x !== T.x || N.position.y !== T.y) && (N.position = T);
    }
    function he() {
      I.value && l([{ id: e.id, nodeElement: I.value, forceUpdate: !0 }]);
    }
    function ye(S) {
      G?.value || g.mouseEnter({ event: S, node: N });
    }
    function pe(S) {
      G?.value || g.mouseMove({ event: S, node: N });
    }
    function _e(S) {
      G?.value || g.mouseLeave({ event: S, node: N });
    }
    function de(S) {
      return g.contextMenu({ event: S, node: N });
    }
    function ge(S) {
      return g.doubleClick({ event: S, node: N });
    }
    function k(S) {
      O.value && (!o.value || !p.value || x.value > 0) && Hi(
        N,
        r.value,
        u,
        a,
        i,
        !1,
        I.value
      ), g.click({ event: S, node: N });
    }
    function _(S) {
      if (!(Bi(S) || m.value))
        if (Xa.includes(S.key) && O.value) {
          const P = S.key === "Escape";
          Hi(
            N,
            r.value,
            u,
            a,
            i,
            P,
            I.value
          );
        } else p.value && N.selected && Jt[S.key] && (S.preventDefault(), w.value = `Moved selected node ${S.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~N.position.x}, y: ${~~N.position.y}`, F(
          {
            x: Jt[S.key].x,
            y: Jt[S.key].y
          },
          S.shiftKey
        ));
    }
  }
}), Tp = Ip;
function Op(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Ce();
  return ae(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && (n?.handleBounds === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Dp = { class: "vue-flow__nodes vue-flow__container" }, Pp = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Ap = /* @__PURE__ */ Se({
  ...Pp,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Ce(), i = Op(), r = Ie();
    return $e(
      i,
      (s) => {
        s && Xe(() => {
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
        Xe(() => n(a));
      });
    }), er(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (Q(), le("div", Dp, [
      r.value ? (Q(!0), le(He, { key: 0 }, Yt(K(t), (u, l, c, d) => {
        const f = [u.id];
        if (d && d.key === u.id && ku(d, f))
          return d;
        const h = (Q(), Re(K(Tp), {
          id: u.id,
          key: u.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = f, h;
      }, a, 0), 128)) : ke("", !0)
    ]));
  }
});
function zp() {
  const { emits: e } = Ce();
  _t(() => {
    if (ol()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Be(ze.MISSING_STYLES));
    }
  });
}
const Rp = /* @__PURE__ */ be("div", { class: "vue-flow__edge-labels" }, null, -1), Bp = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Vp = /* @__PURE__ */ Se({
  ...Bp,
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
    const o = e, i = ua(), r = si(o, "modelValue", n), s = si(o, "nodes", n), a = si(o, "edges", n), u = Ce(o), l = vg({ modelValue: r, nodes: s, edges: a }, o, u);
    return yg(n, u.hooks), pp(), zp(), Mt(Ko, i), Eu(l), t(u), (c, d) => (Q(), le("div", {
      ref: K(u).vueFlowRef,
      class: "vue-flow"
    }, [
      Ve(up, null, {
        default: Ke(() => [
          Ve(Mp),
          Rp,
          Ve(Ap),
          Te(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Te(c.$slots, "default"),
      Ve(gp)
    ], 512));
  }
}), Lp = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, vl = /* @__PURE__ */ Se({
  ...Lp,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Ce(), o = ae(() => `${t.position}`.split("-"));
    return (i, r) => (Q(), le("div", {
      class: Ge(["vue-flow__panel", o.value]),
      style: De({ pointerEvents: K(n) ? "none" : "all" })
    }, [
      Te(i.$slots, "default")
    ], 6));
  }
});
var vt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(vt || {});
const ml = function({ dimensions: e, size: t, color: n }) {
  return Ne("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, yl = function({ radius: e, color: t }) {
  return Ne("circle", { cx: e, cy: e, r: e, fill: t });
};
vt.Lines + "", vt.Dots + "";
const Hp = {
  [vt.Dots]: "#81818a",
  [vt.Lines]: "#eee"
}, Fp = ["id", "x", "y", "width", "height", "patternTransform"], Yp = {
  key: 2,
  height: "100",
  width: "100"
}, Xp = ["fill"], Gp = ["x", "y", "fill"], Up = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, qp = /* @__PURE__ */ Se({
  ...Up,
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
    const { id: t, viewport: n } = Ce(), o = ae(() => {
      const s = n.value.zoom, [a, u] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], l = [a * s || 1, u * s || 1], c = e.size * s, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], h = [d * s || 1 + l[0] / 2, f * s || 1 + l[1] / 2];
      return {
        scaledGap: l,
        offset: h,
        size: c
      };
    }), i = xe(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = xe(() => e.color || e.patternColor || Hp[e.variant || vt.Dots]);
    return (s, a) => (Q(), le("svg", {
      class: "vue-flow__background vue-flow__container",
      style: De({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Te(s.$slots, "pattern-container", { id: i.value }, () => [
        be("pattern", {
          id: i.value,
          x: K(n).x % o.value.scaledGap[0],
          y: K(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Te(s.$slots, "pattern", {}, () => [
            s.variant === K(vt).Lines ? (Q(), Re(K(ml), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === K(vt).Dots ? (Q(), Re(K(yl), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : ke("", !0),
            s.bgColor ? (Q(), le("svg", Yp, [
              be("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Xp)
            ])) : ke("", !0)
          ])
        ], 8, Fp)
      ]),
      be("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Gp),
      Te(s.$slots, "default", { id: i.value })
    ], 4));
  }
}), Wp = {
  name: "ControlButton",
  compatConfig: { MODE: 3 }
}, Kp = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [o, i] of t)
    n[o] = i;
  return n;
}, Zp = {
  type: "button",
  class: "vue-flow__controls-button"
};
function jp(e, t, n, o, i, r) {
  return Q(), le("button", Zp, [
    Te(e.$slots, "default")
  ]);
}
const ro = /* @__PURE__ */ Kp(Wp, [["render", jp]]), Qp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 32"
}, Jp = /* @__PURE__ */ be("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" }, null, -1), ev = [
  Jp
];
function tv(e, t) {
  return Q(), le("svg", Qp, ev);
}
const nv = { render: tv }, ov = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 5"
}, iv = /* @__PURE__ */ be("path", { d: "M0 0h32v4.2H0z" }, null, -1), rv = [
  iv
];
function sv(e, t) {
  return Q(), le("svg", ov, rv);
}
const av = { render: sv }, lv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 30"
}, uv = /* @__PURE__ */ be("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0 0 27.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94a.919.919 0 0 1-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" }, null, -1), cv = [
  uv
];
function dv(e, t) {
  return Q(), le("svg", lv, cv);
}
const fv = { render: dv }, hv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, gv = /* @__PURE__ */ be("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" }, null, -1), pv = [
  gv
];
function vv(e, t) {
  return Q(), le("svg", hv, pv);
}
const mv = { render: vv }, yv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, wv = /* @__PURE__ */ be("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047z" }, null, -1), _v = [
  wv
];
function bv(e, t) {
  return Q(), le("svg", yv, _v);
}
const Ev = { render: bv }, xv = {
  name: "Controls",
  compatConfig: { MODE: 3 }
}, $v = /* @__PURE__ */ Se({
  ...xv,
  props: {
    showZoom: { type: Boolean, default: !0 },
    showFitView: { type: Boolean, default: !0 },
    showInteractive: { type: Boolean, default: !0 },
    fitViewParams: {},
    position: { default: () => Ha.BottomLeft }
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
    } = Ce(), f = xe(() => n.value || o.value || i.value), h = xe(() => l.value.zoom <= c.value), m = xe(() => l.value.zoom >= d.value);
    function w() {
      s(), t("zoomIn");
    }
    function b() {
      a(), t("zoomOut");
    }
    function y() {
      u(e.fitViewParams), t("fitView");
    }
    function x() {
      r(!f.value), t("interactionChange", !f.value);
    }
    return (v, E) => (Q(), Re(K(vl), {
      class: "vue-flow__controls",
      position: v.position
    }, {
      default: Ke(() => [
        Te(v.$slots, "top"),
        v.showZoom ? (Q(), le(He, { key: 0 }, [
          Te(v.$slots, "control-zoom-in", {}, () => [
            Ve(ro, {
              class: "vue-flow__controls-zoomin",
              disabled: m.value,
              onClick: w
            }, {
              default: Ke(() => [
                Te(v.$slots, "icon-zoom-in", {}, () => [
                  (Q(), Re(Pt(K(nv))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ]),
          Te(v.$slots, "control-zoom-out", {}, () => [
            Ve(ro, {
              class: "vue-flow__controls-zoomout",
              disabled: h.value,
              onClick: b
            }, {
              default: Ke(() => [
                Te(v.$slots, "icon-zoom-out", {}, () => [
                  (Q(), Re(Pt(K(av))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ])
        ], 64)) : ke("", !0),
        v.showFitView ? Te(v.$slots, "control-fit-view", { key: 1 }, () => [
          Ve(ro, {
            class: "vue-flow__controls-fitview",
            onClick: y
          }, {
            default: Ke(() => [
              Te(v.$slots, "icon-fit-view", {}, () => [
                (Q(), Re(Pt(K(fv))))
              ])
            ]),
            _: 3
          })
        ]) : ke("", !0),
        v.showInteractive ? Te(v.$slots, "control-interactive", { key: 2 }, () => [
          v.showInteractive ? (Q(), Re(ro, {
            key: 0,
            class: "vue-flow__controls-interactive",
            onClick: x
          }, {
            default: Ke(() => [
              f.value ? Te(v.$slots, "icon-unlock", { key: 0 }, () => [
                (Q(), Re(Pt(K(Ev))))
              ]) : ke("", !0),
              f.value ? ke("", !0) : Te(v.$slots, "icon-lock", { key: 1 }, () => [
                (Q(), Re(Pt(K(mv))))
              ])
            ]),
            _: 3
          })) : ke("", !0)
        ]) : ke("", !0),
        Te(v.$slots, "default")
      ]),
      _: 3
    }, 8, ["position"]));
  }
});
var kv = { value: () => {
} };
function pr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new yo(n);
}
function yo(e) {
  this._ = e;
}
function Nv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
yo.prototype = pr.prototype = {
  constructor: yo,
  on: function(e, t) {
    var n = this._, o = Nv(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = Sv(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = ys(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = ys(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new yo(e);
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
function Sv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ys(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = kv, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Yi = "http://www.w3.org/1999/xhtml";
const ws = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Yi,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function ei(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ws.hasOwnProperty(t) ? { space: ws[t], local: e } : e;
}
function Cv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Yi && t.documentElement.namespaceURI === Yi ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Mv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function wl(e) {
  var t = ei(e);
  return (t.local ? Mv : Cv)(t);
}
function Iv() {
}
function vr(e) {
  return e == null ? Iv : function() {
    return this.querySelector(e);
  };
}
function Tv(e) {
  typeof e != "function" && (e = vr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new qe(o, this._parents);
}
function Ov(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Dv() {
  return [];
}
function _l(e) {
  return e == null ? Dv : function() {
    return this.querySelectorAll(e);
  };
}
function Pv(e) {
  return function() {
    return Ov(e.apply(this, arguments));
  };
}
function Av(e) {
  typeof e == "function" ? e = Pv(e) : e = _l(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new qe(o, i);
}
function bl(e) {
  return function() {
    return this.matches(e);
  };
}
function El(e) {
  return function(t) {
    return t.matches(e);
  };
}
var zv = Array.prototype.find;
function Rv(e) {
  return function() {
    return zv.call(this.children, e);
  };
}
function Bv() {
  return this.firstElementChild;
}
function Vv(e) {
  return this.select(e == null ? Bv : Rv(typeof e == "function" ? e : El(e)));
}
var Lv = Array.prototype.filter;
function Hv() {
  return Array.from(this.children);
}
function Fv(e) {
  return function() {
    return Lv.call(this.children, e);
  };
}
function Yv(e) {
  return this.selectAll(e == null ? Hv : Fv(typeof e == "function" ? e : El(e)));
}
function Xv(e) {
  typeof e != "function" && (e = bl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new qe(o, this._parents);
}
function xl(e) {
  return new Array(e.length);
}
function Gv() {
  return new qe(this._enter || this._groups.map(xl), this._parents);
}
function Po(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Po.prototype = {
  constructor: Po,
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
function Uv(e) {
  return function() {
    return e;
  };
}
function qv(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Po(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function Wv(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = h = s.call(u, u.__data__, a, t) + "", l.has(h) ? i[a] = u : l.set(h, u));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (u = l.get(h)) ? (o[a] = u, u.__data__ = r[a], l.delete(h)) : n[a] = new Po(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function Kv(e) {
  return e.__data__;
}
function Zv(e, t) {
  if (!arguments.length) return Array.from(this, Kv);
  var n = t ? Wv : qv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Uv(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, h = jv(e.call(c, c && c.__data__, l, o)), m = h.length, w = a[l] = new Array(m), b = s[l] = new Array(m), y = u[l] = new Array(f);
    n(c, d, w, b, y, h, t);
    for (var x = 0, v = 0, E, R; x < m; ++x)
      if (E = w[x]) {
        for (x >= v && (v = x + 1); !(R = b[v]) && ++v < m; ) ;
        E._next = R || null;
      }
  }
  return s = new qe(s, o), s._enter = a, s._exit = u, s;
}
function jv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Qv() {
  return new qe(this._exit || this._groups.map(xl), this._parents);
}
function Jv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function em(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), h, m = 0; m < d; ++m)
      (h = l[m] || c[m]) && (f[m] = h);
  for (; u < i; ++u)
    a[u] = n[u];
  return new qe(a, this._parents);
}
function tm() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function nm(e) {
  e || (e = om);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, u = i[r] = new Array(a), l, c = 0; c < a; ++c)
      (l = s[c]) && (u[c] = l);
    u.sort(t);
  }
  return new qe(i, this._parents).order();
}
function om(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function im() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function rm() {
  return Array.from(this);
}
function sm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function am() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function lm() {
  return !this.node();
}
function um(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function cm(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function dm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function fm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function hm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function gm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function pm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function vm(e, t) {
  var n = ei(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? dm : cm : typeof t == "function" ? n.local ? pm : gm : n.local ? hm : fm)(n, t));
}
function $l(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function mm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function ym(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function wm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function _m(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? mm : typeof t == "function" ? wm : ym)(e, t, n ?? "")) : an(this.node(), e);
}
function an(e, t) {
  return e.style.getPropertyValue(t) || $l(e).getComputedStyle(e, null).getPropertyValue(t);
}
function bm(e) {
  return function() {
    delete this[e];
  };
}
function Em(e, t) {
  return function() {
    this[e] = t;
  };
}
function xm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function $m(e, t) {
  return arguments.length > 1 ? this.each((t == null ? bm : typeof t == "function" ? xm : Em)(e, t)) : this.node()[e];
}
function kl(e) {
  return e.trim().split(/^|\s+/);
}
function mr(e) {
  return e.classList || new Nl(e);
}
function Nl(e) {
  this._node = e, this._names = kl(e.getAttribute("class") || "");
}
Nl.prototype = {
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
function Sl(e, t) {
  for (var n = mr(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Cl(e, t) {
  for (var n = mr(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function km(e) {
  return function() {
    Sl(this, e);
  };
}
function Nm(e) {
  return function() {
    Cl(this, e);
  };
}
function Sm(e, t) {
  return function() {
    (t.apply(this, arguments) ? Sl : Cl)(this, e);
  };
}
function Cm(e, t) {
  var n = kl(e + "");
  if (arguments.length < 2) {
    for (var o = mr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Sm : t ? km : Nm)(n, t));
}
function Mm() {
  this.textContent = "";
}
function Im(e) {
  return function() {
    this.textContent = e;
  };
}
function Tm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Om(e) {
  return arguments.length ? this.each(e == null ? Mm : (typeof e == "function" ? Tm : Im)(e)) : this.node().textContent;
}
function Dm() {
  this.innerHTML = "";
}
function Pm(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Am(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function zm(e) {
  return arguments.length ? this.each(e == null ? Dm : (typeof e == "function" ? Am : Pm)(e)) : this.node().innerHTML;
}
function Rm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Bm() {
  return this.each(Rm);
}
function Vm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Lm() {
  return this.each(Vm);
}
function Hm(e) {
  var t = typeof e == "function" ? e : wl(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Fm() {
  return null;
}
function Ym(e, t) {
  var n = typeof e == "function" ? e : wl(e), o = t == null ? Fm : typeof t == "function" ? t : vr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Xm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Gm() {
  return this.each(Xm);
}
function Um() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function qm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Wm(e) {
  return this.select(e ? qm : Um);
}
function Km(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Zm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function jm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Qm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Jm(e, t, n) {
  return function() {
    var o = this.__on, i, r = Zm(t);
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
function ey(e, t, n) {
  var o = jm(e + ""), i, r = o.length, s;
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
  for (a = t ? Jm : Qm, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function Ml(e, t, n) {
  var o = $l(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function ty(e, t) {
  return function() {
    return Ml(this, e, t);
  };
}
function ny(e, t) {
  return function() {
    return Ml(this, e, t.apply(this, arguments));
  };
}
function oy(e, t) {
  return this.each((typeof t == "function" ? ny : ty)(e, t));
}
function* iy() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Il = [null];
function qe(e, t) {
  this._groups = e, this._parents = t;
}
function Un() {
  return new qe([[document.documentElement]], Il);
}
function ry() {
  return this;
}
qe.prototype = Un.prototype = {
  constructor: qe,
  select: Tv,
  selectAll: Av,
  selectChild: Vv,
  selectChildren: Yv,
  filter: Xv,
  data: Zv,
  enter: Gv,
  exit: Qv,
  join: Jv,
  merge: em,
  selection: ry,
  order: tm,
  sort: nm,
  call: im,
  nodes: rm,
  node: sm,
  size: am,
  empty: lm,
  each: um,
  attr: vm,
  style: _m,
  property: $m,
  classed: Cm,
  text: Om,
  html: zm,
  raise: Bm,
  lower: Lm,
  append: Hm,
  insert: Ym,
  remove: Gm,
  clone: Wm,
  datum: Km,
  on: ey,
  dispatch: oy,
  [Symbol.iterator]: iy
};
function St(e) {
  return typeof e == "string" ? new qe([[document.querySelector(e)]], [document.documentElement]) : new qe([[e]], Il);
}
function sy(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function $t(e, t) {
  if (e = sy(e), t === void 0 && (t = e.currentTarget), t) {
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
const Xi = { capture: !0, passive: !1 };
function Gi(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function ay(e) {
  var t = e.document.documentElement, n = St(e).on("dragstart.drag", Gi, Xi);
  "onselectstart" in t ? n.on("selectstart.drag", Gi, Xi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function ly(e, t) {
  var n = e.document.documentElement, o = St(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Gi, Xi), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function yr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Tl(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t) n[o] = t[o];
  return n;
}
function qn() {
}
var Bn = 0.7, Ao = 1 / Bn, en = "\\s*([+-]?\\d+)\\s*", Vn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ut = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", uy = /^#([0-9a-f]{3,8})$/, cy = new RegExp(`^rgb\\(${en},${en},${en}\\)$`), dy = new RegExp(`^rgb\\(${ut},${ut},${ut}\\)$`), fy = new RegExp(`^rgba\\(${en},${en},${en},${Vn}\\)$`), hy = new RegExp(`^rgba\\(${ut},${ut},${ut},${Vn}\\)$`), gy = new RegExp(`^hsl\\(${Vn},${ut},${ut}\\)$`), py = new RegExp(`^hsla\\(${Vn},${ut},${ut},${Vn}\\)$`), _s = {
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
yr(qn, Ln, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: bs,
  // Deprecated! Use color.formatHex.
  formatHex: bs,
  formatHex8: vy,
  formatHsl: my,
  formatRgb: Es,
  toString: Es
});
function bs() {
  return this.rgb().formatHex();
}
function vy() {
  return this.rgb().formatHex8();
}
function my() {
  return Ol(this).formatHsl();
}
function Es() {
  return this.rgb().formatRgb();
}
function Ln(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = uy.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? xs(t) : n === 3 ? new Ye(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? so(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? so(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = cy.exec(e)) ? new Ye(t[1], t[2], t[3], 1) : (t = dy.exec(e)) ? new Ye(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = fy.exec(e)) ? so(t[1], t[2], t[3], t[4]) : (t = hy.exec(e)) ? so(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = gy.exec(e)) ? Ns(t[1], t[2] / 100, t[3] / 100, 1) : (t = py.exec(e)) ? Ns(t[1], t[2] / 100, t[3] / 100, t[4]) : _s.hasOwnProperty(e) ? xs(_s[e]) : e === "transparent" ? new Ye(NaN, NaN, NaN, 0) : null;
}
function xs(e) {
  return new Ye(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function so(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ye(e, t, n, o);
}
function yy(e) {
  return e instanceof qn || (e = Ln(e)), e ? (e = e.rgb(), new Ye(e.r, e.g, e.b, e.opacity)) : new Ye();
}
function Ui(e, t, n, o) {
  return arguments.length === 1 ? yy(e) : new Ye(e, t, n, o ?? 1);
}
function Ye(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
yr(Ye, Ui, Tl(qn, {
  brighter(e) {
    return e = e == null ? Ao : Math.pow(Ao, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Bn : Math.pow(Bn, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ye(Ft(this.r), Ft(this.g), Ft(this.b), zo(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: $s,
  // Deprecated! Use color.formatHex.
  formatHex: $s,
  formatHex8: wy,
  formatRgb: ks,
  toString: ks
}));
function $s() {
  return `#${Vt(this.r)}${Vt(this.g)}${Vt(this.b)}`;
}
function wy() {
  return `#${Vt(this.r)}${Vt(this.g)}${Vt(this.b)}${Vt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function ks() {
  const e = zo(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Ft(this.r)}, ${Ft(this.g)}, ${Ft(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function zo(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Ft(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Vt(e) {
  return e = Ft(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Ns(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Qe(e, t, n, o);
}
function Ol(e) {
  if (e instanceof Qe) return new Qe(e.h, e.s, e.l, e.opacity);
  if (e instanceof qn || (e = Ln(e)), !e) return new Qe();
  if (e instanceof Qe) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new Qe(s, a, u, e.opacity);
}
function _y(e, t, n, o) {
  return arguments.length === 1 ? Ol(e) : new Qe(e, t, n, o ?? 1);
}
function Qe(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
yr(Qe, _y, Tl(qn, {
  brighter(e) {
    return e = e == null ? Ao : Math.pow(Ao, e), new Qe(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Bn : Math.pow(Bn, e), new Qe(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Ye(
      mi(e >= 240 ? e - 240 : e + 120, i, o),
      mi(e, i, o),
      mi(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Qe(Ss(this.h), ao(this.s), ao(this.l), zo(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = zo(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Ss(this.h)}, ${ao(this.s) * 100}%, ${ao(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Ss(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function ao(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function mi(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Dl = (e) => () => e;
function by(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Ey(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function xy(e) {
  return (e = +e) == 1 ? Pl : function(t, n) {
    return n - t ? Ey(t, n, e) : Dl(isNaN(t) ? n : t);
  };
}
function Pl(e, t) {
  var n = t - e;
  return n ? by(e, n) : Dl(isNaN(e) ? t : e);
}
const Cs = (function e(t) {
  var n = xy(t);
  function o(i, r) {
    var s = n((i = Ui(i)).r, (r = Ui(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Pl(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Nt(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
var qi = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, yi = new RegExp(qi.source, "g");
function $y(e) {
  return function() {
    return e;
  };
}
function ky(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ny(e, t) {
  var n = qi.lastIndex = yi.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = qi.exec(e)) && (i = yi.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: Nt(o, i) })), n = yi.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? ky(u[0].x) : $y(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c) a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
var Ms = 180 / Math.PI, Wi = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Al(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Ms,
    skewX: Math.atan(u) * Ms,
    scaleX: s,
    scaleY: a
  };
}
var lo;
function Sy(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Wi : Al(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Cy(e) {
  return e == null || (lo || (lo = document.createElementNS("http://www.w3.org/2000/svg", "g")), lo.setAttribute("transform", e), !(e = lo.transform.baseVal.consolidate())) ? Wi : (e = e.matrix, Al(e.a, e.b, e.c, e.d, e.e, e.f));
}
function zl(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, h, m) {
    if (l !== d || c !== f) {
      var w = h.push("translate(", null, t, null, n);
      m.push({ i: w - 4, x: Nt(l, d) }, { i: w - 2, x: Nt(c, f) });
    } else (d || f) && h.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: Nt(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: Nt(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, h, m) {
    if (l !== d || c !== f) {
      var w = h.push(i(h) + "scale(", null, ",", null, ")");
      m.push({ i: w - 4, x: Nt(l, d) }, { i: w - 2, x: Nt(c, f) });
    } else (d !== 1 || f !== 1) && h.push(i(h) + "scale(" + d + "," + f + ")");
  }
  return function(l, c) {
    var d = [], f = [];
    return l = e(l), c = e(c), r(l.translateX, l.translateY, c.translateX, c.translateY, d, f), s(l.rotate, c.rotate, d, f), a(l.skewX, c.skewX, d, f), u(l.scaleX, l.scaleY, c.scaleX, c.scaleY, d, f), l = c = null, function(h) {
      for (var m = -1, w = f.length, b; ++m < w; ) d[(b = f[m]).i] = b.x(h);
      return d.join("");
    };
  };
}
var My = zl(Sy, "px, ", "px)", "deg)"), Iy = zl(Cy, ", ", ")", ")"), Ty = 1e-12;
function Is(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Oy(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Dy(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Py = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], h = c - a, m = d - u, w = h * h + m * m, b, y;
    if (w < Ty)
      y = Math.log(f / l) / t, b = function(Y) {
        return [
          a + Y * h,
          u + Y * m,
          l * Math.exp(t * Y * y)
        ];
      };
    else {
      var x = Math.sqrt(w), v = (f * f - l * l + o * w) / (2 * l * n * x), E = (f * f - l * l - o * w) / (2 * f * n * x), R = Math.log(Math.sqrt(v * v + 1) - v), L = Math.log(Math.sqrt(E * E + 1) - E);
      y = (L - R) / t, b = function(Y) {
        var I = Y * y, q = Is(R), H = l / (n * x) * (q * Dy(t * I + R) - Oy(R));
        return [
          a + H * h,
          u + H * m,
          l * q / Is(t * I + R)
        ];
      };
    }
    return b.duration = y * 1e3 * t / Math.SQRT2, b;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, u = a * a;
    return e(s, a, u);
  }, i;
})(Math.SQRT2, 2, 4);
var ln = 0, _n = 0, pn = 0, Rl = 1e3, Ro, bn, Bo = 0, qt = 0, ti = 0, Hn = typeof performance == "object" && performance.now ? performance : Date, Bl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function wr() {
  return qt || (Bl(Ay), qt = Hn.now() + ti);
}
function Ay() {
  qt = 0;
}
function Vo() {
  this._call = this._time = this._next = null;
}
Vo.prototype = Vl.prototype = {
  constructor: Vo,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? wr() : +n) + (t == null ? 0 : +t), !this._next && bn !== this && (bn ? bn._next = this : Ro = this, bn = this), this._call = e, this._time = n, Ki();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ki());
  }
};
function Vl(e, t, n) {
  var o = new Vo();
  return o.restart(e, t, n), o;
}
function zy() {
  wr(), ++ln;
  for (var e = Ro, t; e; )
    (t = qt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --ln;
}
function Ts() {
  qt = (Bo = Hn.now()) + ti, ln = _n = 0;
  try {
    zy();
  } finally {
    ln = 0, By(), qt = 0;
  }
}
function Ry() {
  var e = Hn.now(), t = e - Bo;
  t > Rl && (ti -= t, Bo = e);
}
function By() {
  for (var e, t = Ro, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Ro = n);
  bn = e, Ki(o);
}
function Ki(e) {
  if (!ln) {
    _n && (_n = clearTimeout(_n));
    var t = e - qt;
    t > 24 ? (e < 1 / 0 && (_n = setTimeout(Ts, e - Hn.now() - ti)), pn && (pn = clearInterval(pn))) : (pn || (Bo = Hn.now(), pn = setInterval(Ry, Rl)), ln = 1, Bl(Ts));
  }
}
function Os(e, t, n) {
  var o = new Vo();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Vy = pr("start", "end", "cancel", "interrupt"), Ly = [], Ll = 0, Ds = 1, Zi = 2, wo = 3, Ps = 4, ji = 5, _o = 6;
function ni(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  Hy(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Vy,
    tween: Ly,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Ll
  });
}
function _r(e, t) {
  var n = et(e, t);
  if (n.state > Ll) throw new Error("too late; already scheduled");
  return n;
}
function dt(e, t) {
  var n = et(e, t);
  if (n.state > wo) throw new Error("too late; already running");
  return n;
}
function et(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function Hy(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Vl(r, 0, n.time);
  function r(l) {
    n.state = Ds, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, h;
    if (n.state !== Ds) return u();
    for (c in o)
      if (h = o[c], h.name === n.name) {
        if (h.state === wo) return Os(s);
        h.state === Ps ? (h.state = _o, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = _o, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (Os(function() {
      n.state === wo && (n.state = Ps, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Zi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Zi) {
      for (n.state = wo, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (h = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = h);
      i.length = d + 1;
    }
  }
  function a(l) {
    for (var c = l < n.duration ? n.ease.call(null, l / n.duration) : (n.timer.restart(u), n.state = ji, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === ji && (n.on.call("end", e, e.__data__, n.index, n.group), u());
  }
  function u() {
    n.state = _o, n.timer.stop(), delete o[t];
    for (var l in o) return;
    delete e.__transition;
  }
}
function bo(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Zi && o.state < ji, o.state = _o, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function Fy(e) {
  return this.each(function() {
    bo(this, e);
  });
}
function Yy(e, t) {
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
function Xy(e, t, n) {
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
function Gy(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = et(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Yy : Xy)(n, e, t));
}
function br(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = dt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return et(i, o).value[t];
  };
}
function Hl(e, t) {
  var n;
  return (typeof t == "number" ? Nt : t instanceof Ln ? Cs : (n = Ln(t)) ? (t = n, Cs) : Ny)(e, t);
}
function Uy(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function qy(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Wy(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Ky(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Zy(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function jy(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Qy(e, t) {
  var n = ei(e), o = n === "transform" ? Iy : Hl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? jy : Zy)(n, o, br(this, "attr." + e, t)) : t == null ? (n.local ? qy : Uy)(n) : (n.local ? Ky : Wy)(n, o, t));
}
function Jy(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function e0(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function t0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && e0(e, r)), n;
  }
  return i._value = t, i;
}
function n0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Jy(e, r)), n;
  }
  return i._value = t, i;
}
function o0(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = ei(e);
  return this.tween(n, (o.local ? t0 : n0)(o, t));
}
function i0(e, t) {
  return function() {
    _r(this, e).delay = +t.apply(this, arguments);
  };
}
function r0(e, t) {
  return t = +t, function() {
    _r(this, e).delay = t;
  };
}
function s0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? i0 : r0)(t, e)) : et(this.node(), t).delay;
}
function a0(e, t) {
  return function() {
    dt(this, e).duration = +t.apply(this, arguments);
  };
}
function l0(e, t) {
  return t = +t, function() {
    dt(this, e).duration = t;
  };
}
function u0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? a0 : l0)(t, e)) : et(this.node(), t).duration;
}
function c0(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    dt(this, e).ease = t;
  };
}
function d0(e) {
  var t = this._id;
  return arguments.length ? this.each(c0(t, e)) : et(this.node(), t).ease;
}
function f0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    dt(this, e).ease = n;
  };
}
function h0(e) {
  if (typeof e != "function") throw new Error();
  return this.each(f0(this._id, e));
}
function g0(e) {
  typeof e != "function" && (e = bl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new wt(o, this._parents, this._name, this._id);
}
function p0(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = u[h] || l[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new wt(s, this._parents, this._name, this._id);
}
function v0(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function m0(e, t, n) {
  var o, i, r = v0(t) ? _r : dt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function y0(e, t) {
  var n = this._id;
  return arguments.length < 2 ? et(this.node(), n).on.on(e) : this.each(m0(n, e, t));
}
function w0(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function _0() {
  return this.on("end.remove", w0(this._id));
}
function b0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = vr(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, ni(l[f], t, n, f, l, et(c, n)));
  return new wt(r, this._parents, t, n);
}
function E0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = _l(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), h, m = et(c, n), w = 0, b = f.length; w < b; ++w)
          (h = f[w]) && ni(h, t, n, w, f, m);
        r.push(f), s.push(c);
      }
  return new wt(r, s, t, n);
}
var x0 = Un.prototype.constructor;
function $0() {
  return new x0(this._groups, this._parents);
}
function k0(e, t) {
  var n, o, i;
  return function() {
    var r = an(this, e), s = (this.style.removeProperty(e), an(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Fl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function N0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = an(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function S0(e, t, n) {
  var o, i, r;
  return function() {
    var s = an(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), an(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function C0(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = dt(this, e), l = u.on, c = u.value[r] == null ? a || (a = Fl(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function M0(e, t, n) {
  var o = (e += "") == "transform" ? My : Hl;
  return t == null ? this.styleTween(e, k0(e, o)).on("end.style." + e, Fl(e)) : typeof t == "function" ? this.styleTween(e, S0(e, o, br(this, "style." + e, t))).each(C0(this._id, e)) : this.styleTween(e, N0(e, o, t), n).on("end.style." + e, null);
}
function I0(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function T0(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && I0(e, s, n)), o;
  }
  return r._value = t, r;
}
function O0(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, T0(e, t, n ?? ""));
}
function D0(e) {
  return function() {
    this.textContent = e;
  };
}
function P0(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function A0(e) {
  return this.tween("text", typeof e == "function" ? P0(br(this, "text", e)) : D0(e == null ? "" : e + ""));
}
function z0(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function R0(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && z0(i)), t;
  }
  return o._value = e, o;
}
function B0(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, R0(e));
}
function V0() {
  for (var e = this._name, t = this._id, n = Yl(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = et(u, t);
        ni(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new wt(o, this._parents, e, n);
}
function L0() {
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
var H0 = 0;
function wt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Yl() {
  return ++H0;
}
var ht = Un.prototype;
wt.prototype = {
  constructor: wt,
  select: b0,
  selectAll: E0,
  selectChild: ht.selectChild,
  selectChildren: ht.selectChildren,
  filter: g0,
  merge: p0,
  selection: $0,
  transition: V0,
  call: ht.call,
  nodes: ht.nodes,
  node: ht.node,
  size: ht.size,
  empty: ht.empty,
  each: ht.each,
  on: y0,
  attr: Qy,
  attrTween: o0,
  style: M0,
  styleTween: O0,
  text: A0,
  textTween: B0,
  remove: _0,
  tween: Gy,
  delay: s0,
  duration: u0,
  ease: d0,
  easeVarying: h0,
  end: L0,
  [Symbol.iterator]: ht[Symbol.iterator]
};
function F0(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Y0 = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: F0
};
function X0(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function G0(e) {
  var t, n;
  e instanceof wt ? (t = e._id, e = e._name) : (t = Yl(), (n = Y0).time = wr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && ni(u, e, t, l, s, n || X0(u, t));
  return new wt(o, this._parents, e, t);
}
Un.prototype.interrupt = Fy;
Un.prototype.transition = G0;
const uo = (e) => () => e;
function U0(e, {
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
var Er = new mt(1, 0, 0);
mt.prototype;
function wi(e) {
  e.stopImmediatePropagation();
}
function vn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function q0(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function W0() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function As() {
  return this.__zoom || Er;
}
function K0(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Z0() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function j0(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Q0() {
  var e = q0, t = W0, n = j0, o = K0, i = Z0, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = Py, l = pr("start", "zoom", "end"), c, d, f, h = 500, m = 150, w = 0, b = 10;
  function y(g) {
    g.property("__zoom", As).on("wheel.zoom", I, { passive: !1 }).on("mousedown.zoom", q).on("dblclick.zoom", H).filter(i).on("touchstart.zoom", F).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", U).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  y.transform = function(g, $, p, O) {
    var M = g.selection ? g.selection() : g;
    M.property("__zoom", As), g !== M ? R(g, $, p, O) : M.interrupt().each(function() {
      L(this, arguments).event(O).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, y.scaleBy = function(g, $, p, O) {
    y.scaleTo(g, function() {
      var M = this.__zoom.k, z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * z;
    }, p, O);
  }, y.scaleTo = function(g, $, p, O) {
    y.transform(g, function() {
      var M = t.apply(this, arguments), z = this.__zoom, D = p == null ? E(M) : typeof p == "function" ? p.apply(this, arguments) : p, X = z.invert(D), J = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(x(z, J), D, X), M, s);
    }, p, O);
  }, y.translateBy = function(g, $, p, O) {
    y.transform(g, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, O);
  }, y.translateTo = function(g, $, p, O, M) {
    y.transform(g, function() {
      var z = t.apply(this, arguments), D = this.__zoom, X = O == null ? E(z) : typeof O == "function" ? O.apply(this, arguments) : O;
      return n(Er.translate(X[0], X[1]).scale(D.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), z, s);
    }, O, M);
  };
  function x(g, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === g.k ? g : new mt($, g.x, g.y);
  }
  function v(g, $, p) {
    var O = $[0] - p[0] * g.k, M = $[1] - p[1] * g.k;
    return O === g.x && M === g.y ? g : new mt(g.k, O, M);
  }
  function E(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function R(g, $, p, O) {
    g.on("start.zoom", function() {
      L(this, arguments).event(O).start();
    }).on("interrupt.zoom end.zoom", function() {
      L(this, arguments).event(O).end();
    }).tween("zoom", function() {
      var M = this, z = arguments, D = L(M, z).event(O), X = t.apply(M, z), J = p == null ? E(X) : typeof p == "function" ? p.apply(M, z) : p, G = Math.max(X[1][0] - X[0][0], X[1][1] - X[0][1]), re = M.__zoom, W = typeof $ == "function" ? $.apply(M, z) : $, Z = u(re.invert(J).concat(G / re.k), W.invert(J).concat(G / W.k));
      return function(ee) {
        if (ee === 1) ee = W;
        else {
          var he = Z(ee), ye = G / he[2];
          ee = new mt(ye, J[0] - he[0] * ye, J[1] - he[1] * ye);
        }
        D.zoom(null, ee);
      };
    });
  }
  function L(g, $, p) {
    return !p && g.__zooming || new Y(g, $);
  }
  function Y(g, $) {
    this.that = g, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, $), this.taps = 0;
  }
  Y.prototype = {
    event: function(g) {
      return g && (this.sourceEvent = g), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(g, $) {
      return this.mouse && g !== "mouse" && (this.mouse[1] = $.invert(this.mouse[0])), this.touch0 && g !== "touch" && (this.touch0[1] = $.invert(this.touch0[0])), this.touch1 && g !== "touch" && (this.touch1[1] = $.invert(this.touch1[0])), this.that.__zoom = $, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(g) {
      var $ = St(this.that).datum();
      l.call(
        g,
        this.that,
        new U0(g, {
          sourceEvent: this.sourceEvent,
          target: y,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function I(g, ...$) {
    if (!e.apply(this, arguments)) return;
    var p = L(this, $).event(g), O = this.__zoom, M = Math.max(r[0], Math.min(r[1], O.k * Math.pow(2, o.apply(this, arguments)))), z = $t(g);
    if (p.wheel)
      (p.mouse[0][0] !== z[0] || p.mouse[0][1] !== z[1]) && (p.mouse[1] = O.invert(p.mouse[0] = z)), clearTimeout(p.wheel);
    else {
      if (O.k === M) return;
      p.mouse = [z, O.invert(z)], bo(this), p.start();
    }
    vn(g), p.wheel = setTimeout(D, m), p.zoom("mouse", n(v(x(O, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function D() {
      p.wheel = null, p.end();
    }
  }
  function q(g, ...$) {
    if (f || !e.apply(this, arguments)) return;
    var p = g.currentTarget, O = L(this, $, !0).event(g), M = St(g.view).on("mousemove.zoom", J, !0).on("mouseup.zoom", G, !0), z = $t(g, p), D = g.clientX, X = g.clientY;
    ay(g.view), wi(g), O.mouse = [z, this.__zoom.invert(z)], bo(this), O.start();
    function J(re) {
      if (vn(re), !O.moved) {
        var W = re.clientX - D, Z = re.clientY - X;
        O.moved = W * W + Z * Z > w;
      }
      O.event(re).zoom("mouse", n(v(O.that.__zoom, O.mouse[0] = $t(re, p), O.mouse[1]), O.extent, s));
    }
    function G(re) {
      M.on("mousemove.zoom mouseup.zoom", null), ly(re.view, O.moved), vn(re), O.event(re).end();
    }
  }
  function H(g, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, O = $t(g.changedTouches ? g.changedTouches[0] : g, this), M = p.invert(O), z = p.k * (g.shiftKey ? 0.5 : 2), D = n(v(x(p, z), O, M), t.apply(this, $), s);
      vn(g), a > 0 ? St(this).transition().duration(a).call(R, D, O, g) : St(this).call(y.transform, D, O, g);
    }
  }
  function F(g, ...$) {
    if (e.apply(this, arguments)) {
      var p = g.touches, O = p.length, M = L(this, $, g.changedTouches.length === O).event(g), z, D, X, J;
      for (wi(g), D = 0; D < O; ++D)
        X = p[D], J = $t(X, this), J = [J, this.__zoom.invert(J), X.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== J[2] && (M.touch1 = J, M.taps = 0) : (M.touch0 = J, z = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (M.taps < 2 && (d = J[0], c = setTimeout(function() {
        c = null;
      }, h)), bo(this), M.start());
    }
  }
  function N(g, ...$) {
    if (this.__zooming) {
      var p = L(this, $).event(g), O = g.changedTouches, M = O.length, z, D, X, J;
      for (vn(g), z = 0; z < M; ++z)
        D = O[z], X = $t(D, this), p.touch0 && p.touch0[2] === D.identifier ? p.touch0[0] = X : p.touch1 && p.touch1[2] === D.identifier && (p.touch1[0] = X);
      if (D = p.that.__zoom, p.touch1) {
        var G = p.touch0[0], re = p.touch0[1], W = p.touch1[0], Z = p.touch1[1], ee = (ee = W[0] - G[0]) * ee + (ee = W[1] - G[1]) * ee, he = (he = Z[0] - re[0]) * he + (he = Z[1] - re[1]) * he;
        D = x(D, Math.sqrt(ee / he)), X = [(G[0] + W[0]) / 2, (G[1] + W[1]) / 2], J = [(re[0] + Z[0]) / 2, (re[1] + Z[1]) / 2];
      } else if (p.touch0) X = p.touch0[0], J = p.touch0[1];
      else return;
      p.zoom("touch", n(v(D, X, J), p.extent, s));
    }
  }
  function U(g, ...$) {
    if (this.__zooming) {
      var p = L(this, $).event(g), O = g.changedTouches, M = O.length, z, D;
      for (wi(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), z = 0; z < M; ++z)
        D = O[z], p.touch0 && p.touch0[2] === D.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === D.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0) p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (D = $t(D, this), Math.hypot(d[0] - D[0], d[1] - D[1]) < b)) {
        var X = St(this).on("dblclick.zoom");
        X && X.apply(this, arguments);
      }
    }
  }
  return y.wheelDelta = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : uo(+g), y) : o;
  }, y.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : uo(!!g), y) : e;
  }, y.touchable = function(g) {
    return arguments.length ? (i = typeof g == "function" ? g : uo(!!g), y) : i;
  }, y.extent = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : uo([[+g[0][0], +g[0][1]], [+g[1][0], +g[1][1]]]), y) : t;
  }, y.scaleExtent = function(g) {
    return arguments.length ? (r[0] = +g[0], r[1] = +g[1], y) : [r[0], r[1]];
  }, y.translateExtent = function(g) {
    return arguments.length ? (s[0][0] = +g[0][0], s[1][0] = +g[1][0], s[0][1] = +g[0][1], s[1][1] = +g[1][1], y) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, y.constrain = function(g) {
    return arguments.length ? (n = g, y) : n;
  }, y.duration = function(g) {
    return arguments.length ? (a = +g, y) : a;
  }, y.interpolate = function(g) {
    return arguments.length ? (u = g, y) : u;
  }, y.on = function() {
    var g = l.on.apply(l, arguments);
    return g === l ? y : g;
  }, y.clickDistance = function(g) {
    return arguments.length ? (w = (g = +g) * g, y) : Math.sqrt(w);
  }, y.tapDistance = function(g) {
    return arguments.length ? (b = +g, y) : b;
  }, y;
}
const Xl = /* @__PURE__ */ Symbol("MiniMapSlots"), J0 = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], e1 = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, t1 = /* @__PURE__ */ Se({
  ...e1,
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
    const n = e, o = Ot(Xl), i = nr(), r = xe(() => i.style ?? {});
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
    return (d, f) => !d.hidden && d.dimensions.width !== 0 && d.dimensions.height !== 0 ? (Q(), le(He, { key: 0 }, [
      K(o)[`node-${n.type}`] ? (Q(), Re(Pt(K(o)[`node-${n.type}`]), Iu(Eo({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (Q(), le("rect", Eo({
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
      }), null, 16, J0))
    ], 64)) : ke("", !0);
  }
}), n1 = ["width", "height", "viewBox", "aria-labelledby"], o1 = ["id"], i1 = ["d", "fill", "stroke", "stroke-width"], r1 = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, s1 = /* @__PURE__ */ Se({
  ...r1,
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
    const n = ua(), o = nr(), i = 200, r = 150, { id: s, edges: a, viewport: u, translateExtent: l, dimensions: c, emits: d, d3Selection: f, d3Zoom: h, getNodesInitialized: m } = Ce(), w = Ie();
    Mt(Xl, n);
    const b = xe(() => {
      var M;
      return e.width ?? ((M = o.style) == null ? void 0 : M.width) ?? i;
    }), y = xe(() => {
      var M;
      return e.height ?? ((M = o.style) == null ? void 0 : M.height) ?? r;
    }), x = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", v = ae(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), E = ae(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), R = ae(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), L = ae(() => dr(m.value.filter((M) => !M.hidden))), Y = ae(() => ({
      x: -u.value.x / u.value.zoom,
      y: -u.value.y / u.value.zoom,
      width: c.value.width / u.value.zoom,
      height: c.value.height / u.value.zoom
    })), I = ae(
      () => m.value && m.value.length ? Bh(L.value, Y.value) : Y.value
    ), q = ae(() => {
      const M = I.value.width / b.value, z = I.value.height / y.value;
      return Math.max(M, z);
    }), H = ae(() => {
      const M = q.value * b.value, z = q.value * y.value, D = e.offsetScale * q.value;
      return {
        offset: D,
        x: I.value.x - (M - I.value.width) / 2 - D,
        y: I.value.y - (z - I.value.height) / 2 - D,
        width: M + D * 2,
        height: z + D * 2
      };
    }), F = ae(() => !H.value.x || !H.value.y ? "" : `
    M${H.value.x - H.value.offset},${H.value.y - H.value.offset}
    h${H.value.width + H.value.offset * 2}
    v${H.value.height + H.value.offset * 2}
    h${-H.value.width - H.value.offset * 2}z
    M${Y.value.x + e.maskBorderRadius},${Y.value.y}
    h${Y.value.width - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},${e.maskBorderRadius}
    v${Y.value.height - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},${e.maskBorderRadius}
    h${-(Y.value.width - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},-${e.maskBorderRadius}
    v${-(Y.value.height - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},-${e.maskBorderRadius}z`);
    Mu(
      (M) => {
        if (w.value) {
          const z = St(w.value), D = (G) => {
            if (G.sourceEvent.type !== "wheel" || !f.value || !h.value)
              return;
            const re = G.sourceEvent.ctrlKey && Rn() ? 10 : 1, W = -G.sourceEvent.deltaY * (G.sourceEvent.deltaMode === 1 ? 0.05 : G.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, Z = u.value.zoom * 2 ** (W * re);
            h.value.scaleTo(f.value, Z);
          }, X = (G) => {
            if (G.sourceEvent.type !== "mousemove" || !f.value || !h.value)
              return;
            const re = q.value * Math.max(1, u.value.zoom) * (e.inversePan ? -1 : 1), W = {
              x: u.value.x - G.sourceEvent.movementX * re,
              y: u.value.y - G.sourceEvent.movementY * re
            }, Z = [
              [0, 0],
              [c.value.width, c.value.height]
            ], ee = Er.translate(W.x, W.y).scale(u.value.zoom), he = h.value.constrain()(ee, Z, l.value);
            h.value.transform(f.value, he);
          }, J = Q0().wheelDelta((G) => Vi(G) * (e.zoomStep / 10)).on("zoom", e.pannable ? X : () => {
          }).on("zoom.wheel", e.zoomable ? D : () => {
          });
          z.call(J), M(() => {
            z.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function N(M) {
      const [z, D] = $t(M);
      t("click", { event: M, position: { x: z, y: D } });
    }
    function U(M, z) {
      const D = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeClick(D), t("nodeClick", D);
    }
    function g(M, z) {
      const D = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeDoubleClick(D), t("nodeDblclick", D);
    }
    function $(M, z) {
      const D = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeMouseEnter(D), t("nodeMouseenter", D);
    }
    function p(M, z) {
      const D = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeMouseMove(D), t("nodeMousemove", D);
    }
    function O(M, z) {
      const D = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeMouseLeave(D), t("nodeMouseleave", D);
    }
    return (M, z) => (Q(), Re(K(vl), {
      position: M.position,
      class: Ge(["vue-flow__minimap", { pannable: M.pannable, zoomable: M.zoomable }])
    }, {
      default: Ke(() => [
        (Q(), le("svg", {
          ref_key: "el",
          ref: w,
          width: b.value,
          height: y.value,
          viewBox: [H.value.x, H.value.y, H.value.width, H.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${K(s)}`,
          onClick: N
        }, [
          M.ariaLabel ? (Q(), le("title", {
            key: 0,
            id: `vue-flow__minimap-${K(s)}`
          }, Pe(M.ariaLabel), 9, o1)) : ke("", !0),
          (Q(!0), le(He, null, Yt(K(m), (D) => (Q(), Re(t1, {
            id: D.id,
            key: D.id,
            f: "",
            position: D.computedPosition,
            dimensions: D.dimensions,
            selected: D.selected,
            dragging: D.dragging,
            style: De(D.style),
            class: Ge(R.value(D)),
            color: v.value(D),
            "border-radius": M.nodeBorderRadius,
            "stroke-color": E.value(D),
            "stroke-width": M.nodeStrokeWidth,
            "shape-rendering": K(x),
            type: D.type,
            hidden: D.hidden,
            onClick: (X) => U(X, D),
            onDblclick: (X) => g(X, D),
            onMouseenter: (X) => $(X, D),
            onMousemove: (X) => p(X, D),
            onMouseleave: (X) => O(X, D)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          be("path", {
            class: "vue-flow__minimap-mask",
            d: F.value,
            fill: M.maskColor,
            stroke: M.maskStrokeColor,
            "stroke-width": M.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, i1)
        ], 8, n1))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
var Gl = Object.defineProperty, a1 = (e, t, n) => t in e ? Gl(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, l1 = (e, t) => {
  for (var n in t) Gl(e, n, { get: t[n], enumerable: !0 });
}, u1 = (e, t, n) => a1(e, t + "", n), Ul = {};
l1(Ul, { Graph: () => tt, alg: () => $r });
var c1 = Object.defineProperty, ql = (e, t) => {
  for (var n in t) c1(e, n, { get: t[n], enumerable: !0 });
}, xr = class {
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
    let l = En(this._isDirected, i, r, s);
    if (l in this._edgeLabels) return u && (this._edgeLabels[l] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(i), this.setNode(r), this._edgeLabels[l] = u ? a : this._defaultEdgeLabelFn(i, r, s);
    let c = d1(this._isDirected, i, r, s);
    return i = c.v, r = c.w, Object.freeze(c), this._edgeObjs[l] = c, zs(this._preds[r], i), zs(this._sucs[i], r), this._in[r][l] = c, this._out[i][l] = c, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let o = arguments.length === 1 ? _i(this._isDirected, e) : En(this._isDirected, e, t, n);
    return this._edgeLabels[o];
  }
  edgeAsObj(e, t, n) {
    let o = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof o != "object" || o === null ? { label: o } : o;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? _i(this._isDirected, e) : En(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let o = arguments.length === 1 ? _i(this._isDirected, e) : En(this._isDirected, e, t, n), i = this._edgeObjs[o];
    if (i) {
      let r = i.v, s = i.w;
      delete this._edgeLabels[o], delete this._edgeObjs[o], Rs(this._preds[s], r), Rs(this._sucs[r], s), delete this._in[s][o], delete this._out[r][o], this._edgeCount--;
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
function zs(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function Rs(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function En(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let s = i;
    i = r, r = s;
  }
  return i + "" + r + "" + (o === void 0 ? "\0" : o);
}
function d1(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let a = i;
    i = r, r = a;
  }
  let s = { v: i, w: r };
  return o && (s.name = o), s;
}
function _i(e, t) {
  return En(e, t.v, t.w, t.name);
}
var f1 = {};
ql(f1, { read: () => v1, write: () => h1 });
function h1(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: g1(e), edges: p1(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function g1(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), o = e.parent(t), i = { v: t };
    return n !== void 0 && (i.value = n), o !== void 0 && (i.parent = o), i;
  });
}
function p1(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), o = { v: t.v, w: t.w };
    return t.name !== void 0 && (o.name = t.name), n !== void 0 && (o.value = n), o;
  });
}
function v1(e) {
  let t = new xr(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var $r = {};
ql($r, { CycleException: () => Ho, bellmanFord: () => Wl, components: () => w1, dijkstra: () => Lo, dijkstraAll: () => E1, findCycles: () => x1, floydWarshall: () => k1, isAcyclic: () => S1, postorder: () => M1, preorder: () => I1, prim: () => T1, shortestPaths: () => O1, tarjan: () => Zl, topsort: () => jl });
var m1 = () => 1;
function Wl(e, t, n, o) {
  return y1(e, String(t), n || m1, o || function(i) {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  });
}
function y1(e, t, n, o) {
  let i = {}, r, s = 0, a = e.nodes(), u = function(d) {
    let f = i[d.v], h = i[d.w];
    if (!f || !h) return;
    let m = n(d);
    f.distance + m < h.distance && (i[d.w] = { distance: f.distance + m, predecessor: d.v }, r = !0);
  }, l = function() {
    a.forEach(function(d) {
      o(d).forEach(function(f) {
        let h = f.v === d ? f.v : f.w, m = h === f.v ? f.w : f.v;
        u({ v: h, w: m });
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
function w1(e) {
  let t = {}, n = [], o;
  function i(r) {
    var s, a;
    r in t || (t[r] = !0, o.push(r), (s = e.successors(r)) == null || s.forEach(i), (a = e.predecessors(r)) == null || a.forEach(i));
  }
  return e.nodes().forEach(function(r) {
    o = [], i(r), o.length && n.push(o);
  }), n;
}
var Kl = class {
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
}, _1 = () => 1;
function Lo(e, t, n, o) {
  let i = function(r) {
    var s;
    return (s = e.outEdges(r)) != null ? s : [];
  };
  return b1(e, String(t), n || _1, o || i);
}
function b1(e, t, n, o) {
  let i = {}, r = new Kl(), s, a, u = function(l) {
    let c = l.v !== s ? l.v : l.w, d = i[c];
    if (!d) return;
    let f = n(l), h = a.distance + f;
    if (f < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + l + " Weight: " + f);
    h < d.distance && (d.distance = h, d.predecessor = s, r.decrease(c, h));
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
function E1(e, t, n) {
  return e.nodes().reduce(function(o, i) {
    return o[i] = Lo(e, i, t, n), o;
  }, {});
}
function Zl(e) {
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
function x1(e) {
  return Zl(e).filter(function(t) {
    var n;
    let o = t[0];
    return o ? t.length > 1 || t.length === 1 && ((n = e.outEdges(o, o)) != null ? n : []).length > 0 : !1;
  });
}
var $1 = () => 1;
function k1(e, t, n) {
  return N1(e, t || $1, n || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function N1(e, t, n) {
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
          let h = c.distance + d.distance;
          h < f.distance && (f.distance = h, f.predecessor = d.predecessor);
        }
      });
    });
  }), o;
}
var Ho = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function jl(e) {
  let t = {}, n = {}, o = [];
  function i(r) {
    var s;
    if (r in n) throw new Ho();
    r in t || (n[r] = !0, t[r] = !0, (s = e.predecessors(r)) == null || s.forEach(i), delete n[r], o.push(r));
  }
  if (e.sinks().forEach(i), Object.keys(t).length !== e.nodeCount()) throw new Ho();
  return o;
}
function S1(e) {
  try {
    jl(e);
  } catch (t) {
    if (t instanceof Ho) return !1;
    throw t;
  }
  return !0;
}
function C1(e, t, n, o, i) {
  Array.isArray(t) || (t = [t]);
  let r = ((a) => {
    var u;
    return (u = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? u : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    i = Ql(e, a, n === "post", s, r, o, i);
  }), i;
}
function Ql(e, t, n, o, i, r, s) {
  return t in o || (o[t] = !0, n || (s = r(s, t)), i(t).forEach(function(a) {
    s = Ql(e, a, n, o, i, r, s);
  }), n && (s = r(s, t))), s;
}
function Jl(e, t, n) {
  return C1(e, t, n, function(o, i) {
    return o.push(i), o;
  }, []);
}
function M1(e, t) {
  return Jl(e, t, "post");
}
function I1(e, t) {
  return Jl(e, t, "pre");
}
function T1(e, t) {
  var n;
  let o = new xr(), i = {}, r = new Kl(), s;
  function a(c) {
    let d = c.v === s ? c.w : c.v, f = r.priority(d);
    if (f !== void 0) {
      let h = t(c);
      h < f && (i[d] = s, r.decrease(d, h));
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
function O1(e, t, n, o) {
  return D1(e, t, n, o ?? ((i) => {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  }));
}
function D1(e, t, n, o) {
  if (n === void 0) return Lo(e, t, n, o);
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
    if (i) return Wl(e, t, n, o);
  }
  return Lo(e, t, n, o);
}
var tt = xr;
function dn(e, t, n, o) {
  let i = o;
  for (; e.hasNode(i); ) i = kr(o);
  return n.dummy = t, e.setNode(i, n), i;
}
function P1(e) {
  let t = new tt().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let o = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, i = e.edge(n);
    t.setEdge(n.v, n.w, { weight: o.weight + i.weight, minlen: Math.max(o.minlen, i.minlen) });
  }), t;
}
function eu(e) {
  let t = new tt({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function Bs(e, t) {
  let n = e.x, o = e.y, i = t.x - n, r = t.y - o, s = e.width / 2, a = e.height / 2;
  if (!i && !r) throw new Error("Not possible to find intersection inside of the rectangle");
  let u, l;
  return i === 0 || Math.abs(r) * s > Math.abs(i) * a ? (r < 0 && (a = -a), u = a * i / r, l = a) : (i < 0 && (s = -s), u = s, l = s * r / i), { x: n + u, y: o + l };
}
function Wn(e) {
  let t = Fn(nu(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let o = e.node(n), i = o.rank;
    i !== void 0 && (t[i] || (t[i] = []), t[i][o.order] = n);
  }), t;
}
function A1(e) {
  let t = e.nodes().map((o) => {
    let i = e.node(o).rank;
    return i === void 0 ? Number.MAX_VALUE : i;
  }), n = at(Math.min, t);
  e.nodes().forEach((o) => {
    let i = e.node(o);
    Object.hasOwn(i, "rank") && (i.rank -= n);
  });
}
function z1(e) {
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
function Vs(e, t, n, o) {
  let i = { width: 0, height: 0 };
  return arguments.length >= 4 && (i.rank = n, i.order = o), dn(e, "border", i, t);
}
function R1(e, t = tu) {
  let n = [];
  for (let o = 0; o < e.length; o += t) {
    let i = e.slice(o, o + t);
    n.push(i);
  }
  return n;
}
var tu = 65535;
function at(e, t) {
  if (t.length > tu) {
    let n = R1(t);
    return e(...n.map((o) => e(...o)));
  } else return e(...t);
}
function nu(e) {
  let t = e.nodes().map((n) => {
    let o = e.node(n).rank;
    return o === void 0 ? Number.MIN_VALUE : o;
  });
  return at(Math.max, t);
}
function B1(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((o) => {
    t(o) ? n.lhs.push(o) : n.rhs.push(o);
  }), n;
}
function V1(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function ou(e, t) {
  return t();
}
var L1 = 0;
function kr(e) {
  let t = ++L1;
  return e + ("" + t);
}
function Fn(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let o = (r) => r < t;
  n < 0 && (o = (r) => t < r);
  let i = [];
  for (let r = e; o(r); r += n) i.push(r);
  return i;
}
function Fo(e, t) {
  let n = {};
  for (let o of t) e[o] !== void 0 && (n[o] = e[o]);
  return n;
}
function oi(e, t) {
  let n;
  return typeof t == "string" ? n = (o) => o[t] : n = t, Object.entries(e).reduce((o, [i, r]) => (o[i] = n(r, i), o), {});
}
function H1(e, t) {
  return e.reduce((n, o, i) => (n[o] = t[i], n), {});
}
var ii = "\0";
function iu(e, t, n) {
  var o, i, r, s, a, u;
  if (!(e && t && n && t.dummy === "edge" && n.dummy === "edge" && t.edgeObj && n.edgeObj && e[t.edgeObj.v] && e[n.edgeObj.v] && e[t.edgeObj.w] && e[n.edgeObj.w])) return 0;
  let l = !0;
  t.edgeObj.w === n.edgeObj.w && (l = !1);
  let c = l ? (i = (o = e[t.edgeObj.v]) == null ? void 0 : o.rank) != null ? i : NaN + 1 : (s = (r = e[t.edgeObj.w]) == null ? void 0 : r.rank) != null ? s : NaN - 1, d = Object.entries(e).find((w) => {
    var b, y;
    return ((b = w[1].edgeObj) == null ? void 0 : b.v) === t.edgeObj.v && ((y = w[1].edgeObj) == null ? void 0 : y.w) === t.edgeObj.w && w[1].rank === c;
  }), f = Object.entries(e).find((w) => {
    var b, y;
    return ((b = w[1].edgeObj) == null ? void 0 : b.v) === n.edgeObj.v && ((y = w[1].edgeObj) == null ? void 0 : y.w) === n.edgeObj.w && w[1].rank === c;
  });
  if (!d || !f) return 0;
  let h = (a = d[1].order) != null ? a : NaN, m = (u = f[1].order) != null ? u : NaN;
  return isNaN(h - m) ? 0 : h - m;
}
var F1 = "3.1.3", Y1 = class {
  constructor() {
    u1(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return Ls(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && Ls(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, X1)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Ls(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function X1(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var G1 = Y1, U1 = () => 1;
function q1(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = K1(e, t || U1);
  return W1(n.graph, n.buckets, n.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function W1(e, t, n) {
  var o;
  let i = [], r = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) bi(e, t, n, a);
    for (; a = r.dequeue(); ) bi(e, t, n, a);
    if (e.nodeCount()) {
      for (let u = t.length - 2; u > 0; --u) if (a = (o = t[u]) == null ? void 0 : o.dequeue(), a) {
        i = i.concat(bi(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return i;
}
function bi(e, t, n, o, i) {
  let r = [], s = i ? r : void 0;
  return (e.inEdges(o.v) || []).forEach((a) => {
    let u = e.edge(a), l = e.node(a.v);
    i && r.push({ v: a.v, w: a.w }), l.out -= u, Qi(t, n, l);
  }), (e.outEdges(o.v) || []).forEach((a) => {
    let u = e.edge(a), l = a.w, c = e.node(l);
    c.in -= u, Qi(t, n, c);
  }), e.removeNode(o.v), s;
}
function K1(e, t) {
  let n = new tt(), o = 0, i = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let u = n.edge(a.v, a.w) || 0, l = t(a), c = u + l;
    n.setEdge(a.v, a.w, c);
    let d = n.node(a.v), f = n.node(a.w);
    i = Math.max(i, d.out += l), o = Math.max(o, f.in += l);
  });
  let r = Z1(i + o + 3).map(() => new G1()), s = o + 1;
  return n.nodes().forEach((a) => {
    Qi(r, s, n.node(a));
  }), { graph: n, buckets: r, zeroIdx: s };
}
function Qi(e, t, n) {
  var o, i, r;
  n.out ? n.in ? (r = e[n.out - n.in + t]) == null || r.enqueue(n) : (i = e[e.length - 1]) == null || i.enqueue(n) : (o = e[0]) == null || o.enqueue(n);
}
function Z1(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function j1(e, t) {
  (e.graph().acyclicer === "greedy" ? q1(e, n(e)) : Q1(e, t ?? null)).forEach((o) => {
    let i = e.edge(o);
    e.removeEdge(o), i.forwardName = o.name, i.reversed = !0, e.setEdge(o.w, o.v, i, kr("rev"));
  });
  function n(o) {
    return (i) => o.edge(i).weight;
  }
}
function Q1(e, t) {
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
      Object.hasOwn(o, c.w) || ((d = t.node(u)) == null ? void 0 : d.rank) > ((f = t.node(c.w)) == null ? void 0 : f.rank) && ew(e, c.w, c) ? n.push(c) : s(c.w);
    }), delete o[u]);
  }
  let a = r;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function J1(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let o = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, o);
    }
  });
}
function ew(e, t, n) {
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
function tw(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => nw(e, t));
}
function nw(e, t) {
  let n = t.v, o = e.node(n).rank, i = t.w, r = e.node(i).rank, s = t.name, a = e.edge(t), u = a.labelRank;
  if (r === o + 1) return;
  e.removeEdge(t);
  let l, c, d;
  for (d = 0, ++o; o < r; ++d, ++o) a.points = [], c = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: o }, l = dn(e, "edge", c, "_d"), o === u && (c.width = a.width, c.height = a.height, c.dummy = "edge-label", c.labelpos = a.labelpos), e.setEdge(n, l, { weight: a.weight }, s), d === 0 && e.graph().dummyChains.push(l), n = l;
  e.setEdge(n, i, { weight: a.weight }, s);
}
function ow(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), o = n.edgeLabel, i;
    for (e.setEdge(n.edgeObj, o); n.dummy; ) i = e.successors(t)[0], e.removeNode(t), o.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (o.x = n.x, o.y = n.y, o.width = n.width, o.height = n.height), t = i, n = e.node(t);
  });
}
function Nr(e) {
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
function un(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var ru = iw;
function iw(e) {
  let t = new tt({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let o = n[0], i = e.nodeCount();
  t.setNode(o, {});
  let r, s;
  for (; rw(t, e) < i && (r = sw(t, e), !!r); ) s = t.hasNode(r.v) ? un(e, r) : -un(e, r), aw(t, e, s);
  return t;
}
function rw(e, t) {
  function n(o) {
    let i = t.nodeEdges(o);
    i && i.forEach((r) => {
      let s = r.v, a = o === s ? r.w : s;
      !e.hasNode(a) && !un(t, r) && (e.setNode(a, {}), e.setEdge(o, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function sw(e, t) {
  return t.edges().reduce((n, o) => {
    let i = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (i = un(t, o)), i < n[0] ? [i, o] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function aw(e, t, n) {
  e.nodes().forEach((o) => t.node(o).rank += n);
}
var { preorder: lw, postorder: uw } = $r, cw = Wt;
Wt.initLowLimValues = Cr;
Wt.initCutValues = Sr;
Wt.calcCutValue = su;
Wt.leaveEdge = lu;
Wt.enterEdge = uu;
Wt.exchangeEdges = cu;
function Wt(e) {
  e = P1(e), Nr(e);
  let t = ru(e);
  Cr(t), Sr(t, e);
  let n, o;
  for (; n = lu(t); ) o = uu(t, e, n), cu(t, e, n, o);
}
function Sr(e, t) {
  let n = uw(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((o) => dw(e, t, o));
}
function dw(e, t, n) {
  let o = e.node(n).parent, i = e.edge(n, o);
  i.cutvalue = su(e, t, n);
}
function su(e, t, n) {
  let o = e.node(n).parent, i = !0, r = t.edge(n, o), s = 0;
  r || (i = !1, r = t.edge(o, n)), s = r.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((u) => {
    let l = u.v === n, c = l ? u.w : u.v;
    if (c !== o) {
      let d = l === i, f = t.edge(u).weight;
      if (s += d ? f : -f, hw(e, n, c)) {
        let h = e.edge(n, c).cutvalue;
        s += d ? -h : h;
      }
    }
  }), s;
}
function Cr(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), au(e, {}, 1, t);
}
function au(e, t, n, o, i) {
  let r = n, s = e.node(o);
  t[o] = !0;
  let a = e.neighbors(o);
  return a && a.forEach((u) => {
    Object.hasOwn(t, u) || (n = au(e, t, n, u, o));
  }), s.low = r, s.lim = n++, i ? s.parent = i : delete s.parent, n;
}
function lu(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function uu(e, t, n) {
  let o = n.v, i = n.w;
  t.hasEdge(o, i) || (o = n.w, i = n.v);
  let r = e.node(o), s = e.node(i), a = r, u = !1;
  return r.lim > s.lim && (a = s, u = !0), t.edges().filter((l) => u === Hs(e, e.node(l.v), a) && u !== Hs(e, e.node(l.w), a)).reduce((l, c) => un(t, c) < un(t, l) ? c : l);
}
function cu(e, t, n, o) {
  let i = n.v, r = n.w;
  e.removeEdge(i, r), e.setEdge(o.v, o.w, {}), Cr(e), Sr(e, t), fw(e, t);
}
function fw(e, t) {
  let n = e.nodes().find((i) => !e.node(i).parent);
  if (!n) return;
  let o = lw(e, [n]);
  o = o.slice(1), o.forEach((i) => {
    let r = e.node(i).parent, s = t.edge(i, r), a = !1;
    s || (s = t.edge(r, i), a = !0), t.node(i).rank = t.node(r).rank + (a ? s.minlen : -s.minlen);
  });
}
function hw(e, t, n) {
  return e.hasEdge(t, n);
}
function Hs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var gw = pw;
function pw(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Fs(e);
      break;
    case "tight-tree":
      mw(e);
      break;
    case "longest-path":
      vw(e);
      break;
    case "none":
      break;
    default:
      Fs(e);
  }
}
var vw = Nr;
function mw(e) {
  Nr(e), ru(e);
}
function Fs(e) {
  cw(e);
}
var yw = ww;
function ww(e) {
  let t = bw(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((o) => {
    let i = e.node(o), r = i.edgeObj, s = _w(e, t, r.v, r.w), a = s.path, u = s.lca, l = 0, c = a[l], d = !0;
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
function _w(e, t, n, o) {
  let i = [], r = [], s = Math.min(t[n].low, t[o].low), a = Math.max(t[n].lim, t[o].lim), u;
  u = n;
  do
    u = e.parent(u), i.push(u);
  while (u && (t[u].low > s || a > t[u].lim));
  let l = u, c = o;
  for (; (c = e.parent(c)) !== l; ) r.push(c);
  return { path: i.concat(r.reverse()), lca: l };
}
function bw(e) {
  let t = {}, n = 0;
  function o(i) {
    let r = n;
    e.children(i).forEach(o), t[i] = { low: r, lim: n++ };
  }
  return e.children(ii).forEach(o), t;
}
function Ew(e) {
  let t = dn(e, "root", {}, "_root"), n = xw(e), o = Object.values(n), i = at(Math.max, o) - 1, r = 2 * i + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= r);
  let s = $w(e) + 1;
  e.children(ii).forEach((a) => {
    du(e, t, r, s, i, n, a);
  }), e.graph().nodeRankFactor = r;
}
function du(e, t, n, o, i, r, s) {
  var a;
  let u = e.children(s);
  if (!u.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let l = Vs(e, "_bt"), c = Vs(e, "_bb"), d = e.node(s);
  e.setParent(l, s), d.borderTop = l, e.setParent(c, s), d.borderBottom = c, u.forEach((f) => {
    var h;
    du(e, t, n, o, i, r, f);
    let m = e.node(f), w = m.borderTop ? m.borderTop : f, b = m.borderBottom ? m.borderBottom : f, y = m.borderTop ? o : 2 * o, x = w !== b ? 1 : i - ((h = r[s]) != null ? h : 0) + 1;
    e.setEdge(l, w, { weight: y, minlen: x, nestingEdge: !0 }), e.setEdge(b, c, { weight: y, minlen: x, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, l, { weight: 0, minlen: i + ((a = r[s]) != null ? a : 0) });
}
function xw(e) {
  let t = {};
  function n(o, i) {
    let r = e.children(o);
    r && r.length && r.forEach((s) => n(s, i + 1)), t[o] = i;
  }
  return e.children(ii).forEach((o) => n(o, 1)), t;
}
function $w(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function kw(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var Nw = Sw;
function Sw(e) {
  function t(n) {
    let o = e.children(n), i = e.node(n);
    if (o.length && o.forEach(t), i && Object.hasOwn(i, "minRank")) {
      i.borderLeft = [], i.borderRight = [];
      for (let r = i.minRank, s = i.maxRank + 1; r < s; ++r) Ys(e, "borderLeft", "_bl", n, i, r), Ys(e, "borderRight", "_br", n, i, r);
    }
  }
  e.children(ii).forEach(t);
}
function Ys(e, t, n, o, i, r) {
  let s = { width: 0, height: 0, rank: r, borderType: t }, a = i[t][r - 1], u = dn(e, "border", s, n);
  i[t][r] = u, e.setParent(u, o), a && e.setEdge(a, u, { weight: 1 });
}
function Cw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && fu(e);
}
function Mw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && Iw(e), (n === "lr" || n === "rl") && (Tw(e), fu(e));
}
function fu(e) {
  e.nodes().forEach((t) => Xs(e.node(t))), e.edges().forEach((t) => Xs(e.edge(t)));
}
function Xs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function Iw(e) {
  e.nodes().forEach((t) => Ei(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(Ei), Object.hasOwn(o, "y") && Ei(o);
  });
}
function Ei(e) {
  e.y = -e.y;
}
function Tw(e) {
  e.nodes().forEach((t) => xi(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(xi), Object.hasOwn(o, "x") && xi(o);
  });
}
function xi(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function Ow(e, t = null) {
  let n = {}, o = e.nodes().filter((l) => !e.children(l).length), i = o.map((l) => e.node(l).rank), r = at(Math.max, i), s = Fn(r + 1).map(() => []);
  function a(l) {
    if (n[l]) return;
    n[l] = !0;
    let c = e.node(l);
    s[c.rank].push(l);
    let d = e.successors(l);
    d && [...d].sort((f, h) => u(f, h)).forEach(a);
  }
  o.sort((l, c) => e.node(l).rank - e.node(c).rank).forEach(a);
  function u(l, c) {
    let d = e.node(l), f = e.node(c);
    return iu(t, d, f);
  }
  return s;
}
function Dw(e, t) {
  let n = 0;
  for (let o = 1; o < t.length; ++o) n += Pw(e, t[o - 1], t[o]);
  return n;
}
function Pw(e, t, n) {
  let o = H1(n, n.map((l, c) => c)), i = t.flatMap((l) => {
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
function Aw(e, t = []) {
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
function zw(e, t) {
  let n = {};
  e.forEach((i, r) => {
    let s = { indegree: 0, in: [], out: [], vs: [i.v], i: r };
    i.barycenter !== void 0 && (s.barycenter = i.barycenter, s.weight = i.weight), n[i.v] = s;
  }), t.edges().forEach((i) => {
    let r = n[i.v], s = n[i.w];
    r !== void 0 && s !== void 0 && (s.indegree++, r.out.push(s));
  });
  let o = Object.values(n).filter((i) => !i.indegree);
  return Rw(o);
}
function Rw(e) {
  let t = [];
  function n(i) {
    return (r) => {
      r.merged || (r.barycenter === void 0 || i.barycenter === void 0 || r.barycenter >= i.barycenter) && Bw(i, r);
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
  return t.filter((i) => !i.merged).map((i) => Fo(i, ["vs", "i", "barycenter", "weight"]));
}
function Bw(e, t) {
  let n = 0, o = 0;
  e.weight && (n += e.barycenter * e.weight, o += e.weight), t.weight && (n += t.barycenter * t.weight, o += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / o, e.weight = o, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Vw(e, t, n, o, i) {
  let r = {}, s = null, a = null, u = i;
  typeof t == "boolean" ? (u = t, r = {}) : t && (r = t, s = n ?? null, a = o ?? null);
  let l = B1(e, (y) => Object.hasOwn(y, "barycenter")), c = l.lhs, d = l.rhs.sort((y, x) => x.i - y.i), f = [], h = 0, m = 0, w = 0;
  c.sort(Lw(a, s, !!u));
  for (let [y, x] of Object.entries(r)) {
    let v = c.findIndex((E) => E.vs[0] === y);
    c.splice(v + 1, 0, x);
  }
  w = Gs(f, d, w), c.forEach((y) => {
    w += y.vs.length, f.push(y.vs), h += y.barycenter * y.weight, m += y.weight, w = Gs(f, d, w);
  });
  let b = { vs: f.flat(1) };
  return m && (b.barycenter = h / m, b.weight = m), b;
}
function Gs(e, t, n) {
  let o;
  for (; t.length && (o = t[t.length - 1]).i <= n; ) t.pop(), e.push(o.vs), n++;
  return n;
}
function Lw(e, t, n) {
  return (o, i) => {
    if (o.barycenter < i.barycenter) return -1;
    if (o.barycenter > i.barycenter) return 1;
    if (e && (typeof o.vs[0] == "string" || typeof i.vs[0] == "string")) {
      let r = e.node(o.vs[0]), s = e.node(i.vs[0]), a = iu(t, r, s);
      if (a !== 0) return a;
    }
    return n ? i.i - o.i : o.i - i.i;
  };
}
function hu(e, t, n, o, i) {
  var r, s, a, u, l, c, d, f, h, m, w;
  let b = null, y = i;
  typeof o == "boolean" ? (y = o, b = null) : o !== void 0 && (b = o);
  let x = e.children(t), v = e.node(t), E = v ? v.borderLeft : void 0, R = v ? v.borderRight : void 0, L = {};
  E && (x = x.filter((N) => N !== E && N !== R));
  let Y = Aw(e, x);
  Y.forEach((N) => {
    if (e.children(N.v).length) {
      let { result: U } = hu(e, N.v, n, b, y);
      L[N.v] = U, Object.hasOwn(U, "barycenter") && Fw(N, U);
    }
  });
  let I = zw(Y, n);
  Hw(I, L);
  let q = {}, H = !1;
  for (let N = 0; N < I.length; N++) for (let U = N + 1; U < I.length; U++) if (!(!I[N] || !I[U] || !((r = I[N]) != null && r.barycenter) || !((s = I[U]) != null && s.barycenter)) && ((a = I[N]) == null ? void 0 : a.barycenter) === I[U].barycenter) {
    let g = (l = (u = I[N]) == null ? void 0 : u.vs[0]) != null ? l : "", $ = (d = (c = I[U]) == null ? void 0 : c.vs[0]) != null ? d : "", p = e.node(g), O = e.node($);
    if (p.dummy === "edge" && O.dummy === "edge" && ((f = p.edgeObj) == null ? void 0 : f.v) === ((h = O.edgeObj) == null ? void 0 : h.v) && ((m = p.edgeObj) == null ? void 0 : m.w) === ((w = O.edgeObj) == null ? void 0 : w.w)) if (p.edgeLabel.reversed) {
      q[$] = I[N], I.splice(N, 1), N--;
      break;
    } else q[g] || (q[g] = I[U], I.splice(U, 1), U--);
    else H = !0;
  }
  let F = Vw(I, q, b, e, y);
  if (E && R) {
    F.vs = [E, F.vs, R].flat(1);
    let N = e.predecessors(E);
    if (N && N.length) {
      let U = e.node(N[0]), g = e.predecessors(R), $ = e.node(g[0]);
      Object.hasOwn(F, "barycenter") || (F.barycenter = 0, F.weight = 0), F.barycenter = (F.barycenter * F.weight + U.order + $.order) / (F.weight + 2), F.weight += 2;
    }
  }
  return Object.defineProperty(F, "result", { value: F, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(F, "usedBias", { value: H, enumerable: !1, configurable: !0, writable: !0 }), F;
}
function Hw(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((o) => t[o] ? t[o].vs : o);
  });
}
function Fw(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function Yw(e, t, n, o) {
  o || (o = e.nodes());
  let i = Xw(e), r = new tt({ compound: !0 }).setGraph({ root: i }).setDefaultNodeLabel((s) => e.node(s));
  return o.forEach((s) => {
    let a = e.node(s), u = e.parent(s);
    if (a.rank === t || a.minRank <= t && t <= a.maxRank) {
      r.setNode(s), r.setParent(s, u || i);
      let l = e[n](s);
      l && l.forEach((c) => {
        let d = c.v === s ? c.w : c.v, f = r.edge(d, s), h = f !== void 0 ? f.weight : 0;
        r.setEdge(d, s, { weight: e.edge(c).weight + h });
      }), Object.hasOwn(a, "minRank") && r.setNode(s, { borderLeft: a.borderLeft[t], borderRight: a.borderRight[t] });
    }
  }), r;
}
function Xw(e) {
  let t;
  for (; e.hasNode(t = kr("_root")); ) ;
  return t;
}
function Gw(e, t, n) {
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
function gu(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, gu);
    return;
  }
  let o = nu(e), i = Us(e, Fn(1, o + 1), "inEdges"), r = Us(e, Fn(o - 1, -1, -1), "outEdges"), s = Ow(e, n);
  if (qs(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, u, l = t.constraints || [];
  for (let c = 0, d = 0; d < 4; ++c, ++d) {
    Uw(c % 2 ? i : r, c % 4 >= 2, l, n), s = Wn(e);
    let f = Dw(e, s);
    f < a ? (d = 0, u = Object.assign({}, s), a = f) : f === a && (u = structuredClone(s));
  }
  qs(e, u);
}
function Us(e, t, n) {
  let o = /* @__PURE__ */ new Map(), i = (r, s) => {
    o.has(r) || o.set(r, []), o.get(r).push(s);
  };
  for (let r of e.nodes()) {
    let s = e.node(r);
    if (typeof s.rank == "number" && i(s.rank, r), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && i(a, r);
  }
  return t.map(function(r) {
    return Yw(e, r, n, o.get(r) || []);
  });
}
function Uw(e, t, n, o) {
  let i = !0, r = new tt();
  e.forEach(function(s) {
    n.forEach((c) => r.setEdge(c.left, c.right));
    let a = s.graph().root, { result: u, usedBias: l } = hu(s, a, r, o, i);
    t && l && (i = !i), u.vs.forEach((c, d) => s.node(c).order = d), Gw(s, r, u.vs);
  });
}
function qs(e, t) {
  Object.values(t).forEach((n) => n.forEach((o, i) => e.node(o).order = i));
}
function qw(e, t) {
  let n = {};
  function o(i, r) {
    let s = 0, a = 0, u = i.length, l = r[r.length - 1];
    return r.forEach((c, d) => {
      let f = Kw(e, c), h = f ? e.node(f).order : u;
      (f || c === l) && (r.slice(a, d + 1).forEach((m) => {
        let w = e.predecessors(m);
        w && w.forEach((b) => {
          let y = e.node(b), x = y.order;
          (x < s || h < x) && !(y.dummy && e.node(m).dummy) && pu(n, b, m);
        });
      }), a = d + 1, s = h);
    }), r;
  }
  return t.length && t.reduce(o), n;
}
function Ww(e, t) {
  let n = {};
  function o(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(o)) return n;
  function i(s, a, u, l, c) {
    Fn(a, u).forEach((d) => {
      let f = s[d];
      if (f !== void 0 && e.node(f).dummy) {
        let h = e.predecessors(f);
        h && h.forEach((m) => {
          if (m === void 0) return;
          let w = e.node(m);
          w.dummy && (w.order < l || w.order > c) && pu(n, m, f);
        });
      }
    });
  }
  function r(s, a) {
    let u = -1, l = -1, c = 0;
    return a.forEach((d, f) => {
      if (o(d)) {
        let h = e.predecessors(d);
        if (h && h.length) {
          let m = h[0];
          if (m === void 0) return;
          l = e.node(m).order, i(a, c, f, u, l), c = f, u = l;
        }
      }
      i(a, c, a.length, l, s.length);
    }), a;
  }
  return t.length && t.reduce(r), n;
}
function Kw(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((o) => e.node(o).dummy);
  }
}
function pu(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  o || (e[t] = o = {}), o[n] = !0;
}
function Zw(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  return o !== void 0 && Object.hasOwn(o, n);
}
function jw(e, t, n, o, i) {
  let r = {}, s = {}, a = {};
  return t.forEach((u) => {
    u.forEach((l, c) => {
      r[l] = l, s[l] = l, a[l] = c;
    });
  }), t.forEach((u) => {
    let l = -1, c = -1, d = !1, f = u, h = u.findIndex((m) => i?.includes(m) || Ws(m, e, i));
    h > 0 && (f = [u[h], ...u.slice(0, h), ...u.slice(h + 1)], d = !0), f.forEach((m) => {
      var w;
      let b = o(m);
      if (b && b.length) {
        i != null && i.includes(m) && (b = b.filter((v) => Ws(v, e, i)));
        let y = b.sort((v, E) => {
          let R = a[v], L = a[E];
          return (R !== void 0 ? R : 0) - (L !== void 0 ? L : 0);
        }), x = (y.length - 1) / 2;
        for (let v = Math.floor(x), E = Math.ceil(x); v <= E; ++v) {
          let R = y[v];
          if (R === void 0) continue;
          let L = a[R];
          if (L !== void 0 && s[m] === m && l < L && a[R] !== c && !Zw(n, m, R)) {
            let Y = r[R];
            Y !== void 0 && (s[R] = m, s[m] = r[m] = Y, l = L, d && (l = -1, c = (w = a[R]) != null ? w : -1, d = !1));
          }
        }
      }
    });
  }), { root: r, align: s };
}
function Qw(e, t, n, o, i = !1) {
  let r = {}, s = Jw(e, t, n, i), a = i ? "borderLeft" : "borderRight";
  function u(h, m) {
    let w = s.nodes().slice(), b = {}, y = w.pop();
    for (; y; ) {
      if (b[y]) h(y);
      else {
        b[y] = !0, w.push(y);
        for (let x of m(y)) w.push(x);
      }
      y = w.pop();
    }
  }
  function l(h) {
    let m = s.inEdges(h);
    m ? r[h] = m.reduce((w, b) => {
      var y;
      let x = (y = r[b.v]) != null ? y : 0, v = s.edge(b);
      return Math.max(w, x + (v !== void 0 ? v : 0));
    }, 0) : r[h] = 0;
  }
  function c(h) {
    let m = s.outEdges(h), w = Number.POSITIVE_INFINITY;
    m && (w = m.reduce((y, x) => {
      let v = r[x.w], E = s.edge(x);
      return Math.min(y, (v !== void 0 ? v : 0) - (E !== void 0 ? E : 0));
    }, Number.POSITIVE_INFINITY));
    let b = e.node(h);
    w !== Number.POSITIVE_INFINITY && b.borderType !== a && (r[h] = Math.max(r[h] !== void 0 ? r[h] : 0, w));
  }
  function d(h) {
    return s.predecessors(h) || [];
  }
  function f(h) {
    return s.successors(h) || [];
  }
  return u(l, d), u(c, f), Object.keys(o).forEach((h) => {
    var m;
    let w = n[h];
    w !== void 0 && (r[h] = (m = r[w]) != null ? m : 0);
  }), r;
}
function Jw(e, t, n, o) {
  let i = new tt(), r = e.graph(), s = i_(r.nodesep, r.edgesep, o);
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
function e_(e, t) {
  return Object.values(t).reduce((n, o) => {
    let i = Number.NEGATIVE_INFINITY, r = Number.POSITIVE_INFINITY;
    Object.entries(o).forEach(([a, u]) => {
      let l = r_(e, a) / 2;
      i = Math.max(u + l, i), r = Math.min(u - l, r);
    });
    let s = i - r;
    return s < n[0] && (n = [s, o]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function t_(e, t) {
  let n = Object.values(t), o = at(Math.min, n), i = at(Math.max, n);
  ["u", "d"].forEach((r) => {
    ["l", "r"].forEach((s) => {
      let a = r + s, u = e[a];
      if (!u || u === t) return;
      let l = Object.values(u), c = o - at(Math.min, l);
      s !== "l" && (c = i - at(Math.max, l)), c && (e[a] = oi(u, (d) => d + c));
    });
  });
}
function n_(e, t = void 0) {
  let n = e.ul;
  return n ? oi(n, (o, i) => {
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
function o_(e, t) {
  let n = Wn(e), o = Object.assign(qw(e, n), Ww(e, n)), i = {}, r;
  ["u", "d"].forEach((a) => {
    r = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((u) => {
      u === "r" && (r = r.map((d) => Object.values(d).reverse()));
      let l = jw(e, r, o, (d) => (a === "u" ? e.predecessors(d) : e.successors(d)) || [], t), c = Qw(e, r, l.root, l.align, u === "r");
      u === "r" && (c = oi(c, (d) => -d)), i[a + u] = c;
    });
  });
  let s = e_(e, i);
  return t_(i, s), n_(i, e.graph().align);
}
function i_(e, t, n) {
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
function r_(e, t) {
  return e.node(t).width;
}
function Ws(e, t, n) {
  var o;
  if (!n) return !1;
  let i = (o = t.node(e)) == null ? void 0 : o.edgeObj;
  if (!i || t.node(e).edgeLabel.reversed) return !1;
  let r = n.indexOf(i?.v), s = n.indexOf(i?.w);
  return r !== -1 && s !== -1 && r === (s + 1) % n.length || r === (s - 1) % n.length;
}
function s_(e, t) {
  e = eu(e), a_(e), Object.entries(o_(e, t)).forEach(([n, o]) => e.node(n).x = o);
}
function a_(e) {
  let t = Wn(e), n = e.graph(), o = n.ranksep, i = n.rankalign, r = 0;
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
var Ks = /* @__PURE__ */ new WeakMap();
function l_(e, t = {}) {
  return vu(e, ou, t), e;
}
function Zs(e, t, n) {
  let o = t;
  for (; o !== void 0; ) {
    let i = e.parent(o);
    if (i === n) return o;
    o = i;
  }
}
function vu(e, t, n) {
  var o;
  let i = e.nodes().filter((x) => e.children(x).length), r = {};
  i.forEach((x) => {
    let v = e.node(x);
    if (v && v.rankdir) {
      let E = new tt({ multigraph: !0, compound: !0 });
      E.setGraph({ rankdir: v.rankdir });
      let R = e.children(x);
      R.forEach((g) => {
        let $ = { ...e.node(g) };
        E.setNode(g, $);
        let p = e.parent(g);
        p && p !== x && R.includes(p) && E.setParent(g, p);
      });
      let L = /* @__PURE__ */ new Set();
      e.edges().forEach((g) => {
        let $ = Zs(e, g.v, x), p = Zs(e, g.w, x);
        if ($ === g.v && p === g.w) E.setEdge(g, { ...e.edge(g) });
        else if ($ && p && $ !== p) {
          let O = `${$}\0${p}`;
          L.has(O) || (L.add(O), E.setEdge($, p, { ...e.edge(g) }));
        }
      }), vu(E, t, n);
      let Y = ta(E);
      Qs(Y, t, n, null), Js(E, Y);
      let I = 1 / 0, q = 1 / 0, H = -1 / 0, F = -1 / 0;
      E.nodes().forEach((g) => {
        if (g === x) return;
        let $ = E.node(g);
        $ && typeof $.x == "number" && typeof $.y == "number" && typeof $.width == "number" && typeof $.height == "number" && (I = Math.min(I, $.x - $.width / 2), H = Math.max(H, $.x + $.width / 2), q = Math.min(q, $.y - $.height / 2), F = Math.max(F, $.y + $.height / 2));
      }), (!isFinite(I) || !isFinite(q) || !isFinite(H) || !isFinite(F)) && (I = q = 0, H = F = 0);
      let N = H - I, U = F - q;
      r[x] = { minX: I, minY: q, maxX: H, maxY: F, width: N, height: U, offsetX: I, offsetY: q }, v._dagreClusterSubgraph = E;
    }
  });
  let s = [], a = (x) => {
    let v = [], E = (e.children(x) || []).filter((R) => R !== x);
    for (; E.length > 0; ) {
      let R = E.shift();
      v.push(R), (e.children(R) || []).filter((L) => L !== R).forEach((L) => E.push(L));
    }
    return v;
  }, u = /* @__PURE__ */ new Map();
  i.forEach((x) => {
    let v = e.node(x);
    v && v.rankdir && r[x] && u.set(x, (e.children(x) || []).filter((E) => E !== x));
  });
  let l = new Set([...u.values()].flat()), c = /* @__PURE__ */ new Map();
  u.forEach((x, v) => {
    l.has(v) || c.set(v, a(v));
  });
  let d = new Set([...c.values()].flat()), f = (x) => {
    for (let [v, E] of c) if (E.includes(x)) return v;
    return x;
  }, h = [];
  e.edges().forEach((x) => {
    (d.has(x.v) || d.has(x.w)) && h.push({ edge: x, label: e.edge(x) });
  });
  let m = /* @__PURE__ */ new Map();
  d.forEach((x) => {
    let v = e.parent(x);
    m.set(x, typeof v == "string" ? v : void 0);
  }), c.forEach((x, v) => {
    let E = e.node(v), R = [];
    x.forEach((I) => {
      let q = e.node(I);
      q && (R.push({ id: I, node: q, parent: m.get(I) }), e.removeNode(I));
    });
    let L = h.filter(({ edge: I }) => x.includes(I.v) || x.includes(I.w)), Y = r[v];
    E && (s.push({ clusterId: v, subgraph: E._dagreClusterSubgraph, bounds: Y, children: x, removedNodes: R, removedEdges: L }), E.width = Y.width, E.height = Y.height);
  });
  let w = /* @__PURE__ */ new Set();
  h.forEach(({ edge: x, label: v }) => {
    let E = f(x.v), R = f(x.w);
    if (E !== R && e.hasNode(E) && e.hasNode(R)) {
      let L = `${E}\0${R}`;
      w.has(L) || (w.add(L), e.setEdge(E, R, { ...v, width: 0, height: 0 }));
    }
  });
  let b = ta(e), y = Qs(b, t, n, (o = Ks.get(e)) != null ? o : null);
  Ks.set(e, y), Js(e, b), w.forEach((x) => {
    let v = x.indexOf("\0"), E = x.slice(0, v), R = x.slice(v + 1);
    e.hasEdge(E, R) && e.removeEdge(E, R);
  }), s.forEach(({ clusterId: x, subgraph: v, bounds: E, removedNodes: R, removedEdges: L }) => {
    var Y, I;
    let q = e.node(x), H = (Y = q?.x) != null ? Y : 0, F = (I = q?.y) != null ? I : 0, N = (E.minX + E.maxX) / 2, U = (E.minY + E.maxY) / 2;
    R.forEach(({ id: g, node: $, parent: p }) => {
      e.setNode(g, $), p !== void 0 && e.setParent(g, p);
    }), L.forEach(({ edge: g, label: $ }) => {
      e.setEdge(g, $);
    }), v.nodes().forEach((g) => {
      if (g === x) return;
      let $ = v.node(g), p = e.node(g);
      p && $ && typeof $.x == "number" && typeof $.y == "number" && (p.x = H + ($.x - N), p.y = F + ($.y - U));
    }), js(e, v, H - N, F - U), delete q._dagreClusterSubgraph;
  }), i.forEach((x) => {
    var v, E;
    let R = e.node(x), L = r[x];
    if (R && R.rankdir && R._dagreClusterSubgraph && L) {
      let Y = R._dagreClusterSubgraph, I = (v = R.x) != null ? v : 0, q = (E = R.y) != null ? E : 0, H = (L.minX + L.maxX) / 2, F = (L.minY + L.maxY) / 2;
      Y.nodes().forEach((N) => {
        if (N === x) return;
        let U = Y.node(N), g = e.node(N);
        if (g && U && typeof U.x == "number" && typeof U.y == "number") {
          let $ = U.x - H, p = U.y - F;
          g.x = I + $, g.y = q + p;
        }
      }), js(e, Y, I - H, q - F), delete R._dagreClusterSubgraph;
    }
  });
}
function js(e, t, n, o) {
  t.edges().forEach((i) => {
    if (!e.hasEdge(i)) return;
    let r = t.edge(i), s = e.edge(i);
    s.points = r.points.map((a) => ({ x: a.x + n, y: a.y + o })), Object.hasOwn(r, "x") && (s.x = r.x + n, s.y = r.y + o);
  });
}
function Qs(e, t, n, o = null) {
  var i, r;
  let s = n?.useDynamic !== !1, a = s && (i = o?.graph) != null ? i : null, u = s && (r = o?.rawNodes) != null ? r : null;
  t("    makeSpaceForEdgeLabels", () => v_(e)), t("    removeSelfEdges", () => k_(e)), t("    acyclic", () => j1(e, a)), t("    nestingGraph.run", () => Ew(e)), t("    rank", () => gw(eu(e))), t("    injectEdgeLabelProxies", () => m_(e)), t("    removeEmptyRanks", () => z1(e)), t("    nestingGraph.cleanup", () => kw(e)), t("    normalizeRanks", () => A1(e)), t("    assignRankMinMax", () => y_(e)), t("    removeEdgeLabelProxies", () => w_(e)), t("    normalize.run", () => tw(e)), t("    parentDummyChains", () => yw(e)), t("    addBorderSegments", () => Nw(e)), t("    order", () => gu(e, n, u)), t("    insertSelfEdges", () => N_(e)), t("    adjustCoordinateSystem", () => Cw(e)), t("    position", () => s_(e, n.corePath)), t("    positionSelfEdges", () => S_(e));
  let l = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => $_(e)), t("    normalize.undo", () => ow(e)), t("    fixupEdgeLabelCoords", () => E_(e)), t("    undoCoordinateSystem", () => Mw(e)), t("    translateGraph", () => __(e)), t("    assignNodeIntersects", () => b_(e)), t("    reversePoints", () => x_(e)), t("    acyclic.undo", () => J1(e)), { graph: e, rawNodes: l };
}
function Js(e, t) {
  e.nodes().forEach((n) => {
    let o = e.node(n), i = t.node(n);
    o && (o.x = i.x, o.y = i.y, o.order = i.order, o.rank = i.rank, t.children(n).length && (o.width = i.width, o.height = i.height));
  }), e.edges().forEach((n) => {
    let o = e.edge(n), i = t.edge(n);
    o.points = i.points, Object.hasOwn(i, "x") && (o.x = i.x, o.y = i.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var u_ = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], c_ = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, d_ = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], f_ = ["width", "height", "rank"], ea = { width: 0, height: 0 }, h_ = ["minlen", "weight", "width", "height", "labeloffset"], g_ = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, p_ = ["labelpos"];
function ta(e) {
  let t = new tt({ multigraph: !0, compound: !0 }), n = ki(e.graph());
  return t.setGraph(Object.assign({}, c_, $i(n, u_), Fo(n, d_))), e.nodes().forEach((o) => {
    let i = ki(e.node(o)), r = $i(i, f_);
    Object.keys(ea).forEach((a) => {
      r[a] === void 0 && (r[a] = ea[a]);
    }), t.setNode(o, r);
    let s = e.parent(o);
    s !== void 0 && t.setParent(o, s);
  }), e.edges().forEach((o) => {
    let i = ki(e.edge(o));
    t.setEdge(o, Object.assign({}, g_, $i(i, h_), Fo(i, p_)));
  }), t;
}
function v_(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var o;
    let i = e.edge(n);
    i.minlen *= 2, ((o = i.labelpos) != null ? o : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? i.width += i.labeloffset : i.height += i.labeloffset);
  });
}
function m_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let o = e.node(t.v), i = { rank: (e.node(t.w).rank - o.rank) / 2 + o.rank, e: t };
      dn(e, "edge-proxy", i, "_ep");
    }
  });
}
function y_(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let o = e.node(n);
    o.borderTop && (o.minRank = e.node(o.borderTop).rank, o.maxRank = e.node(o.borderBottom).rank, t = Math.max(t, o.maxRank));
  }), e.graph().maxRank = t;
}
function w_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let o = n;
      e.edge(o.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function __(e) {
  let t = Number.POSITIVE_INFINITY, n = 0, o = Number.POSITIVE_INFINITY, i = 0, r = e.graph(), s = r.marginx || 0, a = r.marginy || 0;
  function u(l) {
    let c = l.x, d = l.y, f = l.width, h = l.height;
    t = Math.min(t, c - f / 2), n = Math.max(n, c + f / 2), o = Math.min(o, d - h / 2), i = Math.max(i, d + h / 2);
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
function b_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), o = e.node(t.v), i = e.node(t.w), r, s;
    n.points ? (r = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], r = i, s = o), n.points.unshift(Bs(o, r)), n.points.push(Bs(i, s));
  });
}
function E_(e) {
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
function x_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function $_(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), o = e.node(n.borderTop), i = e.node(n.borderBottom), r = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - r.x), n.height = Math.abs(i.y - o.y), n.x = r.x + n.width / 2, n.y = o.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function k_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function N_(e) {
  Wn(e).forEach((t) => {
    let n = 0;
    t.forEach((o, i) => {
      let r = e.node(o);
      typeof r.rank != "number" && (r.rank = 0), r.order = i + n, (r.selfEdges || []).forEach((s) => {
        dn(e, "selfedge", { width: s.label.width, height: s.label.height, rank: r.rank, order: i + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete r.selfEdges;
    });
  });
}
function S_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t), o = (i) => typeof i == "number" && isFinite(i);
    if (n.dummy === "selfedge") {
      let i = n, r = e.node(i.e.v), s = o(r?.x) ? r.x : 0, a = o(r?.y) ? r.y : 0, u = o(r?.width) ? r.width : 0, l = o(r?.height) ? r.height : 0, c = o(n.x) ? n.x : s, d = o(n.y) ? n.y : a, f = u / 2, h = l / 2;
      i.edgeLabel.points = [{ x: c + f, y: d - h }, { x: c + f, y: d - h }, { x: c, y: d }, { x: c - f, y: d + h }, { x: c - f, y: d + h }, { x: c, y: d }, { x: c, y: d }], i.edgeLabel.x = c, i.edgeLabel.y = d, e.setEdge(i.e, i.edgeLabel), e.removeNode(t);
    } else n && Array.isArray(n.selfEdges) && n.selfEdges.forEach((i) => {
      if (!Array.isArray(i.label.points) || i.label.points.length !== 7) {
        let r = o(n.x) ? n.x : 0, s = o(n.y) ? n.y : 0, a = o(n.width) ? n.width : 0, u = o(n.height) ? n.height : 0, l = a / 2, c = u / 2;
        i.label.points = [{ x: r + l, y: s - c }, { x: r + l, y: s - c }, { x: r, y: s }, { x: r - l, y: s + c }, { x: r - l, y: s + c }, { x: r, y: s }, { x: r, y: s }];
      }
    });
  });
}
function $i(e, t) {
  return oi(Fo(e, t), Number);
}
function ki(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, o]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = o;
  }), t;
}
function C_(e) {
  let t = Wn(e), n = new tt({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((o) => {
    n.setNode(o, { label: o }), n.setParent(o, "layer" + e.node(o).rank);
  }), e.edges().forEach((o) => n.setEdge(o.v, o.w, {}, o.name)), t.forEach((o, i) => {
    let r = "layer" + i;
    n.setNode(r, { rank: "same" }), o.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var M_ = { graphlib: Ul, version: F1, layout: l_, debug: C_, util: { time: V1, notime: ou } }, na = M_;
const I_ = {
  data: "#2e7d32",
  latent: "#6a1b9a",
  generator: "#1565c0",
  discriminator: "#c62828",
  augmenter: "#00838f",
  regularizer: "#ef6c00",
  loss: "#ad1457",
  optimizer: "#4e342e",
  scheduler: "#9e9d24",
  metric: "#37474f",
  subgraph: "#455a64"
}, oa = {
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
}, ia = ["#26a69a", "#7e57c2", "#ec407a", "#ffa726", "#5c6bc0", "#9ccc65", "#8d6e63"];
function T_(e) {
  return String(e || "").split("[")[0].trim();
}
function xn(e) {
  const t = T_(e);
  if (oa[t]) return oa[t];
  let n = 0;
  for (const o of t) n = n * 31 + o.charCodeAt(0) >>> 0;
  return ia[n % ia.length];
}
function Ji(e) {
  return I_[e] || "#607d8b";
}
const O_ = ["data-node-id", "data-block-type", "title"], D_ = { class: "gc-node-id" }, P_ = {
  key: 0,
  class: "gc-bypass-badge",
  title: "Bypassed: left out of training (Ctrl+B)"
}, A_ = { class: "gc-node-type" }, z_ = { class: "gc-node-body" }, R_ = ["data-port"], B_ = { class: "gc-port-name" }, V_ = {
  key: 1,
  class: "gc-port gc-in"
}, L_ = ["data-port"], H_ = { class: "gc-port-name" }, F_ = {
  key: 3,
  class: "gc-port gc-out"
}, Y_ = {
  key: 0,
  class: "gc-summary"
}, X_ = {
  key: 1,
  class: "gc-node-error"
}, G_ = {
  __name: "BlockNode",
  props: {
    id: { type: String, required: !0 },
    data: { type: Object, required: !0 },
    selected: { type: Boolean, default: !1 }
  },
  setup(e) {
    const t = e, n = ae(() => Ji(t.data.kind)), o = Ot("gcWiring", { handleHint: () => "", keyWire: () => {
    } });
    function i(a, u) {
      const l = o.handleHint(t.id, a, u);
      return l ? `gc-${l}` : "";
    }
    function r(a, u, l) {
      a.key !== "Enter" && a.key !== " " || (a.preventDefault(), a.stopPropagation(), o.keyWire(t.id, u, l));
    }
    const s = ae(() => Math.max(t.data.inputs.length, t.data.outputs.length));
    return (a, u) => (Q(), le("div", {
      class: Ge(["gc-node", { "gc-invalid": e.data.invalid, "gc-selected": e.selected, "gc-unknown": e.data.unknown, "gc-bypassed": e.data.bypass, "gc-subgraph": e.data.kind === "subgraph" }]),
      "data-node-id": e.id,
      "data-block-type": e.data.blockType,
      title: e.data.messages.join(`
`)
    }, [
      be("div", {
        class: "gc-node-header",
        style: De({ background: n.value })
      }, [
        be("span", D_, Pe(e.id), 1),
        e.data.bypass ? (Q(), le("span", P_, "BYPASSED")) : ke("", !0),
        be("span", A_, Pe(e.data.title), 1)
      ], 4),
      be("div", z_, [
        (Q(!0), le(He, null, Yt(s.value, (l) => (Q(), le("div", {
          key: l,
          class: "gc-row"
        }, [
          e.data.inputs[l - 1] ? (Q(), le("div", {
            key: 0,
            class: "gc-port gc-in",
            "data-port": `${e.id}.${e.data.inputs[l - 1].name}`
          }, [
            Ve(K(sn), {
              type: "target",
              id: e.data.inputs[l - 1].name,
              position: K(se).Left,
              class: Ge(["gc-handle", [{ "gc-required": e.data.inputs[l - 1].required }, i(e.data.inputs[l - 1].name, "target")]]),
              tabindex: "0",
              role: "button",
              "aria-label": `input ${e.id}.${e.data.inputs[l - 1].name}, takes ${e.data.inputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.inputs[l - 1].name, "target"),
              style: De({ background: K(xn)(e.data.inputs[l - 1].types[0]) }),
              "data-port": `${e.id}.${e.data.inputs[l - 1].name}`,
              title: `${e.data.inputs[l - 1].name}: ${e.data.inputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"]),
            be("span", B_, Pe(e.data.inputs[l - 1].name), 1),
            be("span", {
              class: "gc-port-type",
              style: De({ color: K(xn)(e.data.inputs[l - 1].types[0]) })
            }, Pe(e.data.inputs[l - 1].label), 5)
          ], 8, R_)) : (Q(), le("div", V_)),
          e.data.outputs[l - 1] ? (Q(), le("div", {
            key: 2,
            class: "gc-port gc-out",
            "data-port": `${e.id}.${e.data.outputs[l - 1].name}`
          }, [
            be("span", {
              class: "gc-port-type",
              style: De({ color: K(xn)(e.data.outputs[l - 1].type) })
            }, Pe(e.data.outputs[l - 1].label), 5),
            be("span", H_, Pe(e.data.outputs[l - 1].name), 1),
            Ve(K(sn), {
              type: "source",
              id: e.data.outputs[l - 1].name,
              position: K(se).Right,
              class: Ge(["gc-handle", i(e.data.outputs[l - 1].name, "source")]),
              tabindex: "0",
              role: "button",
              "aria-label": `output ${e.id}.${e.data.outputs[l - 1].name}, gives ${e.data.outputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.outputs[l - 1].name, "source"),
              style: De({ background: K(xn)(e.data.outputs[l - 1].type) }),
              "data-port": `${e.id}.${e.data.outputs[l - 1].name}`,
              title: `${e.data.outputs[l - 1].name}: ${e.data.outputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"])
          ], 8, L_)) : (Q(), le("div", F_))
        ]))), 128)),
        e.data.summary ? (Q(), le("div", Y_, Pe(e.data.summary), 1)) : ke("", !0),
        e.data.invalid ? (Q(), le("div", X_, Pe(e.data.messages[0]), 1)) : ke("", !0)
      ])
    ], 10, O_));
  }
}, U_ = ["data-group-id"], q_ = ["title"], W_ = { class: "gc-frame-label" }, K_ = ["aria-label"], co = 22, ra = 26, Z_ = {
  __name: "GroupFrame",
  props: {
    group: { type: Object, required: !0 },
    flow: { type: Object, required: !0 }
  },
  emits: ["select", "moved", "frame"],
  setup(e, { emit: t }) {
    const n = e, o = t, i = ae(() => {
      let a = 1 / 0, u = 1 / 0, l = -1 / 0, c = -1 / 0;
      for (const d of n.group.nodes) {
        const f = n.flow.findNode(d);
        if (!f) continue;
        const h = f.dimensions || {};
        a = Math.min(a, f.position.x), u = Math.min(u, f.position.y), l = Math.max(l, f.position.x + (h.width || 220)), c = Math.max(c, f.position.y + (h.height || 120));
      }
      return a === 1 / 0 ? null : { left: a - co, top: u - co - ra, width: l - a + 2 * co, height: c - u + 2 * co + ra };
    }), r = ae(() => n.group.color || "#546e7a");
    function s(a) {
      if (a.button !== 0 || a.target.closest("button")) return;
      a.preventDefault(), a.stopPropagation();
      const u = n.flow.viewport.value.zoom || 1, l = n.group.nodes.map((b) => n.flow.findNode(b)).filter(Boolean), c = l.map((b) => ({ ...b.position })), d = a.clientX, f = a.clientY;
      let h = !1;
      const m = (b) => {
        const y = (b.clientX - d) / u, x = (b.clientY - f) / u;
        h ||= Math.abs(y) + Math.abs(x) > 2, l.forEach((v, E) => v.position = { x: c[E].x + y, y: c[E].y + x });
      }, w = () => {
        if (document.removeEventListener("mousemove", m), document.removeEventListener("mouseup", w), !h) return o("select", n.group.nodes);
        const b = {};
        for (const y of l) b[y.id] = [Math.round(y.position.x), Math.round(y.position.y)];
        o("moved", b);
      };
      document.addEventListener("mousemove", m), document.addEventListener("mouseup", w);
    }
    return (a, u) => i.value ? (Q(), le("div", {
      key: 0,
      class: "gc-frame",
      "data-group-id": e.group.id,
      style: De({
        left: `${i.value.left}px`,
        top: `${i.value.top}px`,
        width: `${i.value.width}px`,
        height: `${i.value.height}px`,
        borderColor: r.value,
        background: `${r.value}14`
      })
    }, [
      be("div", {
        class: "gc-frame-title",
        style: De({ background: r.value }),
        title: `${e.group.label}: drag to move its ${e.group.nodes.length} blocks, double-click to rename`,
        onMousedown: s,
        onDblclick: u[1] || (u[1] = kn((l) => o("frame", { action: "rename", id: e.group.id }), ["stop"]))
      }, [
        be("span", W_, Pe(e.group.label), 1),
        be("button", {
          class: "gc-frame-close",
          type: "button",
          "aria-label": `Remove frame ${e.group.label}`,
          title: "Remove the frame (the blocks stay)",
          onClick: u[0] || (u[0] = kn((l) => o("frame", { action: "ungroup", id: e.group.id }), ["stop"]))
        }, "×", 8, K_)
      ], 44, q_)
    ], 12, U_)) : ke("", !0);
  }
}, j_ = {
  key: 0,
  class: "gc-empty"
}, Q_ = {
  key: 1,
  class: "gc-key-wire",
  role: "status"
}, J_ = {
  key: 0,
  class: "gc-quick-note"
}, eb = {
  class: "gc-quick-list",
  role: "listbox",
  "aria-label": "Blocks"
}, tb = ["aria-selected", "data-quick-block", "onMouseenter", "onClick"], nb = { class: "gc-quick-title" }, ob = { class: "gc-quick-type" }, ib = {
  key: 0,
  class: "gc-quick-none"
}, sa = "application/x-gancanvas-block", rb = 135, ab = {
  __name: "GanCanvas",
  props: {
    graph: { type: Object, default: () => ({ nodes: [], edges: [], layout: {} }) },
    catalog: { type: Object, default: () => ({}) },
    issues: { type: Array, default: () => [] },
    selection: { type: Object, default: () => ({ nodes: [], edges: [] }) },
    shapes: { type: Object, default: () => ({}) },
    flowId: { type: String, default: "gancanvas" }
  },
  emits: ["add", "connect", "move", "select", "remove", "shortcut", "file", "layout", "ready", "insert", "refused", "frame"],
  setup(e, { expose: t, emit: n }) {
    const o = e, i = n, r = Ce(o.flowId), s = { block: $n(G_) }, a = Ie(null), u = Ie(!1), l = ae(() => {
      const C = {}, A = {};
      for (const B of o.issues || []) {
        const V = String(B.path || "").split(".");
        (V[0] === "nodes" || V[0] === "subgraphs") && V[1] && (C[V[1]] ||= []).push(B.message), V[0] === "edges" && V[1] !== void 0 && (A[V[1]] ||= []).push(B.message);
      }
      return { byNode: C, byEdge: A };
    });
    function c(C, A) {
      return o.shapes[C] || A;
    }
    function d(C) {
      return Object.entries(C || {}).slice(0, 3).map(([B, V]) => `${B}=${JSON.stringify(V)}`).join("  ");
    }
    const f = ae(() => [
      ...o.graph.nodes || [],
      ...Object.keys(o.graph.subgraphs || {}).map((C) => ({ id: C, type: `subgraph:${C}`, params: {} }))
    ]);
    function h(C) {
      if (!C.startsWith("subgraph:")) return o.catalog[C];
      const A = (o.graph.subgraphs || {})[C.slice(9)];
      return A && { kind: "subgraph", title: A.label || "Subgraph", inputs: A.inputs, outputs: A.outputs };
    }
    const m = /* @__PURE__ */ new Map();
    function w(C, A) {
      const B = JSON.stringify(A), V = m.get(C);
      return V && V[0] === B ? V[1] : (m.set(C, [B, A]), A);
    }
    function b() {
      const C = new Set(o.selection?.nodes || []), A = o.graph.layout || {};
      return f.value.map((B, V) => {
        const j = h(B.type), ce = (o.graph.subgraphs || {})[B.id], me = l.value.byNode[B.id] || [], Me = A[B.id] || [40 + V % 5 * 260, 40 + Math.floor(V / 5) * 200];
        return {
          id: B.id,
          type: "block",
          position: { x: Me[0], y: Me[1] },
          selected: C.has(B.id),
          data: w(B.id, {
            blockType: B.type,
            kind: j ? j.kind : B.type.split(".")[0],
            title: j ? j.title : `${B.type} (unknown)`,
            unknown: !j,
            invalid: me.length > 0,
            messages: me,
            bypass: !!B.bypass,
            summary: ce ? `${ce.size} blocks · double-click to expand` : d(B.params),
            inputs: (j ? j.inputs : []).map((Oe) => {
              const Le = Oe.accepts && Oe.accepts.length ? Oe.accepts : [Oe.type];
              return { ...Oe, types: Le, label: c(`${B.id}.${Oe.name}`, Le.join("|")) };
            }),
            outputs: (j ? j.outputs : []).map((Oe) => ({
              ...Oe,
              label: c(`${B.id}.${Oe.name}`, Oe.type)
            }))
          })
        };
      });
    }
    function y(C, A) {
      const B = f.value.find((ce) => ce.id === C), V = B && h(B.type), j = V && V.outputs.find((ce) => ce.name === A);
      return j ? j.type : "";
    }
    function x() {
      const C = new Set(o.selection?.edges || []);
      return (o.graph.edges || []).map((A, B) => {
        const [V, ...j] = A.from.split("."), [ce, ...me] = A.to.split("."), Me = l.value.byEdge[String(B)] || [], Oe = Me.length ? "#e53935" : xn(y(V, j.join("."))), Le = v.value.has(V) || v.value.has(ce);
        return {
          id: `e${B}:${A.from}->${A.to}`,
          source: V,
          target: ce,
          sourceHandle: j.join("."),
          targetHandle: me.join("."),
          selected: C.has(B),
          class: Me.length ? "gc-edge-invalid" : Le ? "gc-edge-muted" : "",
          style: { stroke: Oe, strokeWidth: Me.length ? 3 : 2 },
          markerEnd: { type: Io.ArrowClosed, color: Oe },
          label: Me.length ? "!" : void 0,
          data: { index: B, messages: Me, from: A.from, to: A.to }
        };
      });
    }
    const v = ae(() => new Set((o.graph.nodes || []).filter((C) => C.bypass).map((C) => C.id))), E = Ie([]), R = Ie([]), L = /* @__PURE__ */ new Map();
    function Y() {
      E.value = b(), R.value = x();
      const C = [], A = /* @__PURE__ */ new Set();
      for (const B of E.value) {
        const V = [...B.data.inputs, "|", ...B.data.outputs].map((ce) => ce.name || ce).join(","), j = L.get(B.id);
        j !== void 0 && j !== V && C.push(B.id), L.set(B.id, V), A.add(B.id);
      }
      for (const B of [...L.keys()])
        A.has(B) || (L.delete(B), m.delete(B));
      C.length && Xe(() => r.updateNodeInternals(C));
    }
    $e(() => [o.graph, o.catalog, o.issues, o.selection, o.shapes], Y, {
      deep: !0,
      immediate: !0
    });
    const I = Ni({ from: null, to: "", tip: "", x: 0, y: 0, keyboard: !1 });
    let q = !1, H = { x: 0, y: 0, inside: !1 };
    function F(C) {
      const A = f.value.find((B) => B.id === C);
      return A ? h(A.type) : null;
    }
    function N(C, A, B) {
      const V = F(C);
      return V && (B === "source" ? V.outputs : V.inputs).find((j) => j.name === A) || null;
    }
    function U(C) {
      return C.accepts && C.accepts.length ? C.accepts : [C.type];
    }
    function g(C, A, B, V) {
      if (!C) return "";
      const j = `${C.node}.${C.handle}`, ce = `${A}.${B}`;
      if (C.type === V)
        return `${j} and ${ce} are both ${V === "target" ? "inputs" : "outputs"}: a wire runs from an output (right side) to an input (left side)`;
      const me = C.type === "source" ? C : { node: A, handle: B }, Me = C.type === "source" ? { node: A, handle: B } : C;
      if (me.node === Me.node) return "a block cannot be wired to itself";
      const Oe = N(me.node, me.handle, "source"), Le = N(Me.node, Me.handle, "target");
      if (!Oe || !Le) return "";
      const ot = `${me.node}.${me.handle}`, bt = `${Me.node}.${Me.handle}`;
      if (!U(Le).includes(Oe.type)) return `${bt} takes ${U(Le).join(" or ")}, not ${Oe.type} (${ot})`;
      const Mr = o.graph.edges || [];
      return Mr.some((fn) => fn.from === ot && fn.to === bt) ? `${ot} is already wired to ${bt}` : !Le.multiple && Mr.some((fn) => fn.to === bt) ? `${bt} already has a wire (it takes one)` : "";
    }
    function $(C, A, B) {
      const V = I.from;
      return V ? V.node === C && V.handle === A && V.type === B ? "from" : g(V, C, A, B) ? "unfit" : "fit" : "";
    }
    function p(C, A, B) {
      const j = r.findNode(C)?.handleBounds || {}, ce = (j.source || []).some((Me) => Me.id === A), me = (j.target || []).some((Me) => Me.id === A);
      return ce && !me ? "source" : me && !ce || B === "source" ? "target" : "source";
    }
    function O(C) {
      const A = I.from;
      if (!A) return !0;
      const B = A.type === "source" ? [C.target, C.targetHandle] : [C.source, C.sourceHandle], V = g(A, B[0], B[1], p(B[0], B[1], A.type));
      return I.tip = V, I.to = `${B[0]}.${B[1]}`, !V;
    }
    function M({ nodeId: C, handleId: A, handleType: B }) {
      q = !1, I.keyboard = !1, I.tip = "", I.from = { node: C, handle: A, type: B };
    }
    function z(C) {
      const A = a.value?.getBoundingClientRect();
      if (A && (H = { x: C.clientX - A.left, y: C.clientY - A.top, inside: !0, cx: C.clientX, cy: C.clientY }), !I.from || I.keyboard) return;
      I.x = H.x, I.y = H.y, document.elementFromPoint(C.clientX, C.clientY)?.closest?.(".vue-flow__handle") || (I.tip = "");
    }
    function D(C) {
      q = !0, i("connect", { source: `${C.source}.${C.sourceHandle}`, target: `${C.target}.${C.targetHandle}` });
    }
    function X(C) {
      const A = I.from, B = I.tip;
      if (I.from = null, I.tip = "", q || !A || I.keyboard) return;
      if (B) {
        i("refused", { reason: B, source: `${A.node}.${A.handle}`, target: I.to });
        return;
      }
      const V = C?.clientX ?? H.cx, j = C?.clientY ?? H.cy, ce = document.elementFromPoint(V, j);
      ce?.closest?.(".vue-flow__node, .vue-flow__handle, .vue-flow__controls, .vue-flow__minimap") || ce?.closest?.(".vue-flow") && he(V, j, A);
    }
    function J(C, A, B) {
      const V = I.from;
      if (!V || !I.keyboard) {
        I.from = { node: C, handle: A, type: B }, I.keyboard = !0, I.tip = "";
        return;
      }
      if (I.from = null, I.keyboard = !1, V.node === C && V.handle === A && V.type === B) return;
      const j = g(V, C, A, B), ce = `${V.node}.${V.handle}`, me = `${C}.${A}`;
      if (j) {
        i("refused", { reason: j, source: ce, target: me });
        return;
      }
      i("connect", V.type === "source" ? { source: ce, target: me } : { source: me, target: ce });
    }
    Mt("gcWiring", { handleHint: $, keyWire: J, wiring: I });
    const G = Ni({ open: !1, x: 0, y: 0, flowX: 0, flowY: 0, text: "", index: 0, wire: null }), re = Ie(null);
    function W(C, A) {
      if (!A) return !0;
      if (A.type === "source") {
        const V = N(A.node, A.handle, "source");
        return !!V && C.inputs.some((j) => U(j).includes(V.type));
      }
      const B = N(A.node, A.handle, "target");
      return !!B && C.outputs.some((V) => U(B).includes(V.type));
    }
    const Z = ae(() => {
      if (!G.open) return [];
      const C = G.text.toLowerCase().split(/\s+/).filter(Boolean), A = [];
      for (const [B, V] of Object.entries(o.catalog)) {
        if (!W(V, G.wire)) continue;
        const j = `${B} ${V.title} ${V.kind}`.toLowerCase();
        C.every((ce) => j.includes(ce)) && A.push({ type: B, title: V.title, kind: V.kind });
      }
      return A.slice(0, 40);
    });
    let ee = 0;
    function he(C, A, B = null) {
      ee = performance.now();
      const V = a.value.getBoundingClientRect(), j = r.screenToFlowCoordinate({ x: C, y: A });
      Object.assign(G, {
        open: !0,
        x: Math.min(Math.max(C - V.left, 4), Math.max(V.width - 330, 4)),
        y: Math.min(Math.max(A - V.top, 4), Math.max(V.height - 330, 4)),
        flowX: Math.round(j.x),
        flowY: Math.round(j.y),
        text: "",
        index: 0,
        wire: B
      }), Xe(() => re.value?.focus());
    }
    function ye() {
      G.open = !1, G.wire = null, a.value?.focus();
    }
    function pe(C) {
      if (!C) return;
      const A = G.wire ? { port: `${G.wire.node}.${G.wire.handle}`, side: G.wire.type } : null;
      i("add", { type: C.type, x: G.flowX, y: G.flowY, wire: A }), ye();
    }
    function _e(C) {
      const A = Z.value.length;
      if (C.key === "Escape") ye();
      else if (C.key === "ArrowDown") G.index = A ? (G.index + 1) % A : 0;
      else if (C.key === "ArrowUp") G.index = A ? (G.index - 1 + A) % A : 0;
      else if (C.key === "Enter") pe(Z.value[G.index]);
      else return;
      C.preventDefault(), C.stopPropagation();
    }
    $e(() => G.text, () => G.index = 0);
    function de(C) {
      C.target?.closest?.(".vue-flow__node, .vue-flow__edge, .vue-flow__controls, .vue-flow__minimap, .gc-quick") || he(C.clientX, C.clientY);
    }
    function ge(C, A) {
      for (const B of document.elementsFromPoint(C, A)) {
        const V = B.closest?.(".vue-flow__edge");
        if (!V) continue;
        const j = /^e(\d+):/.exec(V.getAttribute("data-id") || "");
        if (j) return Number(j[1]);
      }
      return null;
    }
    function k(C) {
      return (o.graph.edges || []).some((A) => A.from.split(".")[0] === C || A.to.split(".")[0] === C);
    }
    function _(C) {
      const A = {};
      for (const V of C.nodes || [C.node])
        A[V.id] = [Math.round(V.position.x), Math.round(V.position.y)];
      i("move", { positions: A });
      const B = C.nodes || [C.node];
      if (B.length === 1 && !k(B[0].id)) {
        const j = a.value?.querySelector(`.vue-flow__node[data-id="${B[0].id}"]`)?.getBoundingClientRect(), ce = j ? ge(j.left + j.width / 2, j.top + j.height / 2) : null;
        ce !== null && i("insert", { node: B[0].id, edge: ce });
      }
    }
    function S() {
      return {
        nodes: r.getSelectedNodes.value.map((C) => C.id),
        edges: r.getSelectedEdges.value.map((C) => C.data.index)
      };
    }
    function P({ node: C, event: A }) {
      if (A && (A.ctrlKey || A.metaKey)) Xe(() => i("select", S()));
      else {
        const B = r.getSelectedNodes.value.filter((V) => V.id !== C.id);
        B.length && r.removeSelectedNodes(B), i("select", { nodes: [C.id], edges: [] });
      }
    }
    function T({ node: C }) {
      (o.graph.subgraphs || {})[C.id] && i("shortcut", { action: "expand", nodes: [C.id], edges: [] });
    }
    function te({ edge: C }) {
      i("select", { nodes: [], edges: [C.data.index] });
    }
    function oe() {
      G.open && performance.now() - ee > 400 && ye(), i("select", { nodes: [], edges: [] });
    }
    function ue() {
      Xe(() => i("select", S()));
    }
    function ie(C) {
      if (C.defaultPrevented) return;
      const A = C.target, B = A && A.tagName || "";
      if (["INPUT", "TEXTAREA", "SELECT"].includes(B) || A?.isContentEditable || A?.closest && A.closest(".q-dialog, .q-menu")) return;
      const V = C.ctrlKey || C.metaKey, j = C.key.toLowerCase();
      if (j === "escape" && I.keyboard) {
        I.from = null, I.keyboard = !1;
        return;
      }
      if (!V && (j === "/" || j === " ") && !A?.closest?.(".vue-flow__handle, button, a")) {
        C.preventDefault();
        const me = a.value.getBoundingClientRect(), Me = H.inside && H.cx >= me.left && H.cx <= me.right && H.cy >= me.top && H.cy <= me.bottom;
        he(Me ? H.cx : me.left + me.width / 2, Me ? H.cy : me.top + me.height / 3);
        return;
      }
      let ce = null;
      if (j === "delete" || j === "backspace" ? ce = "delete" : V && j === "z" && !C.shiftKey ? ce = "undo" : V && (j === "y" || j === "z" && C.shiftKey) ? ce = "redo" : V && j === "c" ? ce = "copy" : V && j === "v" ? ce = "paste" : V && j === "x" ? ce = "cut" : V && j === "d" ? ce = "duplicate" : V && j === "a" ? ce = "select_all" : V && j === "s" ? ce = "save" : V && j === "g" ? ce = C.shiftKey ? "collapse" : "group" : V && j === "b" ? ce = "bypass" : !V && j === "f" ? ce = "fit" : !V && j === "l" && (ce = "layout"), !!ce) {
        if (C.preventDefault(), ce === "fit") return Dt();
        if (ce === "layout") return Kn();
        if (ce === "select_all") {
          i("select", { nodes: f.value.map((me) => me.id), edges: [] });
          return;
        }
        i("shortcut", { action: ce, ...S() });
      }
    }
    function fe(C, A) {
      const B = r.getSelectedNodes.value;
      if (!B.length) return !1;
      const V = C === "arrowleft" ? -A : C === "arrowright" ? A : 0, j = C === "arrowup" ? -A : C === "arrowdown" ? A : 0, ce = {};
      for (const me of B)
        me.position = { x: Math.round(me.position.x + V), y: Math.round(me.position.y + j) }, ce[me.id] = [me.position.x, me.position.y];
      return i("move", { positions: ce }), !0;
    }
    function ve(C) {
      const A = C.key.toLowerCase();
      if (!A.startsWith("arrow") || C.ctrlKey || C.metaKey || C.altKey) return;
      const B = C.target;
      ["INPUT", "TEXTAREA", "SELECT"].includes(B?.tagName) || B?.isContentEditable || B?.closest?.(".q-dialog, .q-menu, .gc-quick") || fe(A, C.shiftKey ? 50 : 10) && (C.preventDefault(), C.stopPropagation());
    }
    _t(() => {
      document.addEventListener("keydown", ve, !0), document.addEventListener("keydown", ie), document.addEventListener("mousemove", z);
    }), er(() => {
      document.removeEventListener("keydown", ve, !0), document.removeEventListener("keydown", ie), document.removeEventListener("mousemove", z);
    });
    function Ee(C) {
      C.preventDefault();
      const A = Array.from(C.dataTransfer?.types || []);
      u.value = A.includes(sa) || A.includes("Files"), C.dataTransfer && (C.dataTransfer.dropEffect = A.includes("Files") ? "copy" : "move");
    }
    function nt() {
      u.value = !1;
    }
    async function We(C) {
      C.preventDefault(), u.value = !1;
      const A = C.dataTransfer;
      if (!A) return;
      const B = A.getData(sa);
      if (B) {
        const j = r.screenToFlowCoordinate({ x: C.clientX, y: C.clientY }), ce = ge(C.clientX, C.clientY);
        i("add", { type: B, x: Math.round(j.x), y: Math.round(j.y), edge: ce });
        return;
      }
      const V = A.files && A.files[0];
      if (V) {
        const j = V.size > 5e6 ? "" : await V.text();
        i("file", { name: V.name, text: j, size: V.size });
      }
    }
    function Dt() {
      const C = r.getNodes.value, A = a.value;
      if (!C.length || !A) return r.fitView({ padding: 0.15, duration: 0 });
      let B = 1 / 0, V = 1 / 0, j = -1 / 0, ce = -1 / 0;
      for (const Le of C) {
        const ot = Le.computedPosition || Le.position, bt = Le.dimensions || {};
        B = Math.min(B, ot.x), V = Math.min(V, ot.y), j = Math.max(j, ot.x + (bt.width || 220)), ce = Math.max(ce, ot.y + (bt.height || 120));
      }
      const me = Math.max(j - B, 1), Me = Math.max(ce - V, 1);
      let Oe = 0;
      for (let Le = 0; Le < 4; Le++) {
        const ot = Math.min(A.clientWidth / (me * 1.15), A.clientHeight / ((Me + Oe) * 1.15), 2.5);
        Oe = rb / Math.max(ot, 0.1);
      }
      r.fitBounds({ x: B, y: V, width: me, height: Me + Oe }, { padding: 0.15, duration: 0 });
    }
    function ri(C) {
      const A = new Set(C), B = r.getNodes.value.filter((V) => A.has(V.id));
      B.length && r.fitView({ nodes: B.map((V) => V.id), padding: 0.6, maxZoom: 1.2, duration: 200 });
    }
    function Kn() {
      const C = new na.graphlib.Graph();
      C.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 70, marginx: 20, marginy: 20 }), C.setDefaultEdgeLabel(() => ({}));
      for (const B of r.getNodes.value) {
        const V = B.dimensions || {};
        C.setNode(B.id, { width: V.width || 220, height: V.height || 120 });
      }
      for (const B of r.getEdges.value) C.setEdge(B.source, B.target);
      na.layout(C);
      const A = {};
      for (const B of r.getNodes.value) {
        const V = C.node(B.id), j = B.dimensions || {};
        A[B.id] = [Math.round(V.x - (j.width || 220) / 2), Math.round(V.y - (j.height || 120) / 2)];
      }
      return i("layout", { positions: A }), setTimeout(Dt, 50), A;
    }
    function mu() {
      return r.getViewport();
    }
    function yu() {
      Dt(), window.__gancanvasPaneReady = performance.now(), E.value.length || (window.__gancanvasReady = window.__gancanvasPaneReady);
    }
    function wu() {
      const C = window.__gancanvasReady === void 0;
      window.__gancanvasReady = performance.now(), window.__gancanvasNodes = r.getNodes.value.length, C && (Dt(), i("ready", { t: window.__gancanvasReady, nodes: window.__gancanvasNodes }));
    }
    t({ fitView: Dt, focus: ri, autoLayout: Kn, getViewport: mu });
    const _u = ae(() => ({ stroke: "#90a4ae", strokeWidth: 2 })), bu = (C) => Ji(C.data?.kind);
    return (C, A) => (Q(), le("div", {
      ref_key: "root",
      ref: a,
      class: Ge(["gc-canvas", { "gc-drop-active": u.value }]),
      tabindex: "0",
      onDragover: Ee,
      onDragleave: nt,
      onDrop: We,
      onDblclick: de
    }, [
      Ve(K(Vp), {
        id: e.flowId,
        nodes: E.value,
        edges: R.value,
        "node-types": s,
        "delete-key-code": null,
        "selection-key-code": "Shift",
        "multi-selection-key-code": "Control",
        "connection-line-style": _u.value,
        "default-edge-options": { type: "default" },
        "min-zoom": 0.1,
        "max-zoom": 2.5,
        "nodes-draggable": !0,
        "elevate-edges-on-select": !0,
        "zoom-on-double-click": !1,
        "is-valid-connection": O,
        onConnect: D,
        onConnectStart: M,
        onConnectEnd: X,
        onNodeDragStop: _,
        onNodeClick: P,
        onNodeDoubleClick: T,
        onEdgeClick: te,
        onPaneClick: oe,
        onSelectionEnd: ue,
        onPaneReady: yu,
        onNodesInitialized: wu
      }, {
        "zoom-pane": Ke(() => [
          (Q(!0), le(He, null, Yt(e.graph.groups || [], (B) => (Q(), Re(Z_, {
            key: B.id,
            group: B,
            flow: K(r),
            onSelect: A[0] || (A[0] = (V) => i("select", { nodes: V, edges: [] })),
            onMoved: A[1] || (A[1] = (V) => i("move", { positions: V })),
            onFrame: A[2] || (A[2] = (V) => i("frame", V))
          }, null, 8, ["group", "flow"]))), 128))
        ]),
        default: Ke(() => [
          Ve(K(qp), {
            "pattern-color": "#cfd8dc",
            gap: 18
          }),
          Ve(K($v), { "show-interactive": !1 }),
          Ve(K(s1), {
            pannable: "",
            zoomable: "",
            width: 170,
            height: 110,
            "node-color": bu
          }),
          (e.graph.nodes || []).length ? ke("", !0) : (Q(), le("div", j_, [...A[7] || (A[7] = [
            Si(" Drag blocks here from the palette, or drop a graph JSON file.", -1),
            be("br", null, null, -1),
            Si(" Double-click (or press /) to search for a block. ", -1)
          ])]))
        ]),
        _: 1
      }, 8, ["id", "nodes", "edges", "connection-line-style"]),
      I.from && I.tip && !I.keyboard ? (Q(), le("div", {
        key: 0,
        class: "gc-wire-tip",
        role: "status",
        style: De({ left: `${I.x + 16}px`, top: `${I.y + 14}px` })
      }, Pe(I.tip), 5)) : ke("", !0),
      I.keyboard && I.from ? (Q(), le("div", Q_, " Wiring from " + Pe(I.from.node) + "." + Pe(I.from.handle) + ": focus a port (Tab) and press Enter · Esc cancels ", 1)) : ke("", !0),
      G.open ? (Q(), le("div", {
        key: 2,
        class: "gc-quick",
        role: "dialog",
        "aria-label": "Add a block",
        style: De({ left: `${G.x}px`, top: `${G.y}px` }),
        onMousedown: A[4] || (A[4] = kn(() => {
        }, ["stop"])),
        onDblclick: A[5] || (A[5] = kn(() => {
        }, ["stop"])),
        onWheel: A[6] || (A[6] = kn(() => {
        }, ["stop"]))
      }, [
        Tu(be("input", {
          ref_key: "quickInput",
          ref: re,
          "onUpdate:modelValue": A[3] || (A[3] = (B) => G.text = B),
          class: "gc-quick-input",
          placeholder: "Search blocks…",
          "aria-label": "Search blocks",
          "data-testid": "quick-add-input",
          onKeydown: _e
        }, null, 544), [
          [Ou, G.text]
        ]),
        G.wire ? (Q(), le("div", J_, " blocks that fit " + Pe(G.wire.node) + "." + Pe(G.wire.handle), 1)) : ke("", !0),
        be("div", eb, [
          (Q(!0), le(He, null, Yt(Z.value, (B, V) => (Q(), le("div", {
            key: B.type,
            class: Ge(["gc-quick-item", { "gc-active": V === G.index }]),
            role: "option",
            "aria-selected": V === G.index,
            "data-quick-block": B.type,
            onMouseenter: (j) => G.index = V,
            onClick: (j) => pe(B)
          }, [
            be("span", {
              class: "gc-quick-dot",
              style: De({ background: K(Ji)(B.kind) })
            }, null, 4),
            be("span", nb, Pe(B.title), 1),
            be("span", ob, Pe(B.type), 1)
          ], 42, tb))), 128)),
          Z.value.length ? ke("", !0) : (Q(), le("div", ib, "no block matches"))
        ])
      ], 36)) : ke("", !0)
    ], 34));
  }
};
export {
  ab as GanCanvas,
  I_ as KIND_COLORS,
  Ji as kindColor,
  xn as typeColor
};
