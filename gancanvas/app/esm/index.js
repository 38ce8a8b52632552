import { getCurrentScope as aa, inject as Ot, effectScope as la, watch as $e, provide as Mt, getCurrentInstance as un, defineComponent as Se, useSlots as ua, onUnmounted as _u, openBlock as Q, createElementBlock as le, unref as W, createVNode as Ve, withCtx as Ze, renderSlot as Te, reactive as Ni, computed as ae, onScopeDispose as co, createPropsRestProxy as bu, toRef as xe, ref as Ie, onMounted as _t, normalizeClass as Ue, nextTick as Ge, onBeforeMount as Eu, shallowRef as Ct, createElementVNode as be, Fragment as He, renderList as Ft, normalizeStyle as De, onBeforeUnmount as er, isMemoSame as xu, createBlock as Re, createCommentVNode as ke, toDisplayString as Pe, isRef as tr, toRefs as $u, customRef as ku, toValue as ye, resolveComponent as ca, h as Ne, useAttrs as nr, mergeProps as bo, resolveDynamicComponent as Dt, createTextVNode as Si, markRaw as xn, readonly as Nu, watchEffect as Su, normalizeProps as Cu, withModifiers as $n, withDirectives as Mu, vModelText as Iu } from "vue";
function Cn(e) {
  return aa() ? (co(e), !0) : !1;
}
function gt(e) {
  return typeof e == "function" ? e() : W(e);
}
const Tu = typeof window < "u" && typeof document < "u", Ou = (e) => typeof e < "u", Du = Object.prototype.toString, Pu = (e) => Du.call(e) === "[object Object]", Au = () => {
};
function zu(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const da = (e) => e();
function Ru(e = da) {
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
  return { isActive: Nu(t), pause: n, resume: o, eventFilter: i };
}
function Ir(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Bu(e, t, n = {}) {
  const {
    eventFilter: o = da,
    ...i
  } = n;
  return $e(
    e,
    zu(
      o,
      t
    ),
    i
  );
}
function Wt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: s, resume: a, isActive: u } = Ru(o);
  return { stop: Bu(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: u };
}
function Vu(e, t = {}) {
  if (!tr(e))
    return $u(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = ku(() => ({
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
    const E = [new Promise((v) => {
      b = $e(
        e,
        (x) => {
          d(x) !== t && (b?.(), v(x));
        },
        {
          flush: f,
          deep: h,
          immediate: !0
        }
      );
    })];
    return m != null && E.push(
      Ir(m, w).then(() => gt(e)).finally(() => b?.())
    ), Promise.race(E);
  }
  function o(d, f) {
    if (!tr(d))
      return n((x) => x === d, f);
    const { flush: h = "sync", deep: m = !1, timeout: w, throwOnTimeout: b } = f ?? {};
    let y = null;
    const v = [new Promise((x) => {
      y = $e(
        [e, d],
        ([R, D]) => {
          t !== (R === D) && (y?.(), x(R));
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
function Lu(e) {
  var t;
  const n = gt(e);
  return (t = n?.$el) != null ? t : n;
}
const fa = Tu ? window : void 0;
function ha(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = fa) : [t, n, o, i] = e, !t)
    return Au;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, h) => (c.addEventListener(d, f, h), () => c.removeEventListener(d, f, h)), u = $e(
    () => [Lu(t), gt(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = Pu(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((h) => o.map((m) => a(c, h, m, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), l = () => {
    u(), s();
  };
  return Cn(l), l;
}
function Hu(e) {
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
  } = o, u = Hu(t);
  return ha(i, r, (c) => {
    c.repeat && gt(a) || u(c) && n(c);
  }, s);
}
function Fu(e) {
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
  } = o, h = un(), m = n || h?.emit || ((i = h?.$emit) == null ? void 0 : i.bind(h)) || ((s = (r = h?.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(h?.proxy));
  let w = l;
  t || (t = "modelValue"), w = w || `update:${t.toString()}`;
  const b = (v) => a ? typeof a == "function" ? a(v) : Fu(v) : v, y = () => Ou(e[t]) ? b(e[t]) : d, E = (v) => {
    f ? f(v) && m(w, v) : m(w, v);
  };
  if (u) {
    const v = y(), x = Ie(v);
    let R = !1;
    return $e(
      () => e[t],
      (D) => {
        R || (R = !0, x.value = b(D), Ge(() => R = !1));
      }
    ), $e(
      x,
      (D) => {
        !R && (D !== e[t] || c) && E(D);
      },
      { deep: c }
    ), x;
  } else
    return ae({
      get() {
        return y();
      },
      set(v) {
        E(v);
      }
    });
}
var Yu = { value: () => {
} };
function Fo() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new fo(n);
}
function fo(e) {
  this._ = e;
}
function Xu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
fo.prototype = Fo.prototype = {
  constructor: fo,
  on: function(e, t) {
    var n = this._, o = Xu(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = Gu(n[i], e.name)))
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
    return new fo(e);
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
function Gu(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Or(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Yu, e = e.slice(0, o).concat(e.slice(o + 1));
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
function Yo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Dr.hasOwnProperty(t) ? { space: Dr[t], local: e } : e;
}
function Uu(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ii && t.documentElement.namespaceURI === Ii ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function qu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ga(e) {
  var t = Yo(e);
  return (t.local ? qu : Uu)(t);
}
function Wu() {
}
function or(e) {
  return e == null ? Wu : function() {
    return this.querySelector(e);
  };
}
function Ku(e) {
  typeof e != "function" && (e = or(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new qe(o, this._parents);
}
function Zu(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function ju() {
  return [];
}
function pa(e) {
  return e == null ? ju : function() {
    return this.querySelectorAll(e);
  };
}
function Qu(e) {
  return function() {
    return Zu(e.apply(this, arguments));
  };
}
function Ju(e) {
  typeof e == "function" ? e = Qu(e) : e = pa(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new qe(o, i);
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
var ec = Array.prototype.find;
function tc(e) {
  return function() {
    return ec.call(this.children, e);
  };
}
function nc() {
  return this.firstElementChild;
}
function oc(e) {
  return this.select(e == null ? nc : tc(typeof e == "function" ? e : ma(e)));
}
var ic = Array.prototype.filter;
function rc() {
  return Array.from(this.children);
}
function sc(e) {
  return function() {
    return ic.call(this.children, e);
  };
}
function ac(e) {
  return this.selectAll(e == null ? rc : sc(typeof e == "function" ? e : ma(e)));
}
function lc(e) {
  typeof e != "function" && (e = va(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new qe(o, this._parents);
}
function ya(e) {
  return new Array(e.length);
}
function uc() {
  return new qe(this._enter || this._groups.map(ya), this._parents);
}
function Eo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Eo.prototype = {
  constructor: Eo,
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
function cc(e) {
  return function() {
    return e;
  };
}
function dc(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Eo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function fc(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = h = s.call(u, u.__data__, a, t) + "", l.has(h) ? i[a] = u : l.set(h, u));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (u = l.get(h)) ? (o[a] = u, u.__data__ = r[a], l.delete(h)) : n[a] = new Eo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function hc(e) {
  return e.__data__;
}
function gc(e, t) {
  if (!arguments.length)
    return Array.from(this, hc);
  var n = t ? fc : dc, o = this._parents, i = this._groups;
  typeof e != "function" && (e = cc(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, h = pc(e.call(c, c && c.__data__, l, o)), m = h.length, w = a[l] = new Array(m), b = s[l] = new Array(m), y = u[l] = new Array(f);
    n(c, d, w, b, y, h, t);
    for (var E = 0, v = 0, x, R; E < m; ++E)
      if (x = w[E]) {
        for (E >= v && (v = E + 1); !(R = b[v]) && ++v < m; )
          ;
        x._next = R || null;
      }
  }
  return s = new qe(s, o), s._enter = a, s._exit = u, s;
}
function pc(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function vc() {
  return new qe(this._exit || this._groups.map(ya), this._parents);
}
function mc(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function yc(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), h, m = 0; m < d; ++m)
      (h = l[m] || c[m]) && (f[m] = h);
  for (; u < i; ++u)
    a[u] = n[u];
  return new qe(a, this._parents);
}
function wc() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function _c(e) {
  e || (e = bc);
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
function bc(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Ec() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function xc() {
  return Array.from(this);
}
function $c() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function kc() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Nc() {
  return !this.node();
}
function Sc(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Cc(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Mc(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ic(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Tc(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Oc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Dc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Pc(e, t) {
  var n = Yo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Mc : Cc : typeof t == "function" ? n.local ? Dc : Oc : n.local ? Tc : Ic)(n, t));
}
function wa(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Ac(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function zc(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Rc(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Bc(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Ac : typeof t == "function" ? Rc : zc)(e, t, n ?? "")) : en(this.node(), e);
}
function en(e, t) {
  return e.style.getPropertyValue(t) || wa(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Vc(e) {
  return function() {
    delete this[e];
  };
}
function Lc(e, t) {
  return function() {
    this[e] = t;
  };
}
function Hc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Fc(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Vc : typeof t == "function" ? Hc : Lc)(e, t)) : this.node()[e];
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
function Yc(e) {
  return function() {
    Ea(this, e);
  };
}
function Xc(e) {
  return function() {
    xa(this, e);
  };
}
function Gc(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ea : xa)(this, e);
  };
}
function Uc(e, t) {
  var n = _a(e + "");
  if (arguments.length < 2) {
    for (var o = ir(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Gc : t ? Yc : Xc)(n, t));
}
function qc() {
  this.textContent = "";
}
function Wc(e) {
  return function() {
    this.textContent = e;
  };
}
function Kc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Zc(e) {
  return arguments.length ? this.each(e == null ? qc : (typeof e == "function" ? Kc : Wc)(e)) : this.node().textContent;
}
function jc() {
  this.innerHTML = "";
}
function Qc(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Jc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function ed(e) {
  return arguments.length ? this.each(e == null ? jc : (typeof e == "function" ? Jc : Qc)(e)) : this.node().innerHTML;
}
function td() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function nd() {
  return this.each(td);
}
function od() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function id() {
  return this.each(od);
}
function rd(e) {
  var t = typeof e == "function" ? e : ga(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function sd() {
  return null;
}
function ad(e, t) {
  var n = typeof e == "function" ? e : ga(e), o = t == null ? sd : typeof t == "function" ? t : or(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function ld() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function ud() {
  return this.each(ld);
}
function cd() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function dd() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function fd(e) {
  return this.select(e ? dd : cd);
}
function hd(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function gd(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function pd(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function vd(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function md(e, t, n) {
  return function() {
    var o = this.__on, i, r = gd(t);
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
function yd(e, t, n) {
  var o = pd(e + ""), i, r = o.length, s;
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
  for (a = t ? md : vd, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function $a(e, t, n) {
  var o = wa(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function wd(e, t) {
  return function() {
    return $a(this, e, t);
  };
}
function _d(e, t) {
  return function() {
    return $a(this, e, t.apply(this, arguments));
  };
}
function bd(e, t) {
  return this.each((typeof t == "function" ? _d : wd)(e, t));
}
function* Ed() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var ka = [null];
function qe(e, t) {
  this._groups = e, this._parents = t;
}
function Fn() {
  return new qe([[document.documentElement]], ka);
}
function xd() {
  return this;
}
qe.prototype = Fn.prototype = {
  constructor: qe,
  select: Ku,
  selectAll: Ju,
  selectChild: oc,
  selectChildren: ac,
  filter: lc,
  data: gc,
  enter: uc,
  exit: vc,
  join: mc,
  merge: yc,
  selection: xd,
  order: wc,
  sort: _c,
  call: Ec,
  nodes: xc,
  node: $c,
  size: kc,
  empty: Nc,
  each: Sc,
  attr: Pc,
  style: Bc,
  property: Fc,
  classed: Uc,
  text: Zc,
  html: ed,
  raise: nd,
  lower: id,
  append: rd,
  insert: ad,
  remove: ud,
  clone: fd,
  datum: hd,
  on: yd,
  dispatch: bd,
  [Symbol.iterator]: Ed
};
function je(e) {
  return typeof e == "string" ? new qe([[document.querySelector(e)]], [document.documentElement]) : new qe([[e]], ka);
}
function $d(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function it(e, t) {
  if (e = $d(e), t === void 0 && (t = e.currentTarget), t) {
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
const kd = { passive: !1 }, Mn = { capture: !0, passive: !1 };
function ai(e) {
  e.stopImmediatePropagation();
}
function Zt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Na(e) {
  var t = e.document.documentElement, n = je(e).on("dragstart.drag", Zt, Mn);
  "onselectstart" in t ? n.on("selectstart.drag", Zt, Mn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Sa(e, t) {
  var n = e.document.documentElement, o = je(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Zt, Mn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Kn = (e) => () => e;
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
function Nd(e) {
  return !e.ctrlKey && !e.button;
}
function Sd() {
  return this.parentNode;
}
function Cd(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Md() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Id() {
  var e = Nd, t = Sd, n = Cd, o = Md, i = {}, r = Fo("start", "drag", "end"), s = 0, a, u, l, c, d = 0;
  function f(x) {
    x.on("mousedown.drag", h).filter(o).on("touchstart.drag", b).on("touchmove.drag", y, kd).on("touchend.drag touchcancel.drag", E).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(x, R) {
    if (!(c || !e.call(this, x, R))) {
      var D = v(this, t.call(this, x, R), x, R, "mouse");
      D && (je(x.view).on("mousemove.drag", m, Mn).on("mouseup.drag", w, Mn), Na(x.view), ai(x), l = !1, a = x.clientX, u = x.clientY, D("start", x));
    }
  }
  function m(x) {
    if (Zt(x), !l) {
      var R = x.clientX - a, D = x.clientY - u;
      l = R * R + D * D > d;
    }
    i.mouse("drag", x);
  }
  function w(x) {
    je(x.view).on("mousemove.drag mouseup.drag", null), Sa(x.view, l), Zt(x), i.mouse("end", x);
  }
  function b(x, R) {
    if (e.call(this, x, R)) {
      var D = x.changedTouches, Y = t.call(this, x, R), B = D.length, U, X;
      for (U = 0; U < B; ++U)
        (X = v(this, Y, x, R, D[U].identifier, D[U])) && (ai(x), X("start", x, D[U]));
    }
  }
  function y(x) {
    var R = x.changedTouches, D = R.length, Y, B;
    for (Y = 0; Y < D; ++Y)
      (B = i[R[Y].identifier]) && (Zt(x), B("drag", x, R[Y]));
  }
  function E(x) {
    var R = x.changedTouches, D = R.length, Y, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), Y = 0; Y < D; ++Y)
      (B = i[R[Y].identifier]) && (ai(x), B("end", x, R[Y]));
  }
  function v(x, R, D, Y, B, U) {
    var X = r.copy(), F = it(U || D, R), N, G, g;
    if ((g = n.call(x, new Ti("beforestart", {
      sourceEvent: D,
      target: f,
      identifier: B,
      active: s,
      x: F[0],
      y: F[1],
      dx: 0,
      dy: 0,
      dispatch: X
    }), Y)) != null)
      return N = g.x - F[0] || 0, G = g.y - F[1] || 0, function k(p, T, M) {
        var z = F, O;
        switch (p) {
          case "start":
            i[B] = k, O = s++;
            break;
          case "end":
            delete i[B], --s;
          case "drag":
            F = it(M || T, R), O = s;
            break;
        }
        X.call(
          p,
          x,
          new Ti(p, {
            sourceEvent: T,
            subject: g,
            target: f,
            identifier: B,
            active: O,
            x: F[0] + N,
            y: F[1] + G,
            dx: F[0] - z[0],
            dy: F[1] - z[1],
            dispatch: X
          }),
          Y
        );
      };
  }
  return f.filter = function(x) {
    return arguments.length ? (e = typeof x == "function" ? x : Kn(!!x), f) : e;
  }, f.container = function(x) {
    return arguments.length ? (t = typeof x == "function" ? x : Kn(x), f) : t;
  }, f.subject = function(x) {
    return arguments.length ? (n = typeof x == "function" ? x : Kn(x), f) : n;
  }, f.touchable = function(x) {
    return arguments.length ? (o = typeof x == "function" ? x : Kn(!!x), f) : o;
  }, f.on = function() {
    var x = r.on.apply(r, arguments);
    return x === r ? f : x;
  }, f.clickDistance = function(x) {
    return arguments.length ? (d = (x = +x) * x, f) : Math.sqrt(d);
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
function Yn() {
}
var In = 0.7, xo = 1 / In, jt = "\\s*([+-]?\\d+)\\s*", Tn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", lt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Td = /^#([0-9a-f]{3,8})$/, Od = new RegExp(`^rgb\\(${jt},${jt},${jt}\\)$`), Dd = new RegExp(`^rgb\\(${lt},${lt},${lt}\\)$`), Pd = new RegExp(`^rgba\\(${jt},${jt},${jt},${Tn}\\)$`), Ad = new RegExp(`^rgba\\(${lt},${lt},${lt},${Tn}\\)$`), zd = new RegExp(`^hsl\\(${Tn},${lt},${lt}\\)$`), Rd = new RegExp(`^hsla\\(${Tn},${lt},${lt},${Tn}\\)$`), Pr = {
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
rr(Yn, Yt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Ar,
  // Deprecated! Use color.formatHex.
  formatHex: Ar,
  formatHex8: Bd,
  formatHsl: Vd,
  formatRgb: zr,
  toString: zr
});
function Ar() {
  return this.rgb().formatHex();
}
function Bd() {
  return this.rgb().formatHex8();
}
function Vd() {
  return Ma(this).formatHsl();
}
function zr() {
  return this.rgb().formatRgb();
}
function Yt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Td.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Rr(t) : n === 3 ? new Ye(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Zn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Zn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Od.exec(e)) ? new Ye(t[1], t[2], t[3], 1) : (t = Dd.exec(e)) ? new Ye(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Pd.exec(e)) ? Zn(t[1], t[2], t[3], t[4]) : (t = Ad.exec(e)) ? Zn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = zd.exec(e)) ? Lr(t[1], t[2] / 100, t[3] / 100, 1) : (t = Rd.exec(e)) ? Lr(t[1], t[2] / 100, t[3] / 100, t[4]) : Pr.hasOwnProperty(e) ? Rr(Pr[e]) : e === "transparent" ? new Ye(NaN, NaN, NaN, 0) : null;
}
function Rr(e) {
  return new Ye(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Zn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ye(e, t, n, o);
}
function Ld(e) {
  return e instanceof Yn || (e = Yt(e)), e ? (e = e.rgb(), new Ye(e.r, e.g, e.b, e.opacity)) : new Ye();
}
function Oi(e, t, n, o) {
  return arguments.length === 1 ? Ld(e) : new Ye(e, t, n, o ?? 1);
}
function Ye(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
rr(Ye, Oi, Ca(Yn, {
  brighter(e) {
    return e = e == null ? xo : Math.pow(xo, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? In : Math.pow(In, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ye(Vt(this.r), Vt(this.g), Vt(this.b), $o(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Br,
  // Deprecated! Use color.formatHex.
  formatHex: Br,
  formatHex8: Hd,
  formatRgb: Vr,
  toString: Vr
}));
function Br() {
  return `#${Rt(this.r)}${Rt(this.g)}${Rt(this.b)}`;
}
function Hd() {
  return `#${Rt(this.r)}${Rt(this.g)}${Rt(this.b)}${Rt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Vr() {
  const e = $o(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Vt(this.r)}, ${Vt(this.g)}, ${Vt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function $o(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Vt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Rt(e) {
  return e = Vt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Lr(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Qe(e, t, n, o);
}
function Ma(e) {
  if (e instanceof Qe)
    return new Qe(e.h, e.s, e.l, e.opacity);
  if (e instanceof Yn || (e = Yt(e)), !e)
    return new Qe();
  if (e instanceof Qe)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new Qe(s, a, u, e.opacity);
}
function Fd(e, t, n, o) {
  return arguments.length === 1 ? Ma(e) : new Qe(e, t, n, o ?? 1);
}
function Qe(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
rr(Qe, Fd, Ca(Yn, {
  brighter(e) {
    return e = e == null ? xo : Math.pow(xo, e), new Qe(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? In : Math.pow(In, e), new Qe(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Ye(
      li(e >= 240 ? e - 240 : e + 120, i, o),
      li(e, i, o),
      li(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Qe(Hr(this.h), jn(this.s), jn(this.l), $o(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = $o(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Hr(this.h)}, ${jn(this.s) * 100}%, ${jn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Hr(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function jn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function li(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const sr = (e) => () => e;
function Yd(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Xd(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Gd(e) {
  return (e = +e) == 1 ? Ia : function(t, n) {
    return n - t ? Xd(t, n, e) : sr(isNaN(t) ? n : t);
  };
}
function Ia(e, t) {
  var n = t - e;
  return n ? Yd(e, n) : sr(isNaN(e) ? t : e);
}
const ko = (function e(t) {
  var n = Gd(t);
  function o(i, r) {
    var s = n((i = Oi(i)).r, (r = Oi(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Ia(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Ud(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function qd(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Wd(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = kn(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](a);
    return r;
  };
}
function Kd(e, t) {
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
function Zd(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = kn(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Di = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, ui = new RegExp(Di.source, "g");
function jd(e) {
  return function() {
    return e;
  };
}
function Qd(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ta(e, t) {
  var n = Di.lastIndex = ui.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Di.exec(e)) && (i = ui.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: rt(o, i) })), n = ui.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? Qd(u[0].x) : jd(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c)
      a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
function kn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? sr(t) : (n === "number" ? rt : n === "string" ? (o = Yt(t)) ? (t = o, ko) : Ta : t instanceof Yt ? ko : t instanceof Date ? Kd : qd(t) ? Ud : Array.isArray(t) ? Wd : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Zd : rt)(e, t);
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
var Qn;
function Jd(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Pi : Oa(t.a, t.b, t.c, t.d, t.e, t.f);
}
function ef(e) {
  return e == null || (Qn || (Qn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Qn.setAttribute("transform", e), !(e = Qn.transform.baseVal.consolidate())) ? Pi : (e = e.matrix, Oa(e.a, e.b, e.c, e.d, e.e, e.f));
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
var tf = Da(Jd, "px, ", "px)", "deg)"), nf = Da(ef, ", ", ")", ")"), of = 1e-12;
function Yr(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function rf(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function sf(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const ho = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], h = c - a, m = d - u, w = h * h + m * m, b, y;
    if (w < of)
      y = Math.log(f / l) / t, b = function(Y) {
        return [
          a + Y * h,
          u + Y * m,
          l * Math.exp(t * Y * y)
        ];
      };
    else {
      var E = Math.sqrt(w), v = (f * f - l * l + o * w) / (2 * l * n * E), x = (f * f - l * l - o * w) / (2 * f * n * E), R = Math.log(Math.sqrt(v * v + 1) - v), D = Math.log(Math.sqrt(x * x + 1) - x);
      y = (D - R) / t, b = function(Y) {
        var B = Y * y, U = Yr(R), X = l / (n * E) * (U * sf(t * B + R) - rf(R));
        return [
          a + X * h,
          u + X * m,
          l * U / Yr(t * B + R)
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
var tn = 0, vn = 0, fn = 0, Pa = 1e3, No, mn, So = 0, Xt = 0, Xo = 0, On = typeof performance == "object" && performance.now ? performance : Date, Aa = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ar() {
  return Xt || (Aa(af), Xt = On.now() + Xo);
}
function af() {
  Xt = 0;
}
function Co() {
  this._call = this._time = this._next = null;
}
Co.prototype = za.prototype = {
  constructor: Co,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? ar() : +n) + (t == null ? 0 : +t), !this._next && mn !== this && (mn ? mn._next = this : No = this, mn = this), this._call = e, this._time = n, Ai();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ai());
  }
};
function za(e, t, n) {
  var o = new Co();
  return o.restart(e, t, n), o;
}
function lf() {
  ar(), ++tn;
  for (var e = No, t; e; )
    (t = Xt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --tn;
}
function Xr() {
  Xt = (So = On.now()) + Xo, tn = vn = 0;
  try {
    lf();
  } finally {
    tn = 0, cf(), Xt = 0;
  }
}
function uf() {
  var e = On.now(), t = e - So;
  t > Pa && (Xo -= t, So = e);
}
function cf() {
  for (var e, t = No, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : No = n);
  mn = e, Ai(o);
}
function Ai(e) {
  if (!tn) {
    vn && (vn = clearTimeout(vn));
    var t = e - Xt;
    t > 24 ? (e < 1 / 0 && (vn = setTimeout(Xr, e - On.now() - Xo)), fn && (fn = clearInterval(fn))) : (fn || (So = On.now(), fn = setInterval(uf, Pa)), tn = 1, Aa(Xr));
  }
}
function Gr(e, t, n) {
  var o = new Co();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var df = Fo("start", "end", "cancel", "interrupt"), ff = [], Ra = 0, Ur = 1, zi = 2, go = 3, qr = 4, Ri = 5, po = 6;
function Go(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  hf(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: df,
    tween: ff,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Ra
  });
}
function lr(e, t) {
  var n = et(e, t);
  if (n.state > Ra)
    throw new Error("too late; already scheduled");
  return n;
}
function ct(e, t) {
  var n = et(e, t);
  if (n.state > go)
    throw new Error("too late; already running");
  return n;
}
function et(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function hf(e, t, n) {
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
        if (h.state === go)
          return Gr(s);
        h.state === qr ? (h.state = po, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = po, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (Gr(function() {
      n.state === go && (n.state = qr, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = zi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === zi) {
      for (n.state = go, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
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
    n.state = po, n.timer.stop(), delete o[t];
    for (var l in o)
      return;
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
      i = o.state > zi && o.state < Ri, o.state = po, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function gf(e) {
  return this.each(function() {
    vo(this, e);
  });
}
function pf(e, t) {
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
function vf(e, t, n) {
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
function mf(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = et(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? pf : vf)(n, e, t));
}
function ur(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ct(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return et(i, o).value[t];
  };
}
function Ba(e, t) {
  var n;
  return (typeof t == "number" ? rt : t instanceof Yt ? ko : (n = Yt(t)) ? (t = n, ko) : Ta)(e, t);
}
function yf(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function wf(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function _f(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function bf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Ef(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function xf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function $f(e, t) {
  var n = Yo(e), o = n === "transform" ? nf : Ba;
  return this.attrTween(e, typeof t == "function" ? (n.local ? xf : Ef)(n, o, ur(this, "attr." + e, t)) : t == null ? (n.local ? wf : yf)(n) : (n.local ? bf : _f)(n, o, t));
}
function kf(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Nf(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Sf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Nf(e, r)), n;
  }
  return i._value = t, i;
}
function Cf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && kf(e, r)), n;
  }
  return i._value = t, i;
}
function Mf(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = Yo(e);
  return this.tween(n, (o.local ? Sf : Cf)(o, t));
}
function If(e, t) {
  return function() {
    lr(this, e).delay = +t.apply(this, arguments);
  };
}
function Tf(e, t) {
  return t = +t, function() {
    lr(this, e).delay = t;
  };
}
function Of(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? If : Tf)(t, e)) : et(this.node(), t).delay;
}
function Df(e, t) {
  return function() {
    ct(this, e).duration = +t.apply(this, arguments);
  };
}
function Pf(e, t) {
  return t = +t, function() {
    ct(this, e).duration = t;
  };
}
function Af(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Df : Pf)(t, e)) : et(this.node(), t).duration;
}
function zf(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    ct(this, e).ease = t;
  };
}
function Rf(e) {
  var t = this._id;
  return arguments.length ? this.each(zf(t, e)) : et(this.node(), t).ease;
}
function Bf(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    ct(this, e).ease = n;
  };
}
function Vf(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Bf(this._id, e));
}
function Lf(e) {
  typeof e != "function" && (e = va(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new yt(o, this._parents, this._name, this._id);
}
function Hf(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = u[h] || l[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new yt(s, this._parents, this._name, this._id);
}
function Ff(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Yf(e, t, n) {
  var o, i, r = Ff(t) ? lr : ct;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Xf(e, t) {
  var n = this._id;
  return arguments.length < 2 ? et(this.node(), n).on.on(e) : this.each(Yf(n, e, t));
}
function Gf(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Uf() {
  return this.on("end.remove", Gf(this._id));
}
function qf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = or(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Go(l[f], t, n, f, l, et(c, n)));
  return new yt(r, this._parents, t, n);
}
function Wf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = pa(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), h, m = et(c, n), w = 0, b = f.length; w < b; ++w)
          (h = f[w]) && Go(h, t, n, w, f, m);
        r.push(f), s.push(c);
      }
  return new yt(r, s, t, n);
}
var Kf = Fn.prototype.constructor;
function Zf() {
  return new Kf(this._groups, this._parents);
}
function jf(e, t) {
  var n, o, i;
  return function() {
    var r = en(this, e), s = (this.style.removeProperty(e), en(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Va(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Qf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = en(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Jf(e, t, n) {
  var o, i, r;
  return function() {
    var s = en(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), en(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function eh(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = ct(this, e), l = u.on, c = u.value[r] == null ? a || (a = Va(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function th(e, t, n) {
  var o = (e += "") == "transform" ? tf : Ba;
  return t == null ? this.styleTween(e, jf(e, o)).on("end.style." + e, Va(e)) : typeof t == "function" ? this.styleTween(e, Jf(e, o, ur(this, "style." + e, t))).each(eh(this._id, e)) : this.styleTween(e, Qf(e, o, t), n).on("end.style." + e, null);
}
function nh(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function oh(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && nh(e, s, n)), o;
  }
  return r._value = t, r;
}
function ih(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, oh(e, t, n ?? ""));
}
function rh(e) {
  return function() {
    this.textContent = e;
  };
}
function sh(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function ah(e) {
  return this.tween("text", typeof e == "function" ? sh(ur(this, "text", e)) : rh(e == null ? "" : e + ""));
}
function lh(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function uh(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && lh(i)), t;
  }
  return o._value = e, o;
}
function ch(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, uh(e));
}
function dh() {
  for (var e = this._name, t = this._id, n = La(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = et(u, t);
        Go(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new yt(o, this._parents, e, n);
}
function fh() {
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
var hh = 0;
function yt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function La() {
  return ++hh;
}
var ft = Fn.prototype;
yt.prototype = {
  constructor: yt,
  select: qf,
  selectAll: Wf,
  selectChild: ft.selectChild,
  selectChildren: ft.selectChildren,
  filter: Lf,
  merge: Hf,
  selection: Zf,
  transition: dh,
  call: ft.call,
  nodes: ft.nodes,
  node: ft.node,
  size: ft.size,
  empty: ft.empty,
  each: ft.each,
  on: Xf,
  attr: $f,
  attrTween: Mf,
  style: th,
  styleTween: ih,
  text: ah,
  textTween: ch,
  remove: Uf,
  tween: mf,
  delay: Of,
  duration: Af,
  ease: Rf,
  easeVarying: Vf,
  end: fh,
  [Symbol.iterator]: ft[Symbol.iterator]
};
function gh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var ph = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: gh
};
function vh(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function mh(e) {
  var t, n;
  e instanceof yt ? (t = e._id, e = e._name) : (t = La(), (n = ph).time = ar(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Go(u, e, t, l, s, n || vh(u, t));
  return new yt(o, this._parents, e, t);
}
Fn.prototype.interrupt = gf;
Fn.prototype.transition = mh;
const Jn = (e) => () => e;
function yh(e, {
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
var nn = new pt(1, 0, 0);
pt.prototype;
function ci(e) {
  e.stopImmediatePropagation();
}
function hn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function wh(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function _h() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Wr() {
  return this.__zoom || nn;
}
function bh(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Eh() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function xh(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function $h() {
  var e = wh, t = _h, n = xh, o = bh, i = Eh, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = ho, l = Fo("start", "zoom", "end"), c, d, f, h = 500, m = 150, w = 0, b = 10;
  function y(g) {
    g.property("__zoom", Wr).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", X).filter(i).on("touchstart.zoom", F).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", G).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  y.transform = function(g, k, p, T) {
    var M = g.selection ? g.selection() : g;
    M.property("__zoom", Wr), g !== M ? R(g, k, p, T) : M.interrupt().each(function() {
      D(this, arguments).event(T).start().zoom(null, typeof k == "function" ? k.apply(this, arguments) : k).end();
    });
  }, y.scaleBy = function(g, k, p, T) {
    y.scaleTo(g, function() {
      var M = this.__zoom.k, z = typeof k == "function" ? k.apply(this, arguments) : k;
      return M * z;
    }, p, T);
  }, y.scaleTo = function(g, k, p, T) {
    y.transform(g, function() {
      var M = t.apply(this, arguments), z = this.__zoom, O = p == null ? x(M) : typeof p == "function" ? p.apply(this, arguments) : p, V = z.invert(O), j = typeof k == "function" ? k.apply(this, arguments) : k;
      return n(v(E(z, j), O, V), M, s);
    }, p, T);
  }, y.translateBy = function(g, k, p, T) {
    y.transform(g, function() {
      return n(this.__zoom.translate(
        typeof k == "function" ? k.apply(this, arguments) : k,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, T);
  }, y.translateTo = function(g, k, p, T, M) {
    y.transform(g, function() {
      var z = t.apply(this, arguments), O = this.__zoom, V = T == null ? x(z) : typeof T == "function" ? T.apply(this, arguments) : T;
      return n(nn.translate(V[0], V[1]).scale(O.k).translate(
        typeof k == "function" ? -k.apply(this, arguments) : -k,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), z, s);
    }, T, M);
  };
  function E(g, k) {
    return k = Math.max(r[0], Math.min(r[1], k)), k === g.k ? g : new pt(k, g.x, g.y);
  }
  function v(g, k, p) {
    var T = k[0] - p[0] * g.k, M = k[1] - p[1] * g.k;
    return T === g.x && M === g.y ? g : new pt(g.k, T, M);
  }
  function x(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function R(g, k, p, T) {
    g.on("start.zoom", function() {
      D(this, arguments).event(T).start();
    }).on("interrupt.zoom end.zoom", function() {
      D(this, arguments).event(T).end();
    }).tween("zoom", function() {
      var M = this, z = arguments, O = D(M, z).event(T), V = t.apply(M, z), j = p == null ? x(V) : typeof p == "function" ? p.apply(M, z) : p, oe = Math.max(V[1][0] - V[0][0], V[1][1] - V[0][1]), ie = M.__zoom, q = typeof k == "function" ? k.apply(M, z) : k, Z = u(ie.invert(j).concat(oe / ie.k), q.invert(j).concat(oe / q.k));
      return function(J) {
        if (J === 1)
          J = q;
        else {
          var he = Z(J), we = oe / he[2];
          J = new pt(we, j[0] - he[0] * we, j[1] - he[1] * we);
        }
        O.zoom(null, J);
      };
    });
  }
  function D(g, k, p) {
    return !p && g.__zooming || new Y(g, k);
  }
  function Y(g, k) {
    this.that = g, this.args = k, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, k), this.taps = 0;
  }
  Y.prototype = {
    event: function(g) {
      return g && (this.sourceEvent = g), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(g, k) {
      return this.mouse && g !== "mouse" && (this.mouse[1] = k.invert(this.mouse[0])), this.touch0 && g !== "touch" && (this.touch0[1] = k.invert(this.touch0[0])), this.touch1 && g !== "touch" && (this.touch1[1] = k.invert(this.touch1[0])), this.that.__zoom = k, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(g) {
      var k = je(this.that).datum();
      l.call(
        g,
        this.that,
        new yh(g, {
          sourceEvent: this.sourceEvent,
          target: y,
          transform: this.that.__zoom,
          dispatch: l
        }),
        k
      );
    }
  };
  function B(g, ...k) {
    if (!e.apply(this, arguments))
      return;
    var p = D(this, k).event(g), T = this.__zoom, M = Math.max(r[0], Math.min(r[1], T.k * Math.pow(2, o.apply(this, arguments)))), z = it(g);
    if (p.wheel)
      (p.mouse[0][0] !== z[0] || p.mouse[0][1] !== z[1]) && (p.mouse[1] = T.invert(p.mouse[0] = z)), clearTimeout(p.wheel);
    else {
      if (T.k === M)
        return;
      p.mouse = [z, T.invert(z)], vo(this), p.start();
    }
    hn(g), p.wheel = setTimeout(O, m), p.zoom("mouse", n(v(E(T, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function O() {
      p.wheel = null, p.end();
    }
  }
  function U(g, ...k) {
    if (f || !e.apply(this, arguments))
      return;
    var p = g.currentTarget, T = D(this, k, !0).event(g), M = je(g.view).on("mousemove.zoom", j, !0).on("mouseup.zoom", oe, !0), z = it(g, p), O = g.clientX, V = g.clientY;
    Na(g.view), ci(g), T.mouse = [z, this.__zoom.invert(z)], vo(this), T.start();
    function j(ie) {
      if (hn(ie), !T.moved) {
        var q = ie.clientX - O, Z = ie.clientY - V;
        T.moved = q * q + Z * Z > w;
      }
      T.event(ie).zoom("mouse", n(v(T.that.__zoom, T.mouse[0] = it(ie, p), T.mouse[1]), T.extent, s));
    }
    function oe(ie) {
      M.on("mousemove.zoom mouseup.zoom", null), Sa(ie.view, T.moved), hn(ie), T.event(ie).end();
    }
  }
  function X(g, ...k) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, T = it(g.changedTouches ? g.changedTouches[0] : g, this), M = p.invert(T), z = p.k * (g.shiftKey ? 0.5 : 2), O = n(v(E(p, z), T, M), t.apply(this, k), s);
      hn(g), a > 0 ? je(this).transition().duration(a).call(R, O, T, g) : je(this).call(y.transform, O, T, g);
    }
  }
  function F(g, ...k) {
    if (e.apply(this, arguments)) {
      var p = g.touches, T = p.length, M = D(this, k, g.changedTouches.length === T).event(g), z, O, V, j;
      for (ci(g), O = 0; O < T; ++O)
        V = p[O], j = it(V, this), j = [j, this.__zoom.invert(j), V.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== j[2] && (M.touch1 = j, M.taps = 0) : (M.touch0 = j, z = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (M.taps < 2 && (d = j[0], c = setTimeout(function() {
        c = null;
      }, h)), vo(this), M.start());
    }
  }
  function N(g, ...k) {
    if (this.__zooming) {
      var p = D(this, k).event(g), T = g.changedTouches, M = T.length, z, O, V, j;
      for (hn(g), z = 0; z < M; ++z)
        O = T[z], V = it(O, this), p.touch0 && p.touch0[2] === O.identifier ? p.touch0[0] = V : p.touch1 && p.touch1[2] === O.identifier && (p.touch1[0] = V);
      if (O = p.that.__zoom, p.touch1) {
        var oe = p.touch0[0], ie = p.touch0[1], q = p.touch1[0], Z = p.touch1[1], J = (J = q[0] - oe[0]) * J + (J = q[1] - oe[1]) * J, he = (he = Z[0] - ie[0]) * he + (he = Z[1] - ie[1]) * he;
        O = E(O, Math.sqrt(J / he)), V = [(oe[0] + q[0]) / 2, (oe[1] + q[1]) / 2], j = [(ie[0] + Z[0]) / 2, (ie[1] + Z[1]) / 2];
      } else if (p.touch0)
        V = p.touch0[0], j = p.touch0[1];
      else
        return;
      p.zoom("touch", n(v(O, V, j), p.extent, s));
    }
  }
  function G(g, ...k) {
    if (this.__zooming) {
      var p = D(this, k).event(g), T = g.changedTouches, M = T.length, z, O;
      for (ci(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), z = 0; z < M; ++z)
        O = T[z], p.touch0 && p.touch0[2] === O.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === O.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0)
        p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (O = it(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < b)) {
        var V = je(this).on("dblclick.zoom");
        V && V.apply(this, arguments);
      }
    }
  }
  return y.wheelDelta = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : Jn(+g), y) : o;
  }, y.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : Jn(!!g), y) : e;
  }, y.touchable = function(g) {
    return arguments.length ? (i = typeof g == "function" ? g : Jn(!!g), y) : i;
  }, y.extent = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : Jn([[+g[0][0], +g[0][1]], [+g[1][0], +g[1][1]]]), y) : t;
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
var se = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(se || {}), cr = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(cr || {}), Pt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Pt || {}), It = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(It || {}), Mo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Mo || {}), Nn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(Nn || {}), Ha = /* @__PURE__ */ ((e) => (e.TopLeft = "top-left", e.TopCenter = "top-center", e.TopRight = "top-right", e.BottomLeft = "bottom-left", e.BottomCenter = "bottom-center", e.BottomRight = "bottom-right", e))(Ha || {});
const kh = ["INPUT", "SELECT", "TEXTAREA"], Nh = typeof document < "u" ? document : null;
function Bi(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return kh.includes(o?.nodeName) || i || !!r;
}
function Sh(e) {
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
function Ch(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Mh(n.code, e);
    return Array.isArray(e) ? e.some((i) => Kr(n[o], i, t, n.type === "keyup")) : Kr(n[o], e, t, n.type === "keyup");
  };
}
function Mh(e, t) {
  return t.includes(e) ? "code" : "key";
}
function Sn(e, t) {
  const n = ae(() => ye(t?.target) ?? Nh), o = Ct(ye(e) === !0);
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
  ), ha(["blur", "contextmenu"], a), Tr(
    (...l) => s(...l),
    (l) => {
      var c, d;
      const f = ye(t?.actInsideInputWithModifier) ?? !0, h = ye(t?.preventDefault) ?? !1;
      if (i = Sh(l), (!i || i && !f) && Bi(l))
        return;
      const w = ((d = (c = l.composedPath) == null ? void 0 : c.call(l)) == null ? void 0 : d[0]) || l.target, b = w?.nodeName === "BUTTON" || w?.nodeName === "A";
      !h && (i || !b) && l.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), Tr(
    (...l) => s(...l),
    (l) => {
      const c = ye(t?.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Bi(l))
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
    return l === null ? (a(), () => !1) : typeof l == "boolean" ? (a(), o.value = l, () => !1) : Array.isArray(l) || typeof l == "string" ? Ch(l, r) : l;
  }
  return o;
}
const Fa = "vue-flow__node-desc", Ya = "vue-flow__edge-desc", Ih = "vue-flow__aria-live", Xa = ["Enter", " ", "Escape"], Qt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function Io(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function To(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function Uo(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function Gt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Ga(e, t) {
  return {
    x: Gt(e.x, t[0][0], t[1][0]),
    y: Gt(e.y, t[0][1], t[1][1])
  };
}
function Zr(e) {
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
function eo(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Th(e) {
  return eo(e.width) && eo(e.height) && eo(e.x) && eo(e.y);
}
function Oh(e, t, n) {
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
    data: Ae(e.data) ? e.data : {},
    events: xn(Ae(e.events) ? e.events : {})
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
    events: xn(Ae(e.events) ? e.events : {}),
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
function Dh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return qa(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.source === o).map((r) => n.find((s) => Lt(s) && s.id === r.target));
}
function Ph(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return qa(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.target === o).map((r) => n.find((s) => Lt(s) && s.id === r.source));
}
function Wa({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Ah(e, t) {
  return t.some(
    (n) => Tt(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function Dn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function Pn({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const a = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? qo(a, s) : a;
}
function Ka(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function Oo({ x: e, y: t, width: n, height: o }) {
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
function zh(e, t) {
  return Za(Ka(Oo(e), Oo(t)));
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
      Oo({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Za(t);
}
function ja(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...Pn(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: u, selectable: l = !0, hidden: c = !1 } = a, d = u.width ?? a.width ?? null, f = u.height ?? a.height ?? null;
    if (i && !l || c)
      continue;
    const h = To(r, Io(a)), m = d === null || f === null, w = o && h > 0, b = (d ?? 0) * (f ?? 0);
    (m || w || h >= b || a.dragging) && s.push(a);
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
function Kt(e, t) {
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
  return Xn(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Rh(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Kt(e, n), i = Kt(e, t);
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
    const o = Kt(e.top ?? e.y ?? 0, n), i = Kt(e.bottom ?? e.y ?? 0, n), r = Kt(e.left ?? e.x ?? 0, t), s = Kt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Bh(e, t, n, o, i, r) {
  const { x: s, y: a } = Dn(e, { x: t, y: n, zoom: o }), { x: u, y: l } = Dn(
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
  const s = Rh(r, t, n), a = (t - s.x) / e.width, u = (n - s.y) / e.height, l = Math.min(a, u), c = Gt(l, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, h = t / 2 - d * c, m = n / 2 - f * c, w = Bh(e, h, m, c, t, n), b = {
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
function Vh(e, t) {
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
function An(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Vi(e) {
  const t = e.ctrlKey && zn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Qr(e, t, n) {
  return e < t ? Gt(Math.abs(e - t), 1, t) / t : e > n ? -Gt(Math.abs(e - n), 1, t) / t : 0;
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
            if (yn(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && yn(u) && di(s, u);
            }
            break;
          case "dimensions":
            if (yn(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && yn(u) && (!!u.dimensions.width && !!u.dimensions.height ? di(s, u) : Ge(() => {
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
      return Cn(h), { off: h };
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
function Lh(e, t, n, o) {
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
function Hh(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? el(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Fh(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && i?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Hh(i, e, o);
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
function Yh({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function fr(e, t, n, o, i) {
  const r = Yh(e.dimensions, Fh(e, n, o, i)), s = Ga(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function on(e, t, n = se.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? qh(e);
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
function Xh({
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
  const c = Oo({
    x: (0 - u.x) / u.zoom,
    y: (0 - u.y) / u.zoom,
    width: s / u.zoom,
    height: a / u.zoom
  }), d = Math.max(0, Math.min(c.x2, l.x2) - Math.max(c.x, l.x)), f = Math.max(0, Math.min(c.y2, l.y2) - Math.max(c.y, l.y));
  return Math.ceil(d * f) > 0;
}
function Gh(e, t, n = !1) {
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
function Uh(e) {
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
const zn = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator?.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function qh(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function qo(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Wh = () => !0;
function hi(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Kh(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    To(i, Io(r)) > 0 && o.push(r);
  return o;
}
const Zh = 250;
function jh(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const u = Kh(e, n, t + Zh);
  for (const l of u) {
    const c = [...((i = l.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = l.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: h } = on(l, d, d.position, !0), m = Math.sqrt((f - e.x) ** 2 + (h - e.y) ** 2);
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
  isValidConnection: l = Wh
}, c, d, f, h) {
  const m = r === "target", w = t ? s.querySelector(`.${a}-flow__handle[data-id="${u}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: b, y } = st(e), E = s.elementFromPoint(b, y), v = E?.classList.contains(`${a}-flow__handle`) ? E : w, x = {
    handleDomNode: v,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (v) {
    const R = tl(void 0, v), D = v.getAttribute("data-nodeid"), Y = v.getAttribute("data-handleid"), B = v.classList.contains("connectable"), U = v.classList.contains("connectableend");
    if (!D || !R)
      return x;
    const X = {
      source: m ? D : o,
      sourceHandle: m ? Y : i,
      target: m ? o : D,
      targetHandle: m ? i : Y
    };
    x.connection = X;
    const N = B && U && (n === It.Strict ? m && R === "source" || !m && R === "target" : D !== o || Y !== i);
    x.isValid = N && l(X, {
      nodes: d,
      edges: c,
      sourceNode: f(X.source),
      targetNode: f(X.target)
    }), x.toHandle = nl(D, R, Y, h, n, !0);
  }
  return x;
}
function tl(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function Qh(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function Jh(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function nl(e, t, n, o, i, r = !1) {
  var s, a, u;
  const l = o.get(e);
  if (!l)
    return null;
  const c = i === It.Strict ? (s = l.handleBounds) == null ? void 0 : s[t] : [...((a = l.handleBounds) == null ? void 0 : a.source) ?? [], ...((u = l.handleBounds) == null ? void 0 : u.target) ?? []], d = (n ? c?.find((f) => f.id === n) : c?.[0]) ?? null;
  return d && r ? { ...d, ...on(l, d, d.position, !0) } : d;
}
const Li = {
  [se.Left]: se.Right,
  [se.Right]: se.Left,
  [se.Top]: se.Bottom,
  [se.Bottom]: se.Top
}, eg = ["production", "prod"];
function Xn(e, ...t) {
  ol() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function ol() {
  return !eg.includes("production");
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
      ...Uo(s)
    };
  }) : null;
}
function Hi(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Ge(() => {
    s.blur();
  })) : n([e]);
}
function Ae(e) {
  return typeof W(e) < "u";
}
function tg(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Be(ze.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let i;
  return Tt(e) ? i = e : i = {
    ...e,
    id: Wa(e)
  }, i = Ua(i, void 0, o), Ah(i, t) ? !1 : i;
}
function ng(e, t, n, o, i) {
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
    if (!Lt(s)) {
      n(
        new Be(ze.NODE_INVALID, s?.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = Oh(s, t(s.id), s.parentNode);
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
    const c = Tt(l) ? l : tg(l, a, i, r);
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
const fs = /* @__PURE__ */ Symbol("vueFlow"), il = /* @__PURE__ */ Symbol("nodeId"), rl = /* @__PURE__ */ Symbol("nodeRef"), og = /* @__PURE__ */ Symbol("edgeId"), ig = /* @__PURE__ */ Symbol("edgeRef"), Wo = /* @__PURE__ */ Symbol("slots");
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
    addSelectedNodes: E,
    updateNodePositions: v,
    emits: x
  } = Ce(), { onStart: R, onDrag: D, onStop: Y, onClick: B, el: U, disabled: X, id: F, selectable: N, dragHandle: G } = e, g = Ct(!1);
  let k = [], p, T = null, M = { x: void 0, y: void 0 }, z = { x: 0, y: 0 }, O = null, V = !1, j = !1, oe = 0, ie = !1;
  const q = ag(), Z = ({ x: de, y: ge }) => {
    M = { x: de, y: ge };
    let $ = !1;
    if (k = k.map((_) => {
      const S = { x: de - _.distance.x, y: ge - _.distance.y }, { computedPosition: P } = fr(
        _,
        n.value ? qo(S, o.value) : S,
        x.error,
        s.value,
        _.parentNode ? h(_.parentNode) : void 0
      );
      return $ = $ || _.position.x !== P.x || _.position.y !== P.y, _.position = P, _;
    }), j = j || $, !!$ && (v(k, !0, !0), g.value = !0, O)) {
      const [_, S] = fi({
        id: F,
        dragItems: k,
        findNode: h
      });
      D({ event: O, node: _, nodes: S });
    }
  }, J = () => {
    if (!T)
      return;
    const [de, ge] = Ja(z, T, c.value);
    if (de !== 0 || ge !== 0) {
      const $ = {
        x: (M.x ?? 0) - de / u.value.zoom,
        y: (M.y ?? 0) - ge / u.value.zoom
      };
      f({ x: de, y: ge }) && Z($);
    }
    oe = requestAnimationFrame(J);
  }, he = (de, ge) => {
    V = !0;
    const $ = h(F);
    !b.value && !m.value && $ && ($.selected || y()), $ && ye(N) && b.value && Hi(
      $,
      m.value,
      E,
      y,
      w,
      !1,
      ge
    );
    const _ = q(de.sourceEvent);
    if (M = _, k = Lh(r.value, d.value, _, F), k.length) {
      const [S, P] = fi({
        id: F,
        dragItems: k,
        findNode: h
      });
      R({ event: de.sourceEvent, node: S, nodes: P });
    }
  }, we = (de, ge) => {
    var $;
    de.sourceEvent.type === "touchmove" && de.sourceEvent.touches.length > 1 || (j = !1, a.value === 0 && he(de, ge), M = q(de.sourceEvent), T = (($ = t.value) == null ? void 0 : $.getBoundingClientRect()) || null, z = st(de.sourceEvent, T));
  }, pe = (de, ge) => {
    const $ = q(de.sourceEvent);
    if (!ie && V && l.value && (ie = !0, J()), !V) {
      const _ = $.xSnapped - (M.x ?? 0), S = $.ySnapped - (M.y ?? 0);
      Math.sqrt(_ * _ + S * S) > a.value && he(de, ge);
    }
    (M.x !== $.xSnapped || M.y !== $.ySnapped) && k.length && V && (O = de.sourceEvent, z = st(de.sourceEvent, T), Z($));
  }, _e = (de) => {
    let ge = !1;
    if (!V && !g.value && !m.value) {
      const $ = de.sourceEvent, _ = q($), S = _.xSnapped - (M.x ?? 0), P = _.ySnapped - (M.y ?? 0), I = Math.sqrt(S * S + P * P);
      I !== 0 && I <= a.value && (B?.($), ge = !0);
    }
    if (k.length && !ge) {
      j && (v(k, !1, !1), j = !1);
      const [$, _] = fi({
        id: F,
        dragItems: k,
        findNode: h
      });
      Y({ event: de.sourceEvent, node: $, nodes: _ });
    }
    k = [], g.value = !1, ie = !1, V = !1, M = { x: void 0, y: void 0 }, cancelAnimationFrame(oe);
  };
  return $e([() => ye(X), U], ([de, ge], $, _) => {
    if (ge) {
      const S = je(ge);
      de || (p = Id().on("start", (P) => we(P, ge)).on("drag", (P) => pe(P, ge)).on("end", (P) => _e(P)).filter((P) => {
        const I = P.target, ee = ye(G);
        return !P.button && (!i.value || !is(I, `.${i.value}`, ge) && (!ee || is(I, ee, ge)));
      }), S.call(p)), _(() => {
        S.on(".drag", null), p && (p.on("start", null), p.on("drag", null), p.on("end", null));
      });
    }
  }), g;
}
function rg() {
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
function sg(e, t) {
  const n = rg();
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
function ag() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Ce();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Uh(i) ? i.sourceEvent : i, { x: u, y: l } = st(a, s), c = Pn({ x: u, y: l }, e.value), { x: d, y: f } = n.value ? qo(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function to() {
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
    startConnection: E,
    updateConnection: v,
    endConnection: x,
    emits: R,
    viewport: D,
    edges: Y,
    nodes: B,
    isValidConnection: U,
    nodeLookup: X
  } = Ce();
  let F = null, N = !1, G = null;
  function g(p) {
    var T;
    const M = ye(n) === "target", z = hr(p), O = Zr(p.target), V = p.currentTarget;
    if (V && (z && p.button === 0 || !z)) {
      let j = function(re) {
        $ = st(re, _e), Z = jh(
          Pn($, D.value, !1, [1, 1]),
          c.value,
          X.value,
          P
        ), _ || (S(), _ = !0);
        const fe = as(
          re,
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
          Y.value,
          B.value,
          b,
          X.value
        );
        G = fe.handleDomNode, F = fe.connection, N = Jh(!!Z, fe.isValid);
        const ve = {
          // from stays the same
          ...ue,
          isValid: N,
          to: fe.toHandle && N ? Dn({ x: fe.toHandle.x, y: fe.toHandle.y }, D.value) : $,
          toHandle: fe.toHandle,
          toPosition: N && fe.toHandle ? fe.toHandle.position : Li[P.position],
          toNode: fe.toHandle ? X.value.get(fe.toHandle.nodeId) : null
        };
        if (N && Z && ue?.toHandle && ve.toHandle && ue.toHandle.type === ve.toHandle.type && ue.toHandle.nodeId === ve.toHandle.nodeId && ue.toHandle.id === ve.toHandle.id && ue.to.x === ve.to.x && ue.to.y === ve.to.y)
          return;
        const Ee = Z ?? fe.toHandle;
        if (v(
          Ee && N ? Dn(
            {
              x: Ee.x,
              y: Ee.y
            },
            D.value
          ) : $,
          Ee,
          Qh(!!Ee, N)
        ), ue = ve, !Z && !N && !G)
          return hi(ge);
        F && F.source !== F.target && G && (hi(ge), ge = G, G.classList.add("connecting", "vue-flow__handle-connecting"), G.classList.toggle("valid", !!N), G.classList.toggle("vue-flow__handle-valid", !!N));
      }, oe = function(re) {
        "touches" in re && re.touches.length > 0 || ((Z || G) && F && N && (r ? r(re, F) : R.connect(F)), R.connectEnd(re), i && s?.(re), hi(ge), cancelAnimationFrame(J), x(re), _ = !1, N = !1, F = null, G = null, O.removeEventListener("mousemove", j), O.removeEventListener("mouseup", oe), O.removeEventListener("touchmove", j), O.removeEventListener("touchend", oe));
      };
      const ie = b(ye(t));
      let q = ye(o) || U.value || to;
      !q && ie && (q = (M ? ie.isValidSourcePos : ie.isValidTargetPos) || to);
      let Z, J = 0;
      const { x: he, y: we } = st(p), pe = tl(ye(i), V), _e = (T = u.value) == null ? void 0 : T.getBoundingClientRect();
      if (!_e || !pe)
        return;
      const de = nl(ye(t), pe, ye(e), X.value, l.value);
      if (!de)
        return;
      let ge, $ = st(p, _e), _ = !1;
      const S = () => {
        if (!m.value)
          return;
        const [re, fe] = Ja($, _e, w.value);
        y({ x: re, y: fe }), J = requestAnimationFrame(S);
      }, P = {
        ...de,
        nodeId: ye(t),
        type: pe,
        position: de.position
      }, I = X.value.get(ye(t)), te = {
        inProgress: !0,
        isValid: null,
        from: on(I, P, se.Left, !0),
        fromHandle: P,
        fromPosition: P.position,
        fromNode: I,
        to: $,
        toHandle: null,
        toPosition: Li[P.position],
        toNode: null
      };
      E(
        {
          nodeId: ye(t),
          id: ye(e),
          type: pe,
          position: V?.getAttribute("data-handlepos") || se.Top,
          ...$
        },
        {
          x: he - _e.left,
          y: we - _e.top
        }
      ), R.connectStart({ event: p, nodeId: ye(t), handleId: ye(e), handleType: pe });
      let ue = te;
      O.addEventListener("mousemove", j), O.addEventListener("mouseup", oe), O.addEventListener("touchmove", j), O.addEventListener("touchend", oe);
    }
  }
  function k(p) {
    var T, M;
    if (!d.value)
      return;
    const z = ye(n) === "target";
    if (!f.value) {
      R.clickConnectStart({ event: p, nodeId: ye(t), handleId: ye(e) }), E(
        {
          nodeId: ye(t),
          type: ye(n),
          id: ye(e),
          position: se.Top,
          ...st(p)
        },
        void 0,
        !0
      );
      return;
    }
    let O = ye(o) || U.value || to;
    const V = b(ye(t));
    if (!O && V && (O = (z ? V.isValidSourcePos : V.isValidTargetPos) || to), V && (typeof V.connectable > "u" ? h.value : V.connectable) === !1)
      return;
    const j = Zr(p.target), oe = as(
      p,
      {
        handle: {
          nodeId: ye(t),
          id: ye(e),
          type: ye(n),
          position: se.Top,
          ...st(p)
        },
        connectionMode: l.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: O,
        doc: j,
        lib: "vue",
        flowId: a,
        nodeLookup: X.value
      },
      Y.value,
      B.value,
      b,
      X.value
    ), ie = ((T = oe.connection) == null ? void 0 : T.source) === ((M = oe.connection) == null ? void 0 : M.target);
    oe.isValid && oe.connection && !ie && R.connect(oe.connection), R.clickConnectEnd(p), x(p, !0);
  }
  return {
    handlePointerDown: g,
    handleClick: k
  };
}
function lg() {
  return Ot(il, "");
}
function ll(e) {
  const t = e ?? lg() ?? "", n = Ot(rl, Ie(null)), { findNode: o, edges: i, emits: r } = Ce(), s = o(t);
  return s || r.error(new Be(ze.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: ae(() => o(s.parentNode)),
    connectedEdges: ae(() => At([s], i.value))
  };
}
function ug() {
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
function cg(e, t) {
  const n = ug();
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
        const y = { x: b.computedPosition.x + h, y: b.computedPosition.y + m }, { position: E } = fr(
          b,
          y,
          a.error,
          t.value,
          b.parentNode ? o(b.parentNode) : void 0
        );
        w.push({
          id: b.id,
          position: E,
          from: b.position,
          distance: { x: u.x, y: u.y },
          dimensions: b.dimensions
        });
      }
    n(w, !0, !1);
  };
}
const no = 0.1, dg = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function Et() {
  return Xn("Viewport not initialized yet."), Promise.resolve(!1);
}
const fg = {
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
function hg(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? kn : ho).scaleBy(
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
      const { x: l, y: c } = Ga({ x: -o, y: -i }, e.translateExtent), d = nn.translate(-l, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (u = e.d3Zoom) == null || u.interpolate(s?.interpolate === "linear" ? kn : ho).transform(
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
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? kn : ho).scaleTo(
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
      padding: no,
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
        i.padding ?? no
      );
      return n(l, c, d, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof s?.zoom < "u" ? s.zoom : e.maxZoom, u = e.dimensions.width / 2 - i * a, l = e.dimensions.height / 2 - r * a;
      return n(u, l, a, s);
    },
    fitBounds: (i, r = { padding: no }) => {
      const { x: s, y: a, zoom: u } = jr(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? no
      );
      return n(s, a, u, r);
    },
    project: (i) => Pn(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - r,
          y: i.y - s
        };
        return Pn(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x + r,
          y: i.y + s
        };
        return Dn(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : fg);
}
function vi(e, t = 0, n = dg, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function gg(e, t, n) {
  const o = la(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let w, b, y = !!(n.nodes.value.length || n.edges.value.length);
        w = Wt([e.modelValue, () => {
          var E, v;
          return (v = (E = e.modelValue) == null ? void 0 : E.value) == null ? void 0 : v.length;
        }], ([E]) => {
          E && Array.isArray(E) && (b?.pause(), n.setElements(E), !b && !y && E.length ? y = !0 : b?.resume());
        }), b = Wt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([E, v]) => {
            var x;
            (x = e.modelValue) != null && x.value && Array.isArray(e.modelValue.value) && (w?.pause(), e.modelValue.value = [...E, ...v], Ge(() => {
              w?.resume();
            }));
          },
          { immediate: y }
        ), co(() => {
          w?.stop(), b?.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let w, b, y = !!n.nodes.value.length;
        w = Wt([e.nodes, () => {
          var E, v;
          return (v = (E = e.nodes) == null ? void 0 : E.value) == null ? void 0 : v.length;
        }], ([E]) => {
          E && Array.isArray(E) && (b?.pause(), n.setNodes(E), !b && !y && E.length ? y = !0 : b?.resume());
        }), b = Wt(
          [n.nodes, () => n.nodes.value.length],
          ([E]) => {
            var v;
            (v = e.nodes) != null && v.value && Array.isArray(e.nodes.value) && (w?.pause(), e.nodes.value = [...E], Ge(() => {
              w?.resume();
            }));
          },
          { immediate: y }
        ), co(() => {
          w?.stop(), b?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let w, b, y = !!n.edges.value.length;
        w = Wt([e.edges, () => {
          var E, v;
          return (v = (E = e.edges) == null ? void 0 : E.value) == null ? void 0 : v.length;
        }], ([E]) => {
          E && Array.isArray(E) && (b?.pause(), n.setEdges(E), !b && !y && E.length ? y = !0 : b?.resume());
        }), b = Wt(
          [n.edges, () => n.edges.value.length],
          ([E]) => {
            var v;
            (v = e.edges) != null && v.value && Array.isArray(e.edges.value) && (w?.pause(), e.edges.value = [...E], Ge(() => {
              w?.resume();
            }));
          },
          { immediate: y }
        ), co(() => {
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
          (b, y, E) => {
            b ? n.onConnect(w) : n.hooks.value.connect.off(w), E(() => {
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
          const E = xe(() => t[y]), v = n[y];
          tr(v) && o.run(() => {
            $e(
              E,
              (x) => {
                Ae(x) && (v.value = x);
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
function pg() {
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
    error: ne((e) => Xn(e.message))
  };
}
function vg(e, t) {
  const n = un();
  Eu(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), Cn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), Cn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = mg(i);
    return !!((r = n?.vnode.props) == null ? void 0 : r[s]);
  }
}
function mg(e) {
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
    multiSelectionKeyCode: zn() ? "Meta" : "Control",
    zoomActivationKeyCode: zn() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: pg(),
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
const yg = [
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
function wg(e, t, n) {
  const o = hg(e), i = ($) => {
    const _ = $ ?? [];
    e.hooks.updateNodeInternals.trigger(_);
  }, r = ($) => Ph($, e.nodes, e.edges), s = ($) => Dh($, e.nodes, e.edges), a = ($) => At($, e.edges), u = ({ id: $, type: _, nodeId: S }) => {
    var P;
    const I = $ ? `-${_}-${$}` : `-${_}`;
    return Array.from(((P = e.connectionLookup.get(`${S}${I}`)) == null ? void 0 : P.values()) ?? []);
  }, l = ($) => {
    if ($)
      return t.value.get($);
  }, c = ($) => {
    if ($)
      return n.value.get($);
  }, d = ($, _, S) => {
    var P, I;
    const ee = [];
    for (const te of $) {
      const ue = {
        id: te.id,
        type: "position",
        dragging: S,
        from: te.from
      };
      if (_ && (ue.position = te.position, te.parentNode)) {
        const re = l(te.parentNode);
        ue.position = {
          x: ue.position.x - (((P = re?.computedPosition) == null ? void 0 : P.x) ?? 0),
          y: ue.position.y - (((I = re?.computedPosition) == null ? void 0 : I.y) ?? 0)
        };
      }
      ee.push(ue);
    }
    ee?.length && e.hooks.nodesChange.trigger(ee);
  }, f = ($) => {
    if (!e.vueFlowRef)
      return;
    const _ = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!_)
      return;
    const S = window.getComputedStyle(_), { m22: P } = new window.DOMMatrixReadOnly(S.transform), I = [];
    for (const ee of $) {
      const te = ee, ue = l(te.id);
      if (ue) {
        const re = Uo(te.nodeElement);
        if (!!(re.width && re.height && (ue.dimensions.width !== re.width || ue.dimensions.height !== re.height || te.forceUpdate))) {
          const ve = te.nodeElement.getBoundingClientRect();
          ue.dimensions = re, ue.handleBounds.source = ls("source", te.nodeElement, ve, P, ue.id), ue.handleBounds.target = ls("target", te.nodeElement, ve, P, ue.id), I.push({
            id: ue.id,
            type: "dimensions",
            dimensions: re
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), I.length && e.hooks.nodesChange.trigger(I);
  }, h = ($, _) => {
    const S = /* @__PURE__ */ new Set(), P = /* @__PURE__ */ new Set();
    for (const te of $)
      Lt(te) ? S.add(te.id) : Tt(te) && P.add(te.id);
    const I = kt(t.value, S, !0), ee = kt(n.value, P);
    if (e.multiSelectionActive) {
      for (const te of S)
        I.push(xt(te, _));
      for (const te of P)
        ee.push(xt(te, _));
    }
    I.length && e.hooks.nodesChange.trigger(I), ee.length && e.hooks.edgesChange.trigger(ee);
  }, m = ($) => {
    if (e.multiSelectionActive) {
      const _ = $.map((S) => xt(S.id, !0));
      e.hooks.nodesChange.trigger(_);
      return;
    }
    e.hooks.nodesChange.trigger(kt(t.value, new Set($.map((_) => _.id)), !0)), e.hooks.edgesChange.trigger(kt(n.value));
  }, w = ($) => {
    if (e.multiSelectionActive) {
      const _ = $.map((S) => xt(S.id, !0));
      e.hooks.edgesChange.trigger(_);
      return;
    }
    e.hooks.edgesChange.trigger(kt(n.value, new Set($.map((_) => _.id)))), e.hooks.nodesChange.trigger(kt(t.value, /* @__PURE__ */ new Set(), !0));
  }, b = ($) => {
    h($, !0);
  }, y = ($) => {
    const S = ($ || e.nodes).map((P) => (P.selected = !1, xt(P.id, !1)));
    e.hooks.nodesChange.trigger(S);
  }, E = ($) => {
    const S = ($ || e.edges).map((P) => (P.selected = !1, xt(P.id, !1)));
    e.hooks.edgesChange.trigger(S);
  }, v = ($) => {
    if (!$ || !$.length)
      return h([], !1);
    const _ = $.reduce(
      (S, P) => {
        const I = xt(P.id, !1);
        return Lt(P) ? S.nodes.push(I) : S.edges.push(I), S;
      },
      { nodes: [], edges: [] }
    );
    _.nodes.length && e.hooks.nodesChange.trigger(_.nodes), _.edges.length && e.hooks.edgesChange.trigger(_.edges);
  }, x = ($) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([$, e.maxZoom]), e.minZoom = $;
  }, R = ($) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([e.minZoom, $]), e.maxZoom = $;
  }, D = ($) => {
    var _;
    (_ = e.d3Zoom) == null || _.translateExtent($), e.translateExtent = $;
  }, Y = ($) => {
    e.nodeExtent = $, i();
  }, B = ($) => {
    var _;
    (_ = e.d3Zoom) == null || _.clickDistance($);
  }, U = ($) => {
    e.nodesDraggable = $, e.nodesConnectable = $, e.elementsSelectable = $;
  }, X = ($) => {
    const _ = $ instanceof Function ? $(e.nodes) : $;
    !e.initialized && !_.length || (e.nodes = us(_, l, e.hooks.error.trigger));
  }, F = ($) => {
    const _ = $ instanceof Function ? $(e.edges) : $;
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
  }, N = ($) => {
    const _ = $ instanceof Function ? $([...e.nodes, ...e.edges]) : $;
    !e.initialized && !_.length || (X(_.filter(Lt)), F(_.filter(Tt)));
  }, G = ($) => {
    let _ = $ instanceof Function ? $(e.nodes) : $;
    _ = Array.isArray(_) ? _ : [_];
    const S = us(_, l, e.hooks.error.trigger), P = [];
    for (const I of S)
      P.push(es(I));
    P.length && e.hooks.nodesChange.trigger(P);
  }, g = ($) => {
    let _ = $ instanceof Function ? $(e.edges) : $;
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
    for (const I of S)
      P.push(es(I));
    P.length && e.hooks.edgesChange.trigger(P);
  }, k = ($, _ = !0, S = !1) => {
    const P = $ instanceof Function ? $(e.nodes) : $, I = Array.isArray(P) ? P : [P], ee = [], te = [];
    function ue(fe) {
      const ve = a(fe);
      for (const Ee of ve)
        (!Ae(Ee.deletable) || Ee.deletable) && te.push(ns(Ee.id, Ee.source, Ee.target, Ee.sourceHandle, Ee.targetHandle));
    }
    function re(fe) {
      const ve = [];
      for (const Ee of e.nodes)
        Ee.parentNode === fe && ve.push(Ee);
      if (ve.length) {
        for (const Ee of ve)
          ee.push(ts(Ee.id));
        _ && ue(ve);
        for (const Ee of ve)
          re(Ee.id);
      }
    }
    for (const fe of I) {
      const ve = typeof fe == "string" ? l(fe) : fe;
      ve && (Ae(ve.deletable) && !ve.deletable || (ee.push(ts(ve.id)), _ && ue([ve]), S && re(ve.id)));
    }
    te.length && e.hooks.edgesChange.trigger(te), ee.length && e.hooks.nodesChange.trigger(ee);
  }, p = ($) => {
    const _ = $ instanceof Function ? $(e.edges) : $, S = Array.isArray(_) ? _ : [_], P = [];
    for (const I of S) {
      const ee = typeof I == "string" ? c(I) : I;
      ee && (Ae(ee.deletable) && !ee.deletable || P.push(
        ns(
          typeof I == "string" ? I : I.id,
          ee.source,
          ee.target,
          ee.sourceHandle,
          ee.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(P);
  }, T = ($, _, S = !0) => {
    const P = c($.id);
    if (!P)
      return !1;
    const I = e.edges.indexOf(P), ee = ng($, _, P, S, e.hooks.error.trigger);
    if (ee) {
      const [te] = pi(
        [ee],
        e.isValidConnection,
        l,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((ue, re) => re === I ? te : ue), gi(e.connectionLookup, n.value, [te]), te;
    }
    return !1;
  }, M = ($, _, S = { replace: !1 }) => {
    const P = c($);
    if (!P)
      return;
    const I = typeof _ == "function" ? _(P) : _;
    P.data = S.replace ? I : { ...P.data, ...I };
  }, z = ($) => Jr($, e.nodes), O = ($) => {
    const _ = Jr($, e.edges);
    return gi(e.connectionLookup, n.value, _), _;
  }, V = ($, _, S = { replace: !1 }) => {
    const P = l($);
    if (!P)
      return;
    const I = typeof _ == "function" ? _(P) : _;
    S.replace ? e.nodes.splice(e.nodes.indexOf(P), 1, I) : Object.assign(P, I);
  }, j = ($, _, S = { replace: !1 }) => {
    const P = l($);
    if (!P)
      return;
    const I = typeof _ == "function" ? _(P) : _;
    P.data = S.replace ? I : { ...P.data, ...I };
  }, oe = ($, _, S = !1) => {
    S ? e.connectionClickStartHandle = $ : e.connectionStartHandle = $, e.connectionEndHandle = null, e.connectionStatus = null, _ && (e.connectionPosition = _);
  }, ie = ($, _ = null, S = null) => {
    e.connectionStartHandle && (e.connectionPosition = $, e.connectionEndHandle = _, e.connectionStatus = S);
  }, q = ($, _) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, _ ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, Z = ($) => {
    const _ = Th($), S = _ ? null : yn($) ? $ : l($.id);
    return !_ && !S ? [null, null, _] : [_ ? $ : Io(S), S, _];
  }, J = ($, _ = !0, S = e.nodes) => {
    const [P, I, ee] = Z($);
    if (!P)
      return [];
    const te = [];
    for (const ue of S || e.nodes) {
      if (!ee && (ue.id === I.id || !ue.computedPosition))
        continue;
      const re = Io(ue), fe = To(re, P);
      (_ && fe > 0 || fe >= re.width * re.height || fe >= Number(P.width) * Number(P.height)) && te.push(ue);
    }
    return te;
  }, he = ($, _, S = !0) => {
    const [P] = Z($);
    if (!P)
      return !1;
    const I = To(P, _);
    return S && I > 0 || I >= Number(P.width) * Number(P.height);
  }, we = ($) => {
    const { viewport: _, dimensions: S, d3Zoom: P, d3Selection: I, translateExtent: ee } = e;
    if (!P || !I || !$.x && !$.y)
      return !1;
    const te = nn.translate(_.x + $.x, _.y + $.y).scale(_.zoom), ue = [
      [0, 0],
      [S.width, S.height]
    ], re = P.constrain()(te, ue, ee), fe = e.viewport.x !== re.x || e.viewport.y !== re.y || e.viewport.zoom !== re.k;
    return P.transform(I, re), fe;
  }, pe = ($) => {
    const _ = $ instanceof Function ? $(e) : $, S = [
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
    const I = () => {
      Ae(_.maxZoom) && R(_.maxZoom), Ae(_.minZoom) && x(_.minZoom), Ae(_.translateExtent) && D(_.translateExtent);
    };
    for (const ee of Object.keys(_)) {
      const te = ee, ue = _[te];
      ![...yg, ...S].includes(te) && Ae(ue) && (e[te] = ue);
    }
    Mi(() => e.d3Zoom).not.toBeNull().then(I), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: N,
    setNodes: X,
    setEdges: F,
    addNodes: G,
    addEdges: g,
    removeNodes: k,
    removeEdges: p,
    findNode: l,
    findEdge: c,
    updateEdge: T,
    updateEdgeData: M,
    updateNode: V,
    updateNodeData: j,
    applyEdgeChanges: O,
    applyNodeChanges: z,
    addSelectedElements: b,
    addSelectedNodes: m,
    addSelectedEdges: w,
    setMinZoom: x,
    setMaxZoom: R,
    setTranslateExtent: D,
    setNodeExtent: Y,
    setPaneClickDistance: B,
    removeSelectedElements: v,
    removeSelectedNodes: y,
    removeSelectedEdges: E,
    startConnection: oe,
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
    fitView: ($) => o.value.fitView($),
    zoomIn: ($) => o.value.zoomIn($),
    zoomOut: ($) => o.value.zoomOut($),
    zoomTo: ($, _) => o.value.zoomTo($, _),
    setViewport: ($, _) => o.value.setViewport($, _),
    setTransform: ($, _) => o.value.setTransform($, _),
    getViewport: () => o.value.getViewport(),
    getTransform: () => o.value.getTransform(),
    setCenter: ($, _, S) => o.value.setCenter($, _, S),
    fitBounds: ($, _) => o.value.fitBounds($, _),
    project: ($) => o.value.project($),
    screenToFlowCoordinate: ($) => o.value.screenToFlowCoordinate($),
    flowToScreenCoordinate: ($) => o.value.flowToScreenCoordinate($),
    toObject: () => {
      const $ = [], _ = [];
      for (const S of e.nodes) {
        const {
          computedPosition: P,
          handleBounds: I,
          selected: ee,
          dimensions: te,
          isParent: ue,
          resizing: re,
          dragging: fe,
          events: ve,
          ...Ee
        } = S;
        $.push(Ee);
      }
      for (const S of e.edges) {
        const { selected: P, sourceNode: I, targetNode: ee, events: te, ...ue } = S;
        _.push(ue);
      }
      return JSON.parse(
        JSON.stringify({
          nodes: $,
          edges: _,
          position: [e.viewport.x, e.viewport.y],
          zoom: e.viewport.zoom,
          viewport: e.viewport
        })
      );
    },
    fromObject: ($) => new Promise((_) => {
      const { nodes: S, edges: P, position: I, zoom: ee, viewport: te } = $;
      S && X(S), P && F(P);
      const [ue, re] = te?.x && te?.y ? [te.x, te.y] : I ?? [null, null];
      if (ue && re) {
        const fe = te?.zoom || ee || e.viewport.zoom;
        return Mi(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: ue,
            y: re,
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
      const $ = cl();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const _ = nn.translate($.defaultViewport.x ?? 0, $.defaultViewport.y ?? 0).scale(Gt($.defaultViewport.zoom ?? 1, $.minZoom, $.maxZoom)), S = e.viewportRef.getBoundingClientRect(), P = [
          [0, 0],
          [S.width, S.height]
        ], I = e.d3Zoom.constrain()(_, P, $.translateExtent);
        e.d3Zoom.transform(e.d3Selection, I);
      }
      pe($);
    },
    $destroy: () => {
    }
  };
}
const _g = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], bg = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, rn = /* @__PURE__ */ Se({
  ...bg,
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
    const n = bu(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = xe(() => n.type ?? "source"), i = xe(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: u,
      vueFlowRef: l,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Ce(), { id: h, node: m, nodeEl: w, connectedEdges: b } = ll(), y = Ie(), E = xe(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), v = xe(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), x = xe(
      () => {
        var F, N, G, g, k, p;
        return ((F = s.value) == null ? void 0 : F.nodeId) === h && ((N = s.value) == null ? void 0 : N.id) === e.id && ((G = s.value) == null ? void 0 : G.type) === o.value || ((g = u.value) == null ? void 0 : g.nodeId) === h && ((k = u.value) == null ? void 0 : k.id) === e.id && ((p = u.value) == null ? void 0 : p.type) === o.value;
      }
    ), R = xe(
      () => {
        var F, N, G;
        return ((F = a.value) == null ? void 0 : F.nodeId) === h && ((N = a.value) == null ? void 0 : N.id) === e.id && ((G = a.value) == null ? void 0 : G.type) === o.value;
      }
    ), { handlePointerDown: D, handleClick: Y } = al({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), B = ae(() => typeof e.connectable == "string" && e.connectable === "single" ? !b.value.some((F) => {
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
      const G = l.value.querySelector(".vue-flow__transformationpane");
      if (!w.value || !y.value || !G || !e.id)
        return;
      const g = w.value.getBoundingClientRect(), k = y.value.getBoundingClientRect(), p = window.getComputedStyle(G), { m22: T } = new window.DOMMatrixReadOnly(p.transform), M = {
        id: e.id,
        position: e.position,
        x: (k.left - g.left) / T,
        y: (k.top - g.top) / T,
        type: o.value,
        nodeId: h,
        ...Uo(y.value)
      };
      m.handleBounds[o.value] = [...m.handleBounds[o.value] ?? [], M];
    });
    function U(F) {
      const N = hr(F);
      B.value && E.value && (N && F.button === 0 || !N) && D(F);
    }
    function X(F) {
      !h || !a.value && !E.value || B.value && Y(F);
    }
    return t({
      handleClick: Y,
      handlePointerDown: D,
      onClick: X,
      onPointerDown: U
    }), (F, N) => (Q(), le("div", {
      ref_key: "handle",
      ref: y,
      "data-id": `${W(r)}-${W(h)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": W(h),
      "data-handlepos": F.position,
      class: Ue(["vue-flow__handle", [
        `vue-flow__handle-${F.position}`,
        `vue-flow__handle-${e.id}`,
        W(d),
        W(f),
        o.value,
        {
          connectable: B.value,
          connecting: R.value,
          connectablestart: E.value,
          connectableend: v.value,
          connectionindicator: B.value && (E.value && !x.value || v.value && x.value)
        }
      ]]),
      onMousedown: U,
      onTouchstartPassive: U,
      onClick: X
    }, [
      Te(F.$slots, "default", { id: F.id })
    ], 42, _g));
  }
}), Ko = function({
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
    Ne(rn, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Ne(a) : Ne(He, [a]),
    Ne(rn, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Ko.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Ko.inheritAttrs = !1;
Ko.compatConfig = { MODE: 3 };
const Eg = Ko, Zo = function({
  targetPosition: e = se.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Ne(rn, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Ne(r) : Ne(He, [r])
  ];
};
Zo.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Zo.inheritAttrs = !1;
Zo.compatConfig = { MODE: 3 };
const xg = Zo, jo = function({
  sourcePosition: e = se.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Ne(r) : Ne(He, [r]),
    Ne(rn, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
jo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
jo.inheritAttrs = !1;
jo.compatConfig = { MODE: 3 };
const $g = jo, kg = ["transform"], Ng = ["width", "height", "x", "y", "rx", "ry"], Sg = ["y"], Cg = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Mg = /* @__PURE__ */ Se({
  ...Cg,
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
      }, null, 12, Ng)) : ke("", !0),
      be("text", bo(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Te(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (Q(), Re(Dt(r.label), { key: 0 })) : (Q(), le(He, { key: 1 }, [
            Si(Pe(r.label), 1)
          ], 64))
        ])
      ], 16, Sg)
    ], 8, kg));
  }
}), Ig = ["id", "d", "marker-end", "marker-start"], Tg = ["d", "stroke-width"], Og = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, Qo = /* @__PURE__ */ Se({
  ...Og,
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
      be("path", bo(W(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Ig),
      s.interactionWidth ? (Q(), le("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Tg)) : ke("", !0),
      s.label && s.labelX && s.labelY ? (Q(), Re(Mg, {
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
function oo(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function hs({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case se.Left:
      s = t - oo(t - o, r), a = n;
      break;
    case se.Right:
      s = t + oo(o - t, r), a = n;
      break;
    case se.Top:
      s = t, a = n - oo(n - i, r);
      break;
    case se.Bottom:
      s = t, a = n + oo(i - n, r);
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
function Dg({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n
}) {
  return t === se.Left || t === se.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function vs(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Pg({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n,
  targetPosition: o = se.Top,
  center: i,
  offset: r
}) {
  const s = ps[t], a = ps[o], u = { x: e.x + s.x * r, y: e.y + s.y * r }, l = { x: n.x + a.x * r, y: n.y + a.y * r }, c = Dg({
    source: u,
    sourcePosition: t,
    target: l
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let h, m, w;
  const b = { x: 0, y: 0 }, y = { x: 0, y: 0 }, [E, v, x, R] = dl({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    m = i.x ?? E, w = i.y ?? v;
    const Y = [
      { x: m, y: u.y },
      { x: m, y: l.y }
    ], B = [
      { x: u.x, y: w },
      { x: l.x, y: w }
    ];
    s[d] === f ? h = d === "x" ? Y : B : h = d === "x" ? B : Y;
  } else {
    const Y = [{ x: u.x, y: l.y }], B = [{ x: l.x, y: u.y }];
    if (d === "x" ? h = s.x === f ? B : Y : h = s.y === f ? Y : B, t === o) {
      const G = Math.abs(e[d] - n[d]);
      if (G <= r) {
        const g = Math.min(r - 1, r - G);
        s[d] === f ? b[d] = (u[d] > e[d] ? -1 : 1) * g : y[d] = (l[d] > n[d] ? -1 : 1) * g;
      }
    }
    if (t !== o) {
      const G = d === "x" ? "y" : "x", g = s[d] === a[G], k = u[G] > l[G], p = u[G] < l[G];
      (s[d] === 1 && (!g && k || g && p) || s[d] !== 1 && (!g && p || g && k)) && (h = d === "x" ? Y : B);
    }
    const U = { x: u.x + b.x, y: u.y + b.y }, X = { x: l.x + y.x, y: l.y + y.y }, F = Math.max(Math.abs(U.x - h[0].x), Math.abs(X.x - h[0].x)), N = Math.max(Math.abs(U.y - h[0].y), Math.abs(X.y - h[0].y));
    F >= N ? (m = (U.x + X.x) / 2, w = h[0].y) : (m = h[0].x, w = (U.y + X.y) / 2);
  }
  return [[
    e,
    { x: u.x + b.x, y: u.y + b.y },
    ...h,
    { x: l.x + y.x, y: l.y + y.y },
    n
  ], m, w, x, R];
}
function Ag(e, t, n, o) {
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
  } = e, [d, f, h, m, w] = Pg({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: u, y: l },
    offset: c
  });
  return [d.reduce((y, E, v) => {
    let x;
    return v > 0 && v < d.length - 1 ? x = Ag(d[v - 1], E, d[v + 1], a) : x = `${v === 0 ? "M" : "L"}${E.x} ${E.y}`, y += x, y;
  }, ""), f, h, m, w];
}
function zg(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, u] = dl({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, u];
}
const Rg = Se({
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
      const [n, o, i] = zg(e);
      return Ne(Qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Bg = Rg, Vg = Se({
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
      return Ne(Qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), pl = Vg, Lg = Se({
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
}), Hg = Lg, Fg = Se({
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
      return Ne(Qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Yg = Fg, Xg = Se({
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
      return Ne(Qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Gg = Xg, Ug = {
  input: $g,
  default: Eg,
  output: xg
}, qg = {
  default: Yg,
  straight: Bg,
  step: Hg,
  smoothstep: pl,
  simplebezier: Gg
};
function Wg(e, t, n) {
  const o = ae(() => (w) => t.value.get(w)), i = ae(() => (w) => n.value.get(w)), r = ae(() => {
    const w = {
      ...qg,
      ...e.edgeTypes
    }, b = Object.keys(w);
    for (const y of e.edges)
      y.type && !b.includes(y.type) && (w[y.type] = y.type);
    return w;
  }), s = ae(() => {
    const w = {
      ...Ug,
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
        const y = t.value.get(b.source), E = t.value.get(b.target);
        Xh({
          sourcePos: y.computedPosition || { x: 0, y: 0 },
          targetPos: E.computedPosition || { x: 0, y: 0 },
          sourceWidth: y.dimensions.width,
          sourceHeight: y.dimensions.height,
          targetWidth: E.dimensions.width,
          targetHeight: E.dimensions.height,
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
class zt {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = un()) == null ? void 0 : t.appContext.app, o = n?.config.globalProperties.$vueFlowStorage ?? zt.instance;
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
    }), l = Wg(i, a, u), c = wg(i, a, u);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...l,
      ...c,
      ...Vu(i),
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
  const t = zt.getInstance(), n = aa(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? n?.vueFlowId;
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
      ), Cn(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : Xn(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (Mt(fs, a), n.vueFlowId = a.id), o) {
    const u = un();
    u?.type.name !== "VueFlow" && a.emits.error(new Be(ze.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function Kg(e) {
  const { emits: t, dimensions: n } = Ce();
  let o;
  _t(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = Uo(e.value);
      (a.width === 0 || a.height === 0) && t.error(new Be(ze.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), er(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Zg = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, jg = /* @__PURE__ */ Se({
  ...Zg,
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
}), Qg = ["tabIndex"], Jg = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, ep = /* @__PURE__ */ Se({
  ...Jg,
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
      r.value || Qt[m.key] && (m.preventDefault(), a(
        {
          x: Qt[m.key].x,
          y: Qt[m.key].y
        },
        m.shiftKey
      ));
    }
    return (m, w) => !W(s) && c.value.width && c.value.height ? (Q(), le("div", {
      key: 0,
      class: Ue(["vue-flow__nodesselection vue-flow__container", W(i)]),
      style: De({ transform: `translate(${W(n).x}px,${W(n).y}px) scale(${W(n).zoom})` })
    }, [
      be("div", {
        ref_key: "el",
        ref: u,
        class: Ue([{ dragging: W(l) }, "vue-flow__nodesselection-rect"]),
        style: De(d.value),
        tabIndex: W(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: h
      }, null, 46, Qg)
    ], 6)) : ke("", !0);
  }
});
function tp(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const np = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, op = /* @__PURE__ */ Se({
  ...np,
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
      edgeLookup: E,
      nodeLookup: v,
      connectionLookup: x,
      defaultEdgeOptions: R,
      connectionStartHandle: D,
      panOnDrag: Y
    } = Ce(), B = Ct(null), U = Ct(/* @__PURE__ */ new Set()), X = Ct(/* @__PURE__ */ new Set()), F = Ct(null), N = xe(() => u.value && (e.isSelecting || r.value)), G = xe(() => D.value !== null);
    let g = !1, k = !1;
    const p = Sn(w, { actInsideInputWithModifier: !1 }), T = Sn(b);
    $e(p, (q) => {
      q && (f(d.value), h(c.value), l.value = !1);
    }), $e(T, (q) => {
      y.value = q;
    });
    function M(q, Z) {
      return (J) => {
        J.target === Z && q?.(J);
      };
    }
    function z(q) {
      if (g || G.value) {
        g = !1;
        return;
      }
      i.paneClick(q), s(), l.value = !1;
    }
    function O(q) {
      var Z;
      if (Array.isArray(Y.value) && ((Z = Y.value) != null && Z.includes(2))) {
        q.preventDefault();
        return;
      }
      i.paneContextMenu(q);
    }
    function V(q) {
      i.paneScroll(q);
    }
    function j(q) {
      var Z, J, he;
      if (F.value = ((Z = t.value) == null ? void 0 : Z.getBoundingClientRect()) ?? null, !u.value || !e.isSelecting || q.button !== 0 || q.target !== B.value || !F.value)
        return;
      (he = (J = q.target) == null ? void 0 : J.setPointerCapture) == null || he.call(J, q.pointerId);
      const { x: we, y: pe } = tp(q, F.value);
      k = !0, g = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: we,
        startY: pe,
        x: we,
        y: pe
      }, i.selectionStart(q);
    }
    function oe(q) {
      var Z;
      if (!F.value || !a.value)
        return;
      g = !0;
      const { x: J, y: he } = st(q, F.value), { startX: we = 0, startY: pe = 0 } = a.value, _e = {
        startX: we,
        startY: pe,
        x: J < we ? J : we,
        y: he < pe ? he : pe,
        width: Math.abs(J - we),
        height: Math.abs(he - pe)
      }, de = U.value, ge = X.value;
      U.value = new Set(
        ja(n.value, _e, o.value, m.value === cr.Partial, !0).map(
          (_) => _.id
        )
      ), X.value = /* @__PURE__ */ new Set();
      const $ = ((Z = R.value) == null ? void 0 : Z.selectable) ?? !0;
      for (const _ of U.value) {
        const S = x.value.get(_);
        if (S)
          for (const { edgeId: P } of S.values()) {
            const I = E.value.get(P);
            I && (I.selectable ?? $) && X.value.add(P);
          }
      }
      if (!ds(de, U.value)) {
        const _ = kt(v.value, U.value, !0);
        i.nodesChange(_);
      }
      if (!ds(ge, X.value)) {
        const _ = kt(E.value, X.value);
        i.edgesChange(_);
      }
      a.value = _e, r.value = !0, l.value = !1;
    }
    function ie(q) {
      var Z;
      q.button !== 0 || !k || ((Z = q.target) == null || Z.releasePointerCapture(q.pointerId), !r.value && a.value && q.target === B.value && z(q), r.value = !1, a.value = null, l.value = U.value.size > 0, i.selectionEnd(q), e.selectionKeyPressed && (g = !1), k = !1);
    }
    return (q, Z) => (Q(), le("div", {
      ref_key: "container",
      ref: B,
      class: Ue(["vue-flow__pane vue-flow__container", { selection: q.isSelecting }]),
      onClick: Z[0] || (Z[0] = (J) => N.value ? void 0 : M(z, B.value)(J)),
      onContextmenu: Z[1] || (Z[1] = (J) => M(O, B.value)(J)),
      onWheelPassive: Z[2] || (Z[2] = (J) => M(V, B.value)(J)),
      onPointerenter: Z[3] || (Z[3] = (J) => N.value ? void 0 : W(i).paneMouseEnter(J)),
      onPointerdown: Z[4] || (Z[4] = (J) => N.value ? j(J) : W(i).paneMouseMove(J)),
      onPointermove: Z[5] || (Z[5] = (J) => N.value ? oe(J) : W(i).paneMouseMove(J)),
      onPointerup: Z[6] || (Z[6] = (J) => N.value ? ie(J) : void 0),
      onPointerleave: Z[7] || (Z[7] = (J) => W(i).paneMouseLeave(J))
    }, [
      Te(q.$slots, "default"),
      W(r) && W(a) ? (Q(), Re(jg, {
        key: 0,
        "user-selection-rect": W(a)
      }, null, 8, ["user-selection-rect"])) : ke("", !0),
      W(l) && W(d).length ? (Q(), Re(ep, { key: 1 })) : ke("", !0)
    ], 34));
  }
}), ip = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, rp = /* @__PURE__ */ Se({
  ...ip,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Ce(), i = ae(() => n.value ? !o.value : !1), r = ae(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (Q(), le("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: De({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Te(s.$slots, "default")
    ], 4));
  }
}), sp = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, ap = /* @__PURE__ */ Se({
  ...sp,
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
      emits: E,
      connectionStartHandle: v,
      userSelectionActive: x,
      paneDragging: R,
      d3Zoom: D,
      d3Selection: Y,
      d3ZoomHandler: B,
      viewport: U,
      viewportRef: X,
      paneClickDistance: F
    } = Ce();
    Kg(X);
    const N = Ct(!1), G = Ct(!1);
    let g = null, k = !1, p = 0, T = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const M = Sn(a), z = Sn(s), O = Sn(r), V = xe(
      () => (!z.value || z.value && s.value === !0) && (M.value || d.value)
    ), j = xe(() => M.value || u.value), oe = xe(() => s.value === !0 && V.value !== !0), ie = xe(
      () => z.value && s.value !== !0 || x.value || oe.value
    ), q = xe(() => v.value !== null);
    _t(() => {
      if (!X.value) {
        Xn("Viewport element is missing");
        return;
      }
      const pe = X.value, _e = pe.getBoundingClientRect(), de = $h().clickDistance(F.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ge = je(pe).call(de), $ = ge.on("wheel.zoom"), _ = nn.translate(o.value.x ?? 0, o.value.y ?? 0).scale(Gt(o.value.zoom ?? 1, t.value, n.value)), S = [
        [0, 0],
        [_e.width, _e.height]
      ], P = de.constrain()(_, S, i.value);
      de.transform(ge, P), de.wheelDelta(Vi), D.value = de, Y.value = ge, B.value = $, U.value = { x: P.x, y: P.y, zoom: P.k }, de.on("start", (I) => {
        var ee;
        if (!I.sourceEvent)
          return null;
        p = I.sourceEvent.button, N.value = !0;
        const te = he(I.transform);
        ((ee = I.sourceEvent) == null ? void 0 : ee.type) === "mousedown" && (R.value = !0), T = te, E.viewportChangeStart(te), E.moveStart({ event: I, flowTransform: te });
      }), de.on("end", (I) => {
        if (!I.sourceEvent)
          return null;
        if (N.value = !1, R.value = !1, Z(V.value, p ?? 0) && !k && E.paneContextMenu(I.sourceEvent), k = !1, J(T, I.transform)) {
          const ee = he(I.transform);
          T = ee, E.viewportChangeEnd(ee), E.moveEnd({ event: I, flowTransform: ee });
        }
      }), de.filter((I) => {
        var ee;
        const te = O.value || m.value, ue = h.value && I.ctrlKey, re = I.button, fe = I.type === "wheel";
        if (re === 1 && I.type === "mousedown" && (we(I, "vue-flow__node") || we(I, "vue-flow__edge")))
          return !0;
        if (!V.value && !te && !j.value && !f.value && !h.value || x.value || q.value && !fe || !f.value && I.type === "dblclick" || we(I, b.value) && fe || we(I, y.value) && (!fe || j.value && fe && !O.value) || !h.value && I.ctrlKey && fe || !te && !j.value && !ue && fe)
          return !1;
        if (!h && I.type === "touchstart" && ((ee = I.touches) == null ? void 0 : ee.length) > 1)
          return I.preventDefault(), !1;
        if (!V.value && (I.type === "mousedown" || I.type === "touchstart") || oe.value && Array.isArray(d.value) && d.value.includes(0) && re === 0 || Array.isArray(d.value) && !d.value.includes(re) && (I.type === "mousedown" || I.type === "touchstart"))
          return !1;
        const ve = Array.isArray(d.value) && d.value.includes(re) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !re || re <= 1;
        return (!I.ctrlKey || M.value || fe) && ve;
      }), $e(
        [x, V],
        () => {
          x.value && !N.value ? de.on("zoom", null) : x.value || de.on("zoom", (I) => {
            U.value = { x: I.transform.x, y: I.transform.y, zoom: I.transform.k };
            const ee = he(I.transform);
            k = Z(V.value, p ?? 0), E.viewportChange(ee), E.move({ event: I, flowTransform: ee });
          });
        },
        { immediate: !0 }
      ), $e(
        [x, j, l, O, h, w, b],
        () => {
          j.value && !O.value && !x.value ? ge.on(
            "wheel.zoom",
            (I) => {
              if (we(I, b.value))
                return !1;
              const ee = O.value || m.value, te = h.value && I.ctrlKey;
              if (!(!w.value || j.value || ee || te))
                return !1;
              I.preventDefault(), I.stopImmediatePropagation();
              const re = ge.property("__zoom").k || 1, fe = zn();
              if (!M.value && I.ctrlKey && h.value && fe) {
                const Wn = it(I), ii = Vi(I), ri = re * 2 ** ii;
                de.scaleTo(ge, ri, Wn, I);
                return;
              }
              const ve = I.deltaMode === 1 ? 20 : 1;
              let Ee = l.value === Nn.Vertical ? 0 : I.deltaX * ve, Fe = l.value === Nn.Horizontal ? 0 : I.deltaY * ve;
              !fe && I.shiftKey && l.value !== Nn.Vertical && !Ee && Fe && (Ee = Fe, Fe = 0), de.translateBy(
                ge,
                -(Ee / re) * c.value,
                -(Fe / re) * c.value
              );
              const Ke = he(ge.property("__zoom"));
              g && clearTimeout(g), G.value ? (E.move({ event: I, flowTransform: Ke }), E.viewportChange(Ke), g = setTimeout(() => {
                E.moveEnd({ event: I, flowTransform: Ke }), E.viewportChangeEnd(Ke), G.value = !1;
              }, 150)) : (G.value = !0, E.moveStart({ event: I, flowTransform: Ke }), E.viewportChangeStart(Ke));
            },
            { passive: !1 }
          ) : typeof $ < "u" && ge.on(
            "wheel.zoom",
            function(I, ee) {
              const te = !w.value && I.type === "wheel" && !I.ctrlKey, ue = O.value || m.value, re = h.value && I.ctrlKey;
              if (!ue && !u.value && !re && I.type === "wheel" || te || we(I, b.value))
                return null;
              I.preventDefault(), $.call(this, I, ee);
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
      Ve(op, {
        "is-selecting": ie.value,
        "selection-key-pressed": W(z),
        class: Ue({
          connecting: q.value,
          dragging: W(R),
          draggable: W(d) === !0 || Array.isArray(W(d)) && W(d).includes(0)
        })
      }, {
        default: Ze(() => [
          Ve(rp, null, {
            default: Ze(() => [
              Te(pe.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), lp = ["id"], up = ["id"], cp = ["id"], dp = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, fp = /* @__PURE__ */ Se({
  ...dp,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Ce();
    return (i, r) => (Q(), le(He, null, [
      be("div", {
        id: `${W(Fa)}-${W(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Pe(W(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, lp),
      be("div", {
        id: `${W(Ya)}-${W(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, up),
      W(n) ? ke("", !0) : (Q(), le("div", {
        key: 0,
        id: `${W(Ih)}-${W(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Pe(W(o)), 9, cp))
    ], 64));
  }
});
function hp() {
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
function gp(e, t, n) {
  return n === se.Left ? e - t : n === se.Right ? e + t : e;
}
function pp(e, t, n) {
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
    cx: gp(t, e, o),
    cy: pp(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
gr.props = ["radius", "centerX", "centerY", "position", "type"];
gr.compatConfig = { MODE: 3 };
const ms = gr, vp = Se({
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
      hooks: E
    } = Ce(), v = ae(() => c(e.id)), { emit: x, on: R } = sg(v.value, r), D = Ot(Wo), Y = un(), B = Ie(!1), U = Ie(!1), X = Ie(""), F = Ie(null), N = Ie("source"), G = Ie(null), g = xe(
      () => typeof v.value.selectable > "u" ? w.value : v.value.selectable
    ), k = xe(() => typeof v.value.updatable > "u" ? b.value : v.value.updatable), p = xe(() => typeof v.value.focusable > "u" ? y.value : v.value.focusable);
    Mt(og, e.id), Mt(ig, G);
    const T = ae(() => v.value.class instanceof Function ? v.value.class(v.value) : v.value.class), M = ae(() => v.value.style instanceof Function ? v.value.style(v.value) : v.value.style), z = ae(() => {
      const _ = v.value.type || "default", S = D?.[`edge-${_}`];
      if (S)
        return S;
      let P = v.value.template ?? u.value[_];
      if (typeof P == "string" && Y) {
        const I = Object.keys(Y.appContext.components);
        I && I.includes(_) && (P = ca(_, !1));
      }
      return P && typeof P != "string" ? P : (r.error(new Be(ze.EDGE_TYPE_MISSING, P)), !1);
    }), { handlePointerDown: O } = al({
      nodeId: X,
      handleId: F,
      type: N,
      isValidConnection: f,
      edgeUpdaterType: N,
      onEdgeUpdate: oe,
      onEdgeUpdateEnd: ie
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
      let I;
      o.value === It.Strict ? I = _.handleBounds.source : I = [..._.handleBounds.source || [], ..._.handleBounds.target || []];
      const ee = rs(I, v.value.sourceHandle);
      let te;
      o.value === It.Strict ? te = S.handleBounds.target : te = [...S.handleBounds.target || [], ...S.handleBounds.source || []];
      const ue = rs(te, v.value.targetHandle), re = ee?.position || se.Bottom, fe = ue?.position || se.Top, { x: ve, y: Ee } = on(_, ee, re), { x: Fe, y: Ke } = on(S, ue, fe);
      return v.value.sourceX = ve, v.value.sourceY = Ee, v.value.targetX = Fe, v.value.targetY = Ke, Ne(
        "g",
        {
          ref: G,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${z.value === !1 ? "default" : v.value.type || "default"}`,
            a.value,
            T.value,
            {
              updating: B.value,
              selected: v.value.selected,
              animated: v.value.animated,
              inactive: !g.value && !E.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: p.value ? 0 : void 0,
          "aria-label": v.value.ariaLabel === null ? void 0 : v.value.ariaLabel ?? `Edge from ${v.value.source} to ${v.value.target}`,
          "aria-describedby": p.value ? `${Ya}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: p.value ? "group" : "img",
          ...v.value.domAttributes,
          onClick: Z,
          onContextmenu: J,
          onDblclick: he,
          onMouseenter: we,
          onMousemove: pe,
          onMouseleave: _e,
          onKeyDown: p.value ? $ : void 0
        },
        [
          U.value ? null : Ne(z.value === !1 ? u.value.default : z.value, {
            id: e.id,
            sourceNode: _,
            targetNode: S,
            source: v.value.source,
            target: v.value.target,
            type: v.value.type,
            updatable: k.value,
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
            markerStart: `url('#${An(v.value.markerStart, t)}')`,
            markerEnd: `url('#${An(v.value.markerEnd, t)}')`,
            sourcePosition: re,
            targetPosition: fe,
            sourceX: ve,
            sourceY: Ee,
            targetX: Fe,
            targetY: Ke,
            sourceHandleId: v.value.sourceHandle,
            targetHandleId: v.value.targetHandle,
            interactionWidth: v.value.interactionWidth,
            ...P
          }),
          [
            k.value === "source" || k.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: de,
                  onMouseenter: V,
                  onMouseout: j
                },
                Ne(ms, {
                  position: re,
                  centerX: ve,
                  centerY: Ee,
                  radius: i.value,
                  type: "source",
                  "data-type": "source"
                })
              )
            ] : null,
            k.value === "target" || k.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: ge,
                  onMouseenter: V,
                  onMouseout: j
                },
                Ne(ms, {
                  position: fe,
                  centerX: Fe,
                  centerY: Ke,
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
    function V() {
      B.value = !0;
    }
    function j() {
      B.value = !1;
    }
    function oe(_, S) {
      x.update({ event: _, edge: v.value, connection: S });
    }
    function ie(_) {
      x.updateEnd({ event: _, edge: v.value }), U.value = !1;
    }
    function q(_, S) {
      _.button === 0 && (U.value = !0, X.value = S ? v.value.target : v.value.source, F.value = (S ? v.value.targetHandle : v.value.sourceHandle) ?? null, N.value = S ? "target" : "source", x.updateStart({ event: _, edge: v.value }), O(_));
    }
    function Z(_) {
      var S;
      const P = { event: _, edge: v.value };
      g.value && (s.value = !1, v.value.selected && h.value ? (l([v.value]), (S = G.value) == null || S.blur()) : n([v.value])), x.click(P);
    }
    function J(_) {
      x.contextMenu({ event: _, edge: v.value });
    }
    function he(_) {
      x.doubleClick({ event: _, edge: v.value });
    }
    function we(_) {
      x.mouseEnter({ event: _, edge: v.value });
    }
    function pe(_) {
      x.mouseMove({ event: _, edge: v.value });
    }
    function _e(_) {
      x.mouseLeave({ event: _, edge: v.value });
    }
    function de(_) {
      q(_, !0);
    }
    function ge(_) {
      q(_, !1);
    }
    function $(_) {
      var S;
      !m.value && Xa.includes(_.key) && g.value && (_.key === "Escape" ? ((S = G.value) == null || S.blur(), l([c(e.id)])) : n([c(e.id)]));
    }
  }
}), mp = vp, yp = Se({
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
    } = Ce(), f = (e = Ot(Wo)) == null ? void 0 : e["connection-line"], h = ae(() => {
      var E;
      return d((E = o.value) == null ? void 0 : E.nodeId);
    }), m = ae(() => {
      var E;
      return d((E = i.value) == null ? void 0 : E.nodeId) ?? null;
    }), w = ae(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), b = ae(
      () => u.value.markerStart ? `url(#${An(u.value.markerStart, t)})` : ""
    ), y = ae(
      () => u.value.markerEnd ? `url(#${An(u.value.markerEnd, t)})` : ""
    );
    return () => {
      var E, v, x;
      if (!h.value || !o.value)
        return null;
      const R = o.value.id, D = o.value.type, Y = h.value.handleBounds;
      let B = Y?.[D] ?? [];
      if (n.value === It.Loose) {
        const M = Y?.[D === "source" ? "target" : "source"] ?? [];
        B = [...B, ...M];
      }
      if (!B)
        return null;
      const U = (R ? B.find((M) => M.id === R) : B[0]) ?? null, X = U?.position ?? se.Top, { x: F, y: N } = on(h.value, U, X);
      let G = null;
      m.value && (n.value === It.Strict ? G = ((E = m.value.handleBounds[D === "source" ? "target" : "source"]) == null ? void 0 : E.find(
        (M) => {
          var z;
          return M.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null : G = ((v = [...m.value.handleBounds.source ?? [], ...m.value.handleBounds.target ?? []]) == null ? void 0 : v.find(
        (M) => {
          var z;
          return M.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null);
      const g = ((x = i.value) == null ? void 0 : x.position) ?? (X ? Li[X] : null);
      if (!X || !g)
        return null;
      const k = s.value ?? u.value.type ?? Pt.Bezier;
      let p = "";
      const T = {
        sourceX: F,
        sourceY: N,
        sourcePosition: X,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: g
      };
      return k === Pt.Bezier ? [p] = hl(T) : k === Pt.Step ? [p] = Fi({
        ...T,
        borderRadius: 0
      }) : k === Pt.SmoothStep ? [p] = Fi(T) : k === Pt.SimpleBezier ? [p] = gl(T) : p = `M${F},${N} ${w.value.x},${w.value.y}`, Ne(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ne(
          "g",
          { class: "vue-flow__connection" },
          f ? Ne(f, {
            sourceX: F,
            sourceY: N,
            sourcePosition: X,
            targetX: w.value.x,
            targetY: w.value.y,
            targetPosition: g,
            sourceNode: h.value,
            sourceHandle: U,
            targetNode: m.value,
            targetHandle: G,
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
}), wp = yp, _p = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], bp = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, Ep = /* @__PURE__ */ Se({
  ...bp,
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
      t.type === W(Mo).ArrowClosed ? (Q(), le("polyline", {
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
      t.type === W(Mo).Arrow ? (Q(), le("polyline", {
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
    ], 8, _p));
  }
}), xp = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, $p = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, kp = /* @__PURE__ */ Se({
  ...$p,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Ce(), r = ae(() => {
      const s = /* @__PURE__ */ new Set(), a = [], u = (l) => {
        if (l) {
          const c = An(l, t);
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
    return (s, a) => (Q(), le("svg", xp, [
      be("defs", null, [
        (Q(!0), le(He, null, Ft(r.value, (u) => (Q(), Re(Ep, {
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
}), Np = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Sp = /* @__PURE__ */ Se({
  ...Np,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Ce();
    return (i, r) => (Q(), le(He, null, [
      Ve(kp),
      (Q(!0), le(He, null, Ft(W(n), (s) => (Q(), le("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: De({ zIndex: W(Gh)(s, W(t), W(o)) })
      }, [
        Ve(W(mp), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      Ve(W(wp))
    ], 64));
  }
}), Cp = Se({
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
      nodeDragThreshold: E,
      nodesDraggable: v,
      elementsSelectable: x,
      nodesConnectable: R,
      nodesFocusable: D,
      hooks: Y
    } = Ce(), B = Ie(null);
    Mt(rl, B), Mt(il, e.id);
    const U = Ot(Wo), X = un(), F = ul(), { node: N, parentNode: G } = ll(e.id), { emit: g, on: k } = cg(N, s), p = xe(() => typeof N.draggable > "u" ? v.value : N.draggable), T = xe(() => typeof N.selectable > "u" ? x.value : N.selectable), M = xe(() => typeof N.connectable > "u" ? R.value : N.connectable), z = xe(() => typeof N.focusable > "u" ? D.value : N.focusable), O = ae(
      () => T.value || p.value || Y.value.nodeClick.hasListeners() || Y.value.nodeDoubleClick.hasListeners() || Y.value.nodeMouseEnter.hasListeners() || Y.value.nodeMouseMove.hasListeners() || Y.value.nodeMouseLeave.hasListeners()
    ), V = xe(() => !!N.dimensions.width && !!N.dimensions.height), j = ae(() => {
      const S = N.type || "default", P = U?.[`node-${S}`];
      if (P)
        return P;
      let I = N.template || d.value[S];
      if (typeof I == "string" && X) {
        const ee = Object.keys(X.appContext.components);
        ee && ee.includes(S) && (I = ca(S, !1));
      }
      return I && typeof I != "string" ? I : (s.error(new Be(ze.NODE_TYPE_MISSING, I)), !1);
    }), oe = sl({
      id: e.id,
      el: B,
      disabled: () => !p.value,
      selectable: T,
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
        $(S);
      }
    }), ie = ae(() => N.class instanceof Function ? N.class(N) : N.class), q = ae(() => {
      const S = (N.style instanceof Function ? N.style(N) : N.style) || {}, P = N.width instanceof Function ? N.width(N) : N.width, I = N.height instanceof Function ? N.height(N) : N.height;
      return !S.width && P && (S.width = typeof P == "string" ? P : `${P}px`), !S.height && I && (S.height = typeof I == "string" ? I : `${I}px`), S;
    }), Z = xe(() => Number(N.zIndex ?? q.value.zIndex ?? 0));
    return c((S) => {
      (S.includes(e.id) || !S.length) && he();
    }), _t(() => {
      $e(
        () => N.hidden,
        (S = !1, P, I) => {
          !S && B.value && (e.resizeObserver.observe(B.value), I(() => {
            B.value && e.resizeObserver.unobserve(B.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), $e([() => N.type, () => N.sourcePosition, () => N.targetPosition], () => {
      Ge(() => {
        l([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
      });
    }), $e(
      [
        () => N.position.x,
        () => N.position.y,
        () => {
          var S;
          return (S = G.value) == null ? void 0 : S.computedPosition.x;
        },
        () => {
          var S;
          return (S = G.value) == null ? void 0 : S.computedPosition.y;
        },
        () => {
          var S;
          return (S = G.value) == null ? void 0 : S.computedPosition.z;
        },
        Z,
        () => N.selected,
        () => N.dimensions.height,
        () => N.dimensions.width,
        () => {
          var S;
          return (S = G.value) == null ? void 0 : S.dimensions.height;
        },
        () => {
          var S;
          return (S = G.value) == null ? void 0 : S.dimensions.width;
        }
      ],
      ([S, P, I, ee, te, ue]) => {
        const re = {
          x: S,
          y: P,
          z: ue + (h.value && N.selected ? 1e3 : 0)
        };
        typeof I < "u" && typeof ee < "u" ? N.computedPosition = Vh({ x: I, y: ee, z: te }, re) : N.computedPosition = re;
      },
      { flush: "post", immediate: !0 }
    ), $e([() => N.extent, f], ([S, P], [I, ee]) => {
      (S !== I || P !== ee) && J();
    }), N.extent === "parent" || typeof N.extent == "object" && "range" in N.extent && N.extent.range === "parent" ? Mi(() => V).toBe(!0).then(J) : J(), () => N.hidden ? null : Ne(
      "div",
      {
        ref: B,
        "data-id": N.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${j.value === !1 ? "default" : N.type || "default"}`,
          {
            [n.value]: p.value,
            dragging: oe?.value,
            draggable: p.value,
            selected: N.selected,
            selectable: T.value,
            parent: N.isParent
          },
          ie.value
        ],
        style: {
          visibility: V.value ? "visible" : "hidden",
          zIndex: N.computedPosition.z ?? Z.value,
          transform: `translate(${N.computedPosition.x}px,${N.computedPosition.y}px)`,
          pointerEvents: O.value ? "all" : "none",
          ...q.value
        },
        tabIndex: z.value ? 0 : void 0,
        role: z.value ? "group" : void 0,
        "aria-describedby": m.value ? void 0 : `${Fa}-${t}`,
        "aria-label": N.ariaLabel,
        "aria-roledescription": "node",
        ...N.domAttributes,
        onMouseenter: we,
        onMousemove: pe,
        onMouseleave: _e,
        onContextmenu: de,
        onClick: $,
        onDblclick: ge,
        onKeydown: _
      },
      [
        Ne(j.value === !1 ? d.value.default : j.value, {
          id: N.id,
          type: N.type,
          data: N.data,
          events: { ...N.events, ...k },
          selected: N.selected,
          resizing: N.resizing,
          dragging: oe.value,
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
    function J() {
      const S = N.computedPosition, { computedPosition: P, position: I } = fr(
        N,
        b.value ? qo(S, y.value) : S,
        s.error,
        f.value,
        G.value
      );
      (N.computedPosition.x !== P.x || N.computedPosition.y !== P.y) && (N.computedPosition = { ...N.computedPosition, ...P }), (N.position.x !== I.x || N.position.y !== I.y) && (N.position = I);
    }
    function he() {
      B.value && l([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
    }
    function we(S) {
      oe?.value || g.mouseEnter({ event: S, node: N });
    }
    function pe(S) {
      oe?.value || g.mouseMove({ event: S, node: N });
    }
    function _e(S) {
      oe?.value || g.mouseLeave({ event: S, node: N });
    }
    function de(S) {
      return g.contextMenu({ event: S, node: N });
    }
    function ge(S) {
      return g.doubleClick({ event: S, node: N });
    }
    function $(S) {
      T.value && (!o.value || !p.value || E.value > 0) && Hi(
        N,
        r.value,
        u,
        a,
        i,
        !1,
        B.value
      ), g.click({ event: S, node: N });
    }
    function _(S) {
      if (!(Bi(S) || m.value))
        if (Xa.includes(S.key) && T.value) {
          const P = S.key === "Escape";
          Hi(
            N,
            r.value,
            u,
            a,
            i,
            P,
            B.value
          );
        } else p.value && N.selected && Qt[S.key] && (S.preventDefault(), w.value = `Moved selected node ${S.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~N.position.x}, y: ${~~N.position.y}`, F(
          {
            x: Qt[S.key].x,
            y: Qt[S.key].y
          },
          S.shiftKey
        ));
    }
  }
}), Mp = Cp;
function Ip(e = { includeHiddenNodes: !1 }) {
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
const Tp = { class: "vue-flow__nodes vue-flow__container" }, Op = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Dp = /* @__PURE__ */ Se({
  ...Op,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Ce(), i = Ip(), r = Ie();
    return $e(
      i,
      (s) => {
        s && Ge(() => {
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
        Ge(() => n(a));
      });
    }), er(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (Q(), le("div", Tp, [
      r.value ? (Q(!0), le(He, { key: 0 }, Ft(W(t), (u, l, c, d) => {
        const f = [u.id];
        if (d && d.key === u.id && xu(d, f))
          return d;
        const h = (Q(), Re(W(Mp), {
          id: u.id,
          key: u.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = f, h;
      }, a, 0), 128)) : ke("", !0)
    ]));
  }
});
function Pp() {
  const { emits: e } = Ce();
  _t(() => {
    if (ol()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Be(ze.MISSING_STYLES));
    }
  });
}
const Ap = /* @__PURE__ */ be("div", { class: "vue-flow__edge-labels" }, null, -1), zp = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Rp = /* @__PURE__ */ Se({
  ...zp,
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
    const o = e, i = ua(), r = si(o, "modelValue", n), s = si(o, "nodes", n), a = si(o, "edges", n), u = Ce(o), l = gg({ modelValue: r, nodes: s, edges: a }, o, u);
    return vg(n, u.hooks), hp(), Pp(), Mt(Wo, i), _u(l), t(u), (c, d) => (Q(), le("div", {
      ref: W(u).vueFlowRef,
      class: "vue-flow"
    }, [
      Ve(ap, null, {
        default: Ze(() => [
          Ve(Sp),
          Ap,
          Ve(Dp),
          Te(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Te(c.$slots, "default"),
      Ve(fp)
    ], 512));
  }
}), Bp = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, vl = /* @__PURE__ */ Se({
  ...Bp,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Ce(), o = ae(() => `${t.position}`.split("-"));
    return (i, r) => (Q(), le("div", {
      class: Ue(["vue-flow__panel", o.value]),
      style: De({ pointerEvents: W(n) ? "none" : "all" })
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
const Vp = {
  [vt.Dots]: "#81818a",
  [vt.Lines]: "#eee"
}, Lp = ["id", "x", "y", "width", "height", "patternTransform"], Hp = {
  key: 2,
  height: "100",
  width: "100"
}, Fp = ["fill"], Yp = ["x", "y", "fill"], Xp = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, Gp = /* @__PURE__ */ Se({
  ...Xp,
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
    }), i = xe(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = xe(() => e.color || e.patternColor || Vp[e.variant || vt.Dots]);
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
          x: W(n).x % o.value.scaledGap[0],
          y: W(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Te(s.$slots, "pattern", {}, () => [
            s.variant === W(vt).Lines ? (Q(), Re(W(ml), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === W(vt).Dots ? (Q(), Re(W(yl), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : ke("", !0),
            s.bgColor ? (Q(), le("svg", Hp, [
              be("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Fp)
            ])) : ke("", !0)
          ])
        ], 8, Lp)
      ]),
      be("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Yp),
      Te(s.$slots, "default", { id: i.value })
    ], 4));
  }
}), Up = {
  name: "ControlButton",
  compatConfig: { MODE: 3 }
}, qp = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [o, i] of t)
    n[o] = i;
  return n;
}, Wp = {
  type: "button",
  class: "vue-flow__controls-button"
};
function Kp(e, t, n, o, i, r) {
  return Q(), le("button", Wp, [
    Te(e.$slots, "default")
  ]);
}
const io = /* @__PURE__ */ qp(Up, [["render", Kp]]), Zp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 32"
}, jp = /* @__PURE__ */ be("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" }, null, -1), Qp = [
  jp
];
function Jp(e, t) {
  return Q(), le("svg", Zp, Qp);
}
const ev = { render: Jp }, tv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 5"
}, nv = /* @__PURE__ */ be("path", { d: "M0 0h32v4.2H0z" }, null, -1), ov = [
  nv
];
function iv(e, t) {
  return Q(), le("svg", tv, ov);
}
const rv = { render: iv }, sv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 30"
}, av = /* @__PURE__ */ be("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0 0 27.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94a.919.919 0 0 1-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" }, null, -1), lv = [
  av
];
function uv(e, t) {
  return Q(), le("svg", sv, lv);
}
const cv = { render: uv }, dv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, fv = /* @__PURE__ */ be("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" }, null, -1), hv = [
  fv
];
function gv(e, t) {
  return Q(), le("svg", dv, hv);
}
const pv = { render: gv }, vv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, mv = /* @__PURE__ */ be("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047z" }, null, -1), yv = [
  mv
];
function wv(e, t) {
  return Q(), le("svg", vv, yv);
}
const _v = { render: wv }, bv = {
  name: "Controls",
  compatConfig: { MODE: 3 }
}, Ev = /* @__PURE__ */ Se({
  ...bv,
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
    function E() {
      r(!f.value), t("interactionChange", !f.value);
    }
    return (v, x) => (Q(), Re(W(vl), {
      class: "vue-flow__controls",
      position: v.position
    }, {
      default: Ze(() => [
        Te(v.$slots, "top"),
        v.showZoom ? (Q(), le(He, { key: 0 }, [
          Te(v.$slots, "control-zoom-in", {}, () => [
            Ve(io, {
              class: "vue-flow__controls-zoomin",
              disabled: m.value,
              onClick: w
            }, {
              default: Ze(() => [
                Te(v.$slots, "icon-zoom-in", {}, () => [
                  (Q(), Re(Dt(W(ev))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ]),
          Te(v.$slots, "control-zoom-out", {}, () => [
            Ve(io, {
              class: "vue-flow__controls-zoomout",
              disabled: h.value,
              onClick: b
            }, {
              default: Ze(() => [
                Te(v.$slots, "icon-zoom-out", {}, () => [
                  (Q(), Re(Dt(W(rv))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ])
        ], 64)) : ke("", !0),
        v.showFitView ? Te(v.$slots, "control-fit-view", { key: 1 }, () => [
          Ve(io, {
            class: "vue-flow__controls-fitview",
            onClick: y
          }, {
            default: Ze(() => [
              Te(v.$slots, "icon-fit-view", {}, () => [
                (Q(), Re(Dt(W(cv))))
              ])
            ]),
            _: 3
          })
        ]) : ke("", !0),
        v.showInteractive ? Te(v.$slots, "control-interactive", { key: 2 }, () => [
          v.showInteractive ? (Q(), Re(io, {
            key: 0,
            class: "vue-flow__controls-interactive",
            onClick: E
          }, {
            default: Ze(() => [
              f.value ? Te(v.$slots, "icon-unlock", { key: 0 }, () => [
                (Q(), Re(Dt(W(_v))))
              ]) : ke("", !0),
              f.value ? ke("", !0) : Te(v.$slots, "icon-lock", { key: 1 }, () => [
                (Q(), Re(Dt(W(pv))))
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
var xv = { value: () => {
} };
function pr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new mo(n);
}
function mo(e) {
  this._ = e;
}
function $v(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
mo.prototype = pr.prototype = {
  constructor: mo,
  on: function(e, t) {
    var n = this._, o = $v(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = kv(n[i], e.name))) return i;
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
    return new mo(e);
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
function kv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ys(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = xv, e = e.slice(0, o).concat(e.slice(o + 1));
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
function Jo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ws.hasOwnProperty(t) ? { space: ws[t], local: e } : e;
}
function Nv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Yi && t.documentElement.namespaceURI === Yi ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Sv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function wl(e) {
  var t = Jo(e);
  return (t.local ? Sv : Nv)(t);
}
function Cv() {
}
function vr(e) {
  return e == null ? Cv : function() {
    return this.querySelector(e);
  };
}
function Mv(e) {
  typeof e != "function" && (e = vr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new We(o, this._parents);
}
function Iv(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Tv() {
  return [];
}
function _l(e) {
  return e == null ? Tv : function() {
    return this.querySelectorAll(e);
  };
}
function Ov(e) {
  return function() {
    return Iv(e.apply(this, arguments));
  };
}
function Dv(e) {
  typeof e == "function" ? e = Ov(e) : e = _l(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new We(o, i);
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
var Pv = Array.prototype.find;
function Av(e) {
  return function() {
    return Pv.call(this.children, e);
  };
}
function zv() {
  return this.firstElementChild;
}
function Rv(e) {
  return this.select(e == null ? zv : Av(typeof e == "function" ? e : El(e)));
}
var Bv = Array.prototype.filter;
function Vv() {
  return Array.from(this.children);
}
function Lv(e) {
  return function() {
    return Bv.call(this.children, e);
  };
}
function Hv(e) {
  return this.selectAll(e == null ? Vv : Lv(typeof e == "function" ? e : El(e)));
}
function Fv(e) {
  typeof e != "function" && (e = bl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new We(o, this._parents);
}
function xl(e) {
  return new Array(e.length);
}
function Yv() {
  return new We(this._enter || this._groups.map(xl), this._parents);
}
function Do(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Do.prototype = {
  constructor: Do,
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
function Xv(e) {
  return function() {
    return e;
  };
}
function Gv(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Do(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function Uv(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = h = s.call(u, u.__data__, a, t) + "", l.has(h) ? i[a] = u : l.set(h, u));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (u = l.get(h)) ? (o[a] = u, u.__data__ = r[a], l.delete(h)) : n[a] = new Do(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function qv(e) {
  return e.__data__;
}
function Wv(e, t) {
  if (!arguments.length) return Array.from(this, qv);
  var n = t ? Uv : Gv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Xv(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, h = Kv(e.call(c, c && c.__data__, l, o)), m = h.length, w = a[l] = new Array(m), b = s[l] = new Array(m), y = u[l] = new Array(f);
    n(c, d, w, b, y, h, t);
    for (var E = 0, v = 0, x, R; E < m; ++E)
      if (x = w[E]) {
        for (E >= v && (v = E + 1); !(R = b[v]) && ++v < m; ) ;
        x._next = R || null;
      }
  }
  return s = new We(s, o), s._enter = a, s._exit = u, s;
}
function Kv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Zv() {
  return new We(this._exit || this._groups.map(xl), this._parents);
}
function jv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Qv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), h, m = 0; m < d; ++m)
      (h = l[m] || c[m]) && (f[m] = h);
  for (; u < i; ++u)
    a[u] = n[u];
  return new We(a, this._parents);
}
function Jv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function em(e) {
  e || (e = tm);
  function t(d, f) {
    return d && f ? e(d.__data__, f.__data__) : !d - !f;
  }
  for (var n = this._groups, o = n.length, i = new Array(o), r = 0; r < o; ++r) {
    for (var s = n[r], a = s.length, u = i[r] = new Array(a), l, c = 0; c < a; ++c)
      (l = s[c]) && (u[c] = l);
    u.sort(t);
  }
  return new We(i, this._parents).order();
}
function tm(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function nm() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function om() {
  return Array.from(this);
}
function im() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function rm() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function sm() {
  return !this.node();
}
function am(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function lm(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function um(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function cm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function dm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function fm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function hm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function gm(e, t) {
  var n = Jo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? um : lm : typeof t == "function" ? n.local ? hm : fm : n.local ? dm : cm)(n, t));
}
function $l(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function pm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function vm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function mm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function ym(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? pm : typeof t == "function" ? mm : vm)(e, t, n ?? "")) : sn(this.node(), e);
}
function sn(e, t) {
  return e.style.getPropertyValue(t) || $l(e).getComputedStyle(e, null).getPropertyValue(t);
}
function wm(e) {
  return function() {
    delete this[e];
  };
}
function _m(e, t) {
  return function() {
    this[e] = t;
  };
}
function bm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Em(e, t) {
  return arguments.length > 1 ? this.each((t == null ? wm : typeof t == "function" ? bm : _m)(e, t)) : this.node()[e];
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
function xm(e) {
  return function() {
    Sl(this, e);
  };
}
function $m(e) {
  return function() {
    Cl(this, e);
  };
}
function km(e, t) {
  return function() {
    (t.apply(this, arguments) ? Sl : Cl)(this, e);
  };
}
function Nm(e, t) {
  var n = kl(e + "");
  if (arguments.length < 2) {
    for (var o = mr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? km : t ? xm : $m)(n, t));
}
function Sm() {
  this.textContent = "";
}
function Cm(e) {
  return function() {
    this.textContent = e;
  };
}
function Mm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Im(e) {
  return arguments.length ? this.each(e == null ? Sm : (typeof e == "function" ? Mm : Cm)(e)) : this.node().textContent;
}
function Tm() {
  this.innerHTML = "";
}
function Om(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Dm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Pm(e) {
  return arguments.length ? this.each(e == null ? Tm : (typeof e == "function" ? Dm : Om)(e)) : this.node().innerHTML;
}
function Am() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function zm() {
  return this.each(Am);
}
function Rm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Bm() {
  return this.each(Rm);
}
function Vm(e) {
  var t = typeof e == "function" ? e : wl(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Lm() {
  return null;
}
function Hm(e, t) {
  var n = typeof e == "function" ? e : wl(e), o = t == null ? Lm : typeof t == "function" ? t : vr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Fm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Ym() {
  return this.each(Fm);
}
function Xm() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Gm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Um(e) {
  return this.select(e ? Gm : Xm);
}
function qm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Wm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Km(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Zm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function jm(e, t, n) {
  return function() {
    var o = this.__on, i, r = Wm(t);
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
function Qm(e, t, n) {
  var o = Km(e + ""), i, r = o.length, s;
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
  for (a = t ? jm : Zm, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function Ml(e, t, n) {
  var o = $l(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Jm(e, t) {
  return function() {
    return Ml(this, e, t);
  };
}
function ey(e, t) {
  return function() {
    return Ml(this, e, t.apply(this, arguments));
  };
}
function ty(e, t) {
  return this.each((typeof t == "function" ? ey : Jm)(e, t));
}
function* ny() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Il = [null];
function We(e, t) {
  this._groups = e, this._parents = t;
}
function Gn() {
  return new We([[document.documentElement]], Il);
}
function oy() {
  return this;
}
We.prototype = Gn.prototype = {
  constructor: We,
  select: Mv,
  selectAll: Dv,
  selectChild: Rv,
  selectChildren: Hv,
  filter: Fv,
  data: Wv,
  enter: Yv,
  exit: Zv,
  join: jv,
  merge: Qv,
  selection: oy,
  order: Jv,
  sort: em,
  call: nm,
  nodes: om,
  node: im,
  size: rm,
  empty: sm,
  each: am,
  attr: gm,
  style: ym,
  property: Em,
  classed: Nm,
  text: Im,
  html: Pm,
  raise: zm,
  lower: Bm,
  append: Vm,
  insert: Hm,
  remove: Ym,
  clone: Um,
  datum: qm,
  on: Qm,
  dispatch: ty,
  [Symbol.iterator]: ny
};
function St(e) {
  return typeof e == "string" ? new We([[document.querySelector(e)]], [document.documentElement]) : new We([[e]], Il);
}
function iy(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function $t(e, t) {
  if (e = iy(e), t === void 0 && (t = e.currentTarget), t) {
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
function ry(e) {
  var t = e.document.documentElement, n = St(e).on("dragstart.drag", Gi, Xi);
  "onselectstart" in t ? n.on("selectstart.drag", Gi, Xi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function sy(e, t) {
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
function Un() {
}
var Rn = 0.7, Po = 1 / Rn, Jt = "\\s*([+-]?\\d+)\\s*", Bn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ut = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", ay = /^#([0-9a-f]{3,8})$/, ly = new RegExp(`^rgb\\(${Jt},${Jt},${Jt}\\)$`), uy = new RegExp(`^rgb\\(${ut},${ut},${ut}\\)$`), cy = new RegExp(`^rgba\\(${Jt},${Jt},${Jt},${Bn}\\)$`), dy = new RegExp(`^rgba\\(${ut},${ut},${ut},${Bn}\\)$`), fy = new RegExp(`^hsl\\(${Bn},${ut},${ut}\\)$`), hy = new RegExp(`^hsla\\(${Bn},${ut},${ut},${Bn}\\)$`), _s = {
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
yr(Un, Vn, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: bs,
  // Deprecated! Use color.formatHex.
  formatHex: bs,
  formatHex8: gy,
  formatHsl: py,
  formatRgb: Es,
  toString: Es
});
function bs() {
  return this.rgb().formatHex();
}
function gy() {
  return this.rgb().formatHex8();
}
function py() {
  return Ol(this).formatHsl();
}
function Es() {
  return this.rgb().formatRgb();
}
function Vn(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = ay.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? xs(t) : n === 3 ? new Xe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? ro(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? ro(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = ly.exec(e)) ? new Xe(t[1], t[2], t[3], 1) : (t = uy.exec(e)) ? new Xe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = cy.exec(e)) ? ro(t[1], t[2], t[3], t[4]) : (t = dy.exec(e)) ? ro(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = fy.exec(e)) ? Ns(t[1], t[2] / 100, t[3] / 100, 1) : (t = hy.exec(e)) ? Ns(t[1], t[2] / 100, t[3] / 100, t[4]) : _s.hasOwnProperty(e) ? xs(_s[e]) : e === "transparent" ? new Xe(NaN, NaN, NaN, 0) : null;
}
function xs(e) {
  return new Xe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function ro(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Xe(e, t, n, o);
}
function vy(e) {
  return e instanceof Un || (e = Vn(e)), e ? (e = e.rgb(), new Xe(e.r, e.g, e.b, e.opacity)) : new Xe();
}
function Ui(e, t, n, o) {
  return arguments.length === 1 ? vy(e) : new Xe(e, t, n, o ?? 1);
}
function Xe(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
yr(Xe, Ui, Tl(Un, {
  brighter(e) {
    return e = e == null ? Po : Math.pow(Po, e), new Xe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Rn : Math.pow(Rn, e), new Xe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Xe(Ht(this.r), Ht(this.g), Ht(this.b), Ao(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: $s,
  // Deprecated! Use color.formatHex.
  formatHex: $s,
  formatHex8: my,
  formatRgb: ks,
  toString: ks
}));
function $s() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}`;
}
function my() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}${Bt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function ks() {
  const e = Ao(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Ht(this.r)}, ${Ht(this.g)}, ${Ht(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Ao(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Ht(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Bt(e) {
  return e = Ht(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Ns(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Je(e, t, n, o);
}
function Ol(e) {
  if (e instanceof Je) return new Je(e.h, e.s, e.l, e.opacity);
  if (e instanceof Un || (e = Vn(e)), !e) return new Je();
  if (e instanceof Je) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new Je(s, a, u, e.opacity);
}
function yy(e, t, n, o) {
  return arguments.length === 1 ? Ol(e) : new Je(e, t, n, o ?? 1);
}
function Je(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
yr(Je, yy, Tl(Un, {
  brighter(e) {
    return e = e == null ? Po : Math.pow(Po, e), new Je(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Rn : Math.pow(Rn, e), new Je(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Xe(
      mi(e >= 240 ? e - 240 : e + 120, i, o),
      mi(e, i, o),
      mi(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new Je(Ss(this.h), so(this.s), so(this.l), Ao(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Ao(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Ss(this.h)}, ${so(this.s) * 100}%, ${so(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Ss(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function so(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function mi(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Dl = (e) => () => e;
function wy(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function _y(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function by(e) {
  return (e = +e) == 1 ? Pl : function(t, n) {
    return n - t ? _y(t, n, e) : Dl(isNaN(t) ? n : t);
  };
}
function Pl(e, t) {
  var n = t - e;
  return n ? wy(e, n) : Dl(isNaN(e) ? t : e);
}
const Cs = (function e(t) {
  var n = by(t);
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
function Ey(e) {
  return function() {
    return e;
  };
}
function xy(e) {
  return function(t) {
    return e(t) + "";
  };
}
function $y(e, t) {
  var n = qi.lastIndex = yi.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = qi.exec(e)) && (i = yi.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: Nt(o, i) })), n = yi.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? xy(u[0].x) : Ey(t) : (t = u.length, function(l) {
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
var ao;
function ky(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Wi : Al(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Ny(e) {
  return e == null || (ao || (ao = document.createElementNS("http://www.w3.org/2000/svg", "g")), ao.setAttribute("transform", e), !(e = ao.transform.baseVal.consolidate())) ? Wi : (e = e.matrix, Al(e.a, e.b, e.c, e.d, e.e, e.f));
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
var Sy = zl(ky, "px, ", "px)", "deg)"), Cy = zl(Ny, ", ", ")", ")"), My = 1e-12;
function Is(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Iy(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Ty(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Oy = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], h = c - a, m = d - u, w = h * h + m * m, b, y;
    if (w < My)
      y = Math.log(f / l) / t, b = function(Y) {
        return [
          a + Y * h,
          u + Y * m,
          l * Math.exp(t * Y * y)
        ];
      };
    else {
      var E = Math.sqrt(w), v = (f * f - l * l + o * w) / (2 * l * n * E), x = (f * f - l * l - o * w) / (2 * f * n * E), R = Math.log(Math.sqrt(v * v + 1) - v), D = Math.log(Math.sqrt(x * x + 1) - x);
      y = (D - R) / t, b = function(Y) {
        var B = Y * y, U = Is(R), X = l / (n * E) * (U * Ty(t * B + R) - Iy(R));
        return [
          a + X * h,
          u + X * m,
          l * U / Is(t * B + R)
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
var an = 0, wn = 0, gn = 0, Rl = 1e3, zo, _n, Ro = 0, Ut = 0, ei = 0, Ln = typeof performance == "object" && performance.now ? performance : Date, Bl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function wr() {
  return Ut || (Bl(Dy), Ut = Ln.now() + ei);
}
function Dy() {
  Ut = 0;
}
function Bo() {
  this._call = this._time = this._next = null;
}
Bo.prototype = Vl.prototype = {
  constructor: Bo,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? wr() : +n) + (t == null ? 0 : +t), !this._next && _n !== this && (_n ? _n._next = this : zo = this, _n = this), this._call = e, this._time = n, Ki();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ki());
  }
};
function Vl(e, t, n) {
  var o = new Bo();
  return o.restart(e, t, n), o;
}
function Py() {
  wr(), ++an;
  for (var e = zo, t; e; )
    (t = Ut - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --an;
}
function Ts() {
  Ut = (Ro = Ln.now()) + ei, an = wn = 0;
  try {
    Py();
  } finally {
    an = 0, zy(), Ut = 0;
  }
}
function Ay() {
  var e = Ln.now(), t = e - Ro;
  t > Rl && (ei -= t, Ro = e);
}
function zy() {
  for (var e, t = zo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : zo = n);
  _n = e, Ki(o);
}
function Ki(e) {
  if (!an) {
    wn && (wn = clearTimeout(wn));
    var t = e - Ut;
    t > 24 ? (e < 1 / 0 && (wn = setTimeout(Ts, e - Ln.now() - ei)), gn && (gn = clearInterval(gn))) : (gn || (Ro = Ln.now(), gn = setInterval(Ay, Rl)), an = 1, Bl(Ts));
  }
}
function Os(e, t, n) {
  var o = new Bo();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Ry = pr("start", "end", "cancel", "interrupt"), By = [], Ll = 0, Ds = 1, Zi = 2, yo = 3, Ps = 4, ji = 5, wo = 6;
function ti(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  Vy(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Ry,
    tween: By,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Ll
  });
}
function _r(e, t) {
  var n = tt(e, t);
  if (n.state > Ll) throw new Error("too late; already scheduled");
  return n;
}
function dt(e, t) {
  var n = tt(e, t);
  if (n.state > yo) throw new Error("too late; already running");
  return n;
}
function tt(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function Vy(e, t, n) {
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
        if (h.state === yo) return Os(s);
        h.state === Ps ? (h.state = wo, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = wo, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (Os(function() {
      n.state === yo && (n.state = Ps, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Zi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Zi) {
      for (n.state = yo, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
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
    n.state = wo, n.timer.stop(), delete o[t];
    for (var l in o) return;
    delete e.__transition;
  }
}
function _o(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Zi && o.state < ji, o.state = wo, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function Ly(e) {
  return this.each(function() {
    _o(this, e);
  });
}
function Hy(e, t) {
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
function Fy(e, t, n) {
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
function Yy(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = tt(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Hy : Fy)(n, e, t));
}
function br(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = dt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return tt(i, o).value[t];
  };
}
function Hl(e, t) {
  var n;
  return (typeof t == "number" ? Nt : t instanceof Vn ? Cs : (n = Vn(t)) ? (t = n, Cs) : $y)(e, t);
}
function Xy(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Gy(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Uy(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function qy(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Wy(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Ky(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Zy(e, t) {
  var n = Jo(e), o = n === "transform" ? Cy : Hl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Ky : Wy)(n, o, br(this, "attr." + e, t)) : t == null ? (n.local ? Gy : Xy)(n) : (n.local ? qy : Uy)(n, o, t));
}
function jy(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Qy(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Jy(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Qy(e, r)), n;
  }
  return i._value = t, i;
}
function e0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && jy(e, r)), n;
  }
  return i._value = t, i;
}
function t0(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = Jo(e);
  return this.tween(n, (o.local ? Jy : e0)(o, t));
}
function n0(e, t) {
  return function() {
    _r(this, e).delay = +t.apply(this, arguments);
  };
}
function o0(e, t) {
  return t = +t, function() {
    _r(this, e).delay = t;
  };
}
function i0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? n0 : o0)(t, e)) : tt(this.node(), t).delay;
}
function r0(e, t) {
  return function() {
    dt(this, e).duration = +t.apply(this, arguments);
  };
}
function s0(e, t) {
  return t = +t, function() {
    dt(this, e).duration = t;
  };
}
function a0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? r0 : s0)(t, e)) : tt(this.node(), t).duration;
}
function l0(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    dt(this, e).ease = t;
  };
}
function u0(e) {
  var t = this._id;
  return arguments.length ? this.each(l0(t, e)) : tt(this.node(), t).ease;
}
function c0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    dt(this, e).ease = n;
  };
}
function d0(e) {
  if (typeof e != "function") throw new Error();
  return this.each(c0(this._id, e));
}
function f0(e) {
  typeof e != "function" && (e = bl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new wt(o, this._parents, this._name, this._id);
}
function h0(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = u[h] || l[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new wt(s, this._parents, this._name, this._id);
}
function g0(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function p0(e, t, n) {
  var o, i, r = g0(t) ? _r : dt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function v0(e, t) {
  var n = this._id;
  return arguments.length < 2 ? tt(this.node(), n).on.on(e) : this.each(p0(n, e, t));
}
function m0(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function y0() {
  return this.on("end.remove", m0(this._id));
}
function w0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = vr(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, ti(l[f], t, n, f, l, tt(c, n)));
  return new wt(r, this._parents, t, n);
}
function _0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = _l(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), h, m = tt(c, n), w = 0, b = f.length; w < b; ++w)
          (h = f[w]) && ti(h, t, n, w, f, m);
        r.push(f), s.push(c);
      }
  return new wt(r, s, t, n);
}
var b0 = Gn.prototype.constructor;
function E0() {
  return new b0(this._groups, this._parents);
}
function x0(e, t) {
  var n, o, i;
  return function() {
    var r = sn(this, e), s = (this.style.removeProperty(e), sn(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Fl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function $0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = sn(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function k0(e, t, n) {
  var o, i, r;
  return function() {
    var s = sn(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), sn(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function N0(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = dt(this, e), l = u.on, c = u.value[r] == null ? a || (a = Fl(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function S0(e, t, n) {
  var o = (e += "") == "transform" ? Sy : Hl;
  return t == null ? this.styleTween(e, x0(e, o)).on("end.style." + e, Fl(e)) : typeof t == "function" ? this.styleTween(e, k0(e, o, br(this, "style." + e, t))).each(N0(this._id, e)) : this.styleTween(e, $0(e, o, t), n).on("end.style." + e, null);
}
function C0(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function M0(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && C0(e, s, n)), o;
  }
  return r._value = t, r;
}
function I0(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, M0(e, t, n ?? ""));
}
function T0(e) {
  return function() {
    this.textContent = e;
  };
}
function O0(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function D0(e) {
  return this.tween("text", typeof e == "function" ? O0(br(this, "text", e)) : T0(e == null ? "" : e + ""));
}
function P0(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function A0(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && P0(i)), t;
  }
  return o._value = e, o;
}
function z0(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, A0(e));
}
function R0() {
  for (var e = this._name, t = this._id, n = Yl(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = tt(u, t);
        ti(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new wt(o, this._parents, e, n);
}
function B0() {
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
var V0 = 0;
function wt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Yl() {
  return ++V0;
}
var ht = Gn.prototype;
wt.prototype = {
  constructor: wt,
  select: w0,
  selectAll: _0,
  selectChild: ht.selectChild,
  selectChildren: ht.selectChildren,
  filter: f0,
  merge: h0,
  selection: E0,
  transition: R0,
  call: ht.call,
  nodes: ht.nodes,
  node: ht.node,
  size: ht.size,
  empty: ht.empty,
  each: ht.each,
  on: v0,
  attr: Zy,
  attrTween: t0,
  style: S0,
  styleTween: I0,
  text: D0,
  textTween: z0,
  remove: y0,
  tween: Yy,
  delay: i0,
  duration: a0,
  ease: u0,
  easeVarying: d0,
  end: B0,
  [Symbol.iterator]: ht[Symbol.iterator]
};
function L0(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var H0 = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: L0
};
function F0(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Y0(e) {
  var t, n;
  e instanceof wt ? (t = e._id, e = e._name) : (t = Yl(), (n = H0).time = wr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && ti(u, e, t, l, s, n || F0(u, t));
  return new wt(o, this._parents, e, t);
}
Gn.prototype.interrupt = Ly;
Gn.prototype.transition = Y0;
const lo = (e) => () => e;
function X0(e, {
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
function pn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function G0(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function U0() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function As() {
  return this.__zoom || Er;
}
function q0(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function W0() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function K0(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Z0() {
  var e = G0, t = U0, n = K0, o = q0, i = W0, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = Oy, l = pr("start", "zoom", "end"), c, d, f, h = 500, m = 150, w = 0, b = 10;
  function y(g) {
    g.property("__zoom", As).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", X).filter(i).on("touchstart.zoom", F).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", G).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  y.transform = function(g, k, p, T) {
    var M = g.selection ? g.selection() : g;
    M.property("__zoom", As), g !== M ? R(g, k, p, T) : M.interrupt().each(function() {
      D(this, arguments).event(T).start().zoom(null, typeof k == "function" ? k.apply(this, arguments) : k).end();
    });
  }, y.scaleBy = function(g, k, p, T) {
    y.scaleTo(g, function() {
      var M = this.__zoom.k, z = typeof k == "function" ? k.apply(this, arguments) : k;
      return M * z;
    }, p, T);
  }, y.scaleTo = function(g, k, p, T) {
    y.transform(g, function() {
      var M = t.apply(this, arguments), z = this.__zoom, O = p == null ? x(M) : typeof p == "function" ? p.apply(this, arguments) : p, V = z.invert(O), j = typeof k == "function" ? k.apply(this, arguments) : k;
      return n(v(E(z, j), O, V), M, s);
    }, p, T);
  }, y.translateBy = function(g, k, p, T) {
    y.transform(g, function() {
      return n(this.__zoom.translate(
        typeof k == "function" ? k.apply(this, arguments) : k,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, T);
  }, y.translateTo = function(g, k, p, T, M) {
    y.transform(g, function() {
      var z = t.apply(this, arguments), O = this.__zoom, V = T == null ? x(z) : typeof T == "function" ? T.apply(this, arguments) : T;
      return n(Er.translate(V[0], V[1]).scale(O.k).translate(
        typeof k == "function" ? -k.apply(this, arguments) : -k,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), z, s);
    }, T, M);
  };
  function E(g, k) {
    return k = Math.max(r[0], Math.min(r[1], k)), k === g.k ? g : new mt(k, g.x, g.y);
  }
  function v(g, k, p) {
    var T = k[0] - p[0] * g.k, M = k[1] - p[1] * g.k;
    return T === g.x && M === g.y ? g : new mt(g.k, T, M);
  }
  function x(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function R(g, k, p, T) {
    g.on("start.zoom", function() {
      D(this, arguments).event(T).start();
    }).on("interrupt.zoom end.zoom", function() {
      D(this, arguments).event(T).end();
    }).tween("zoom", function() {
      var M = this, z = arguments, O = D(M, z).event(T), V = t.apply(M, z), j = p == null ? x(V) : typeof p == "function" ? p.apply(M, z) : p, oe = Math.max(V[1][0] - V[0][0], V[1][1] - V[0][1]), ie = M.__zoom, q = typeof k == "function" ? k.apply(M, z) : k, Z = u(ie.invert(j).concat(oe / ie.k), q.invert(j).concat(oe / q.k));
      return function(J) {
        if (J === 1) J = q;
        else {
          var he = Z(J), we = oe / he[2];
          J = new mt(we, j[0] - he[0] * we, j[1] - he[1] * we);
        }
        O.zoom(null, J);
      };
    });
  }
  function D(g, k, p) {
    return !p && g.__zooming || new Y(g, k);
  }
  function Y(g, k) {
    this.that = g, this.args = k, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, k), this.taps = 0;
  }
  Y.prototype = {
    event: function(g) {
      return g && (this.sourceEvent = g), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(g, k) {
      return this.mouse && g !== "mouse" && (this.mouse[1] = k.invert(this.mouse[0])), this.touch0 && g !== "touch" && (this.touch0[1] = k.invert(this.touch0[0])), this.touch1 && g !== "touch" && (this.touch1[1] = k.invert(this.touch1[0])), this.that.__zoom = k, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(g) {
      var k = St(this.that).datum();
      l.call(
        g,
        this.that,
        new X0(g, {
          sourceEvent: this.sourceEvent,
          target: y,
          transform: this.that.__zoom,
          dispatch: l
        }),
        k
      );
    }
  };
  function B(g, ...k) {
    if (!e.apply(this, arguments)) return;
    var p = D(this, k).event(g), T = this.__zoom, M = Math.max(r[0], Math.min(r[1], T.k * Math.pow(2, o.apply(this, arguments)))), z = $t(g);
    if (p.wheel)
      (p.mouse[0][0] !== z[0] || p.mouse[0][1] !== z[1]) && (p.mouse[1] = T.invert(p.mouse[0] = z)), clearTimeout(p.wheel);
    else {
      if (T.k === M) return;
      p.mouse = [z, T.invert(z)], _o(this), p.start();
    }
    pn(g), p.wheel = setTimeout(O, m), p.zoom("mouse", n(v(E(T, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function O() {
      p.wheel = null, p.end();
    }
  }
  function U(g, ...k) {
    if (f || !e.apply(this, arguments)) return;
    var p = g.currentTarget, T = D(this, k, !0).event(g), M = St(g.view).on("mousemove.zoom", j, !0).on("mouseup.zoom", oe, !0), z = $t(g, p), O = g.clientX, V = g.clientY;
    ry(g.view), wi(g), T.mouse = [z, this.__zoom.invert(z)], _o(this), T.start();
    function j(ie) {
      if (pn(ie), !T.moved) {
        var q = ie.clientX - O, Z = ie.clientY - V;
        T.moved = q * q + Z * Z > w;
      }
      T.event(ie).zoom("mouse", n(v(T.that.__zoom, T.mouse[0] = $t(ie, p), T.mouse[1]), T.extent, s));
    }
    function oe(ie) {
      M.on("mousemove.zoom mouseup.zoom", null), sy(ie.view, T.moved), pn(ie), T.event(ie).end();
    }
  }
  function X(g, ...k) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, T = $t(g.changedTouches ? g.changedTouches[0] : g, this), M = p.invert(T), z = p.k * (g.shiftKey ? 0.5 : 2), O = n(v(E(p, z), T, M), t.apply(this, k), s);
      pn(g), a > 0 ? St(this).transition().duration(a).call(R, O, T, g) : St(this).call(y.transform, O, T, g);
    }
  }
  function F(g, ...k) {
    if (e.apply(this, arguments)) {
      var p = g.touches, T = p.length, M = D(this, k, g.changedTouches.length === T).event(g), z, O, V, j;
      for (wi(g), O = 0; O < T; ++O)
        V = p[O], j = $t(V, this), j = [j, this.__zoom.invert(j), V.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== j[2] && (M.touch1 = j, M.taps = 0) : (M.touch0 = j, z = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (M.taps < 2 && (d = j[0], c = setTimeout(function() {
        c = null;
      }, h)), _o(this), M.start());
    }
  }
  function N(g, ...k) {
    if (this.__zooming) {
      var p = D(this, k).event(g), T = g.changedTouches, M = T.length, z, O, V, j;
      for (pn(g), z = 0; z < M; ++z)
        O = T[z], V = $t(O, this), p.touch0 && p.touch0[2] === O.identifier ? p.touch0[0] = V : p.touch1 && p.touch1[2] === O.identifier && (p.touch1[0] = V);
      if (O = p.that.__zoom, p.touch1) {
        var oe = p.touch0[0], ie = p.touch0[1], q = p.touch1[0], Z = p.touch1[1], J = (J = q[0] - oe[0]) * J + (J = q[1] - oe[1]) * J, he = (he = Z[0] - ie[0]) * he + (he = Z[1] - ie[1]) * he;
        O = E(O, Math.sqrt(J / he)), V = [(oe[0] + q[0]) / 2, (oe[1] + q[1]) / 2], j = [(ie[0] + Z[0]) / 2, (ie[1] + Z[1]) / 2];
      } else if (p.touch0) V = p.touch0[0], j = p.touch0[1];
      else return;
      p.zoom("touch", n(v(O, V, j), p.extent, s));
    }
  }
  function G(g, ...k) {
    if (this.__zooming) {
      var p = D(this, k).event(g), T = g.changedTouches, M = T.length, z, O;
      for (wi(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), z = 0; z < M; ++z)
        O = T[z], p.touch0 && p.touch0[2] === O.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === O.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0) p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (O = $t(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < b)) {
        var V = St(this).on("dblclick.zoom");
        V && V.apply(this, arguments);
      }
    }
  }
  return y.wheelDelta = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : lo(+g), y) : o;
  }, y.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : lo(!!g), y) : e;
  }, y.touchable = function(g) {
    return arguments.length ? (i = typeof g == "function" ? g : lo(!!g), y) : i;
  }, y.extent = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : lo([[+g[0][0], +g[0][1]], [+g[1][0], +g[1][1]]]), y) : t;
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
const Xl = /* @__PURE__ */ Symbol("MiniMapSlots"), j0 = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], Q0 = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, J0 = /* @__PURE__ */ Se({
  ...Q0,
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
      W(o)[`node-${n.type}`] ? (Q(), Re(Dt(W(o)[`node-${n.type}`]), Cu(bo({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (Q(), le("rect", bo({
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
      }), null, 16, j0))
    ], 64)) : ke("", !0);
  }
}), e1 = ["width", "height", "viewBox", "aria-labelledby"], t1 = ["id"], n1 = ["d", "fill", "stroke", "stroke-width"], o1 = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, i1 = /* @__PURE__ */ Se({
  ...o1,
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
    }), E = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", v = ae(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), x = ae(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), R = ae(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), D = ae(() => dr(m.value.filter((M) => !M.hidden))), Y = ae(() => ({
      x: -u.value.x / u.value.zoom,
      y: -u.value.y / u.value.zoom,
      width: c.value.width / u.value.zoom,
      height: c.value.height / u.value.zoom
    })), B = ae(
      () => m.value && m.value.length ? zh(D.value, Y.value) : Y.value
    ), U = ae(() => {
      const M = B.value.width / b.value, z = B.value.height / y.value;
      return Math.max(M, z);
    }), X = ae(() => {
      const M = U.value * b.value, z = U.value * y.value, O = e.offsetScale * U.value;
      return {
        offset: O,
        x: B.value.x - (M - B.value.width) / 2 - O,
        y: B.value.y - (z - B.value.height) / 2 - O,
        width: M + O * 2,
        height: z + O * 2
      };
    }), F = ae(() => !X.value.x || !X.value.y ? "" : `
    M${X.value.x - X.value.offset},${X.value.y - X.value.offset}
    h${X.value.width + X.value.offset * 2}
    v${X.value.height + X.value.offset * 2}
    h${-X.value.width - X.value.offset * 2}z
    M${Y.value.x + e.maskBorderRadius},${Y.value.y}
    h${Y.value.width - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},${e.maskBorderRadius}
    v${Y.value.height - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},${e.maskBorderRadius}
    h${-(Y.value.width - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},-${e.maskBorderRadius}
    v${-(Y.value.height - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},-${e.maskBorderRadius}z`);
    Su(
      (M) => {
        if (w.value) {
          const z = St(w.value), O = (oe) => {
            if (oe.sourceEvent.type !== "wheel" || !f.value || !h.value)
              return;
            const ie = oe.sourceEvent.ctrlKey && zn() ? 10 : 1, q = -oe.sourceEvent.deltaY * (oe.sourceEvent.deltaMode === 1 ? 0.05 : oe.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, Z = u.value.zoom * 2 ** (q * ie);
            h.value.scaleTo(f.value, Z);
          }, V = (oe) => {
            if (oe.sourceEvent.type !== "mousemove" || !f.value || !h.value)
              return;
            const ie = U.value * Math.max(1, u.value.zoom) * (e.inversePan ? -1 : 1), q = {
              x: u.value.x - oe.sourceEvent.movementX * ie,
              y: u.value.y - oe.sourceEvent.movementY * ie
            }, Z = [
              [0, 0],
              [c.value.width, c.value.height]
            ], J = Er.translate(q.x, q.y).scale(u.value.zoom), he = h.value.constrain()(J, Z, l.value);
            h.value.transform(f.value, he);
          }, j = Z0().wheelDelta((oe) => Vi(oe) * (e.zoomStep / 10)).on("zoom", e.pannable ? V : () => {
          }).on("zoom.wheel", e.zoomable ? O : () => {
          });
          z.call(j), M(() => {
            z.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function N(M) {
      const [z, O] = $t(M);
      t("click", { event: M, position: { x: z, y: O } });
    }
    function G(M, z) {
      const O = { event: M, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeClick(O), t("nodeClick", O);
    }
    function g(M, z) {
      const O = { event: M, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeDoubleClick(O), t("nodeDblclick", O);
    }
    function k(M, z) {
      const O = { event: M, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeMouseEnter(O), t("nodeMouseenter", O);
    }
    function p(M, z) {
      const O = { event: M, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeMouseMove(O), t("nodeMousemove", O);
    }
    function T(M, z) {
      const O = { event: M, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeMouseLeave(O), t("nodeMouseleave", O);
    }
    return (M, z) => (Q(), Re(W(vl), {
      position: M.position,
      class: Ue(["vue-flow__minimap", { pannable: M.pannable, zoomable: M.zoomable }])
    }, {
      default: Ze(() => [
        (Q(), le("svg", {
          ref_key: "el",
          ref: w,
          width: b.value,
          height: y.value,
          viewBox: [X.value.x, X.value.y, X.value.width, X.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${W(s)}`,
          onClick: N
        }, [
          M.ariaLabel ? (Q(), le("title", {
            key: 0,
            id: `vue-flow__minimap-${W(s)}`
          }, Pe(M.ariaLabel), 9, t1)) : ke("", !0),
          (Q(!0), le(He, null, Ft(W(m), (O) => (Q(), Re(J0, {
            id: O.id,
            key: O.id,
            f: "",
            position: O.computedPosition,
            dimensions: O.dimensions,
            selected: O.selected,
            dragging: O.dragging,
            style: De(O.style),
            class: Ue(R.value(O)),
            color: v.value(O),
            "border-radius": M.nodeBorderRadius,
            "stroke-color": x.value(O),
            "stroke-width": M.nodeStrokeWidth,
            "shape-rendering": W(E),
            type: O.type,
            hidden: O.hidden,
            onClick: (V) => G(V, O),
            onDblclick: (V) => g(V, O),
            onMouseenter: (V) => k(V, O),
            onMousemove: (V) => p(V, O),
            onMouseleave: (V) => T(V, O)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          be("path", {
            class: "vue-flow__minimap-mask",
            d: F.value,
            fill: M.maskColor,
            stroke: M.maskStrokeColor,
            "stroke-width": M.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, n1)
        ], 8, e1))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
var Gl = Object.defineProperty, r1 = (e, t, n) => t in e ? Gl(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, s1 = (e, t) => {
  for (var n in t) Gl(e, n, { get: t[n], enumerable: !0 });
}, a1 = (e, t, n) => r1(e, t + "", n), Ul = {};
s1(Ul, { Graph: () => nt, alg: () => $r });
var l1 = Object.defineProperty, ql = (e, t) => {
  for (var n in t) l1(e, n, { get: t[n], enumerable: !0 });
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
    let l = bn(this._isDirected, i, r, s);
    if (l in this._edgeLabels) return u && (this._edgeLabels[l] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(i), this.setNode(r), this._edgeLabels[l] = u ? a : this._defaultEdgeLabelFn(i, r, s);
    let c = u1(this._isDirected, i, r, s);
    return i = c.v, r = c.w, Object.freeze(c), this._edgeObjs[l] = c, zs(this._preds[r], i), zs(this._sucs[i], r), this._in[r][l] = c, this._out[i][l] = c, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let o = arguments.length === 1 ? _i(this._isDirected, e) : bn(this._isDirected, e, t, n);
    return this._edgeLabels[o];
  }
  edgeAsObj(e, t, n) {
    let o = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof o != "object" || o === null ? { label: o } : o;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? _i(this._isDirected, e) : bn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let o = arguments.length === 1 ? _i(this._isDirected, e) : bn(this._isDirected, e, t, n), i = this._edgeObjs[o];
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
function bn(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let s = i;
    i = r, r = s;
  }
  return i + "" + r + "" + (o === void 0 ? "\0" : o);
}
function u1(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let a = i;
    i = r, r = a;
  }
  let s = { v: i, w: r };
  return o && (s.name = o), s;
}
function _i(e, t) {
  return bn(e, t.v, t.w, t.name);
}
var c1 = {};
ql(c1, { read: () => g1, write: () => d1 });
function d1(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: f1(e), edges: h1(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function f1(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), o = e.parent(t), i = { v: t };
    return n !== void 0 && (i.value = n), o !== void 0 && (i.parent = o), i;
  });
}
function h1(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), o = { v: t.v, w: t.w };
    return t.name !== void 0 && (o.name = t.name), n !== void 0 && (o.value = n), o;
  });
}
function g1(e) {
  let t = new xr(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var $r = {};
ql($r, { CycleException: () => Lo, bellmanFord: () => Wl, components: () => m1, dijkstra: () => Vo, dijkstraAll: () => _1, findCycles: () => b1, floydWarshall: () => x1, isAcyclic: () => k1, postorder: () => S1, preorder: () => C1, prim: () => M1, shortestPaths: () => I1, tarjan: () => Zl, topsort: () => jl });
var p1 = () => 1;
function Wl(e, t, n, o) {
  return v1(e, String(t), n || p1, o || function(i) {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  });
}
function v1(e, t, n, o) {
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
function m1(e) {
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
}, y1 = () => 1;
function Vo(e, t, n, o) {
  let i = function(r) {
    var s;
    return (s = e.outEdges(r)) != null ? s : [];
  };
  return w1(e, String(t), n || y1, o || i);
}
function w1(e, t, n, o) {
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
function _1(e, t, n) {
  return e.nodes().reduce(function(o, i) {
    return o[i] = Vo(e, i, t, n), o;
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
function b1(e) {
  return Zl(e).filter(function(t) {
    var n;
    let o = t[0];
    return o ? t.length > 1 || t.length === 1 && ((n = e.outEdges(o, o)) != null ? n : []).length > 0 : !1;
  });
}
var E1 = () => 1;
function x1(e, t, n) {
  return $1(e, t || E1, n || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function $1(e, t, n) {
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
var Lo = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function jl(e) {
  let t = {}, n = {}, o = [];
  function i(r) {
    var s;
    if (r in n) throw new Lo();
    r in t || (n[r] = !0, t[r] = !0, (s = e.predecessors(r)) == null || s.forEach(i), delete n[r], o.push(r));
  }
  if (e.sinks().forEach(i), Object.keys(t).length !== e.nodeCount()) throw new Lo();
  return o;
}
function k1(e) {
  try {
    jl(e);
  } catch (t) {
    if (t instanceof Lo) return !1;
    throw t;
  }
  return !0;
}
function N1(e, t, n, o, i) {
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
  return N1(e, t, n, function(o, i) {
    return o.push(i), o;
  }, []);
}
function S1(e, t) {
  return Jl(e, t, "post");
}
function C1(e, t) {
  return Jl(e, t, "pre");
}
function M1(e, t) {
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
function I1(e, t, n, o) {
  return T1(e, t, n, o ?? ((i) => {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  }));
}
function T1(e, t, n, o) {
  if (n === void 0) return Vo(e, t, n, o);
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
  return Vo(e, t, n, o);
}
var nt = xr;
function cn(e, t, n, o) {
  let i = o;
  for (; e.hasNode(i); ) i = kr(o);
  return n.dummy = t, e.setNode(i, n), i;
}
function O1(e) {
  let t = new nt().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let o = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, i = e.edge(n);
    t.setEdge(n.v, n.w, { weight: o.weight + i.weight, minlen: Math.max(o.minlen, i.minlen) });
  }), t;
}
function eu(e) {
  let t = new nt({ multigraph: e.isMultigraph() }).setGraph(e.graph());
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
function qn(e) {
  let t = Hn(nu(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let o = e.node(n), i = o.rank;
    i !== void 0 && (t[i] || (t[i] = []), t[i][o.order] = n);
  }), t;
}
function D1(e) {
  let t = e.nodes().map((o) => {
    let i = e.node(o).rank;
    return i === void 0 ? Number.MAX_VALUE : i;
  }), n = at(Math.min, t);
  e.nodes().forEach((o) => {
    let i = e.node(o);
    Object.hasOwn(i, "rank") && (i.rank -= n);
  });
}
function P1(e) {
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
  return arguments.length >= 4 && (i.rank = n, i.order = o), cn(e, "border", i, t);
}
function A1(e, t = tu) {
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
    let n = A1(t);
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
function z1(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((o) => {
    t(o) ? n.lhs.push(o) : n.rhs.push(o);
  }), n;
}
function R1(e, t) {
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
var B1 = 0;
function kr(e) {
  let t = ++B1;
  return e + ("" + t);
}
function Hn(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let o = (r) => r < t;
  n < 0 && (o = (r) => t < r);
  let i = [];
  for (let r = e; o(r); r += n) i.push(r);
  return i;
}
function Ho(e, t) {
  let n = {};
  for (let o of t) e[o] !== void 0 && (n[o] = e[o]);
  return n;
}
function ni(e, t) {
  let n;
  return typeof t == "string" ? n = (o) => o[t] : n = t, Object.entries(e).reduce((o, [i, r]) => (o[i] = n(r, i), o), {});
}
function V1(e, t) {
  return e.reduce((n, o, i) => (n[o] = t[i], n), {});
}
var oi = "\0";
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
var L1 = "3.1.3", H1 = class {
  constructor() {
    a1(this, "_sentinel");
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
    for (; n !== t; ) e.push(JSON.stringify(n, F1)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Ls(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function F1(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var Y1 = H1, X1 = () => 1;
function G1(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = q1(e, t || X1);
  return U1(n.graph, n.buckets, n.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function U1(e, t, n) {
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
function q1(e, t) {
  let n = new nt(), o = 0, i = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let u = n.edge(a.v, a.w) || 0, l = t(a), c = u + l;
    n.setEdge(a.v, a.w, c);
    let d = n.node(a.v), f = n.node(a.w);
    i = Math.max(i, d.out += l), o = Math.max(o, f.in += l);
  });
  let r = W1(i + o + 3).map(() => new Y1()), s = o + 1;
  return n.nodes().forEach((a) => {
    Qi(r, s, n.node(a));
  }), { graph: n, buckets: r, zeroIdx: s };
}
function Qi(e, t, n) {
  var o, i, r;
  n.out ? n.in ? (r = e[n.out - n.in + t]) == null || r.enqueue(n) : (i = e[e.length - 1]) == null || i.enqueue(n) : (o = e[0]) == null || o.enqueue(n);
}
function W1(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function K1(e, t) {
  (e.graph().acyclicer === "greedy" ? G1(e, n(e)) : Z1(e, t ?? null)).forEach((o) => {
    let i = e.edge(o);
    e.removeEdge(o), i.forwardName = o.name, i.reversed = !0, e.setEdge(o.w, o.v, i, kr("rev"));
  });
  function n(o) {
    return (i) => o.edge(i).weight;
  }
}
function Z1(e, t) {
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
      Object.hasOwn(o, c.w) || ((d = t.node(u)) == null ? void 0 : d.rank) > ((f = t.node(c.w)) == null ? void 0 : f.rank) && Q1(e, c.w, c) ? n.push(c) : s(c.w);
    }), delete o[u]);
  }
  let a = r;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function j1(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let o = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, o);
    }
  });
}
function Q1(e, t, n) {
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
function J1(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => ew(e, t));
}
function ew(e, t) {
  let n = t.v, o = e.node(n).rank, i = t.w, r = e.node(i).rank, s = t.name, a = e.edge(t), u = a.labelRank;
  if (r === o + 1) return;
  e.removeEdge(t);
  let l, c, d;
  for (d = 0, ++o; o < r; ++d, ++o) a.points = [], c = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: o }, l = cn(e, "edge", c, "_d"), o === u && (c.width = a.width, c.height = a.height, c.dummy = "edge-label", c.labelpos = a.labelpos), e.setEdge(n, l, { weight: a.weight }, s), d === 0 && e.graph().dummyChains.push(l), n = l;
  e.setEdge(n, i, { weight: a.weight }, s);
}
function tw(e) {
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
function ln(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var ru = nw;
function nw(e) {
  let t = new nt({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let o = n[0], i = e.nodeCount();
  t.setNode(o, {});
  let r, s;
  for (; ow(t, e) < i && (r = iw(t, e), !!r); ) s = t.hasNode(r.v) ? ln(e, r) : -ln(e, r), rw(t, e, s);
  return t;
}
function ow(e, t) {
  function n(o) {
    let i = t.nodeEdges(o);
    i && i.forEach((r) => {
      let s = r.v, a = o === s ? r.w : s;
      !e.hasNode(a) && !ln(t, r) && (e.setNode(a, {}), e.setEdge(o, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function iw(e, t) {
  return t.edges().reduce((n, o) => {
    let i = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (i = ln(t, o)), i < n[0] ? [i, o] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function rw(e, t, n) {
  e.nodes().forEach((o) => t.node(o).rank += n);
}
var { preorder: sw, postorder: aw } = $r, lw = qt;
qt.initLowLimValues = Cr;
qt.initCutValues = Sr;
qt.calcCutValue = su;
qt.leaveEdge = lu;
qt.enterEdge = uu;
qt.exchangeEdges = cu;
function qt(e) {
  e = O1(e), Nr(e);
  let t = ru(e);
  Cr(t), Sr(t, e);
  let n, o;
  for (; n = lu(t); ) o = uu(t, e, n), cu(t, e, n, o);
}
function Sr(e, t) {
  let n = aw(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((o) => uw(e, t, o));
}
function uw(e, t, n) {
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
      if (s += d ? f : -f, dw(e, n, c)) {
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
  return r.lim > s.lim && (a = s, u = !0), t.edges().filter((l) => u === Hs(e, e.node(l.v), a) && u !== Hs(e, e.node(l.w), a)).reduce((l, c) => ln(t, c) < ln(t, l) ? c : l);
}
function cu(e, t, n, o) {
  let i = n.v, r = n.w;
  e.removeEdge(i, r), e.setEdge(o.v, o.w, {}), Cr(e), Sr(e, t), cw(e, t);
}
function cw(e, t) {
  let n = e.nodes().find((i) => !e.node(i).parent);
  if (!n) return;
  let o = sw(e, [n]);
  o = o.slice(1), o.forEach((i) => {
    let r = e.node(i).parent, s = t.edge(i, r), a = !1;
    s || (s = t.edge(r, i), a = !0), t.node(i).rank = t.node(r).rank + (a ? s.minlen : -s.minlen);
  });
}
function dw(e, t, n) {
  return e.hasEdge(t, n);
}
function Hs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var fw = hw;
function hw(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Fs(e);
      break;
    case "tight-tree":
      pw(e);
      break;
    case "longest-path":
      gw(e);
      break;
    case "none":
      break;
    default:
      Fs(e);
  }
}
var gw = Nr;
function pw(e) {
  Nr(e), ru(e);
}
function Fs(e) {
  lw(e);
}
var vw = mw;
function mw(e) {
  let t = ww(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((o) => {
    let i = e.node(o), r = i.edgeObj, s = yw(e, t, r.v, r.w), a = s.path, u = s.lca, l = 0, c = a[l], d = !0;
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
function yw(e, t, n, o) {
  let i = [], r = [], s = Math.min(t[n].low, t[o].low), a = Math.max(t[n].lim, t[o].lim), u;
  u = n;
  do
    u = e.parent(u), i.push(u);
  while (u && (t[u].low > s || a > t[u].lim));
  let l = u, c = o;
  for (; (c = e.parent(c)) !== l; ) r.push(c);
  return { path: i.concat(r.reverse()), lca: l };
}
function ww(e) {
  let t = {}, n = 0;
  function o(i) {
    let r = n;
    e.children(i).forEach(o), t[i] = { low: r, lim: n++ };
  }
  return e.children(oi).forEach(o), t;
}
function _w(e) {
  let t = cn(e, "root", {}, "_root"), n = bw(e), o = Object.values(n), i = at(Math.max, o) - 1, r = 2 * i + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= r);
  let s = Ew(e) + 1;
  e.children(oi).forEach((a) => {
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
    let m = e.node(f), w = m.borderTop ? m.borderTop : f, b = m.borderBottom ? m.borderBottom : f, y = m.borderTop ? o : 2 * o, E = w !== b ? 1 : i - ((h = r[s]) != null ? h : 0) + 1;
    e.setEdge(l, w, { weight: y, minlen: E, nestingEdge: !0 }), e.setEdge(b, c, { weight: y, minlen: E, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, l, { weight: 0, minlen: i + ((a = r[s]) != null ? a : 0) });
}
function bw(e) {
  let t = {};
  function n(o, i) {
    let r = e.children(o);
    r && r.length && r.forEach((s) => n(s, i + 1)), t[o] = i;
  }
  return e.children(oi).forEach((o) => n(o, 1)), t;
}
function Ew(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function xw(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var $w = kw;
function kw(e) {
  function t(n) {
    let o = e.children(n), i = e.node(n);
    if (o.length && o.forEach(t), i && Object.hasOwn(i, "minRank")) {
      i.borderLeft = [], i.borderRight = [];
      for (let r = i.minRank, s = i.maxRank + 1; r < s; ++r) Ys(e, "borderLeft", "_bl", n, i, r), Ys(e, "borderRight", "_br", n, i, r);
    }
  }
  e.children(oi).forEach(t);
}
function Ys(e, t, n, o, i, r) {
  let s = { width: 0, height: 0, rank: r, borderType: t }, a = i[t][r - 1], u = cn(e, "border", s, n);
  i[t][r] = u, e.setParent(u, o), a && e.setEdge(a, u, { weight: 1 });
}
function Nw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && fu(e);
}
function Sw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && Cw(e), (n === "lr" || n === "rl") && (Mw(e), fu(e));
}
function fu(e) {
  e.nodes().forEach((t) => Xs(e.node(t))), e.edges().forEach((t) => Xs(e.edge(t)));
}
function Xs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function Cw(e) {
  e.nodes().forEach((t) => Ei(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(Ei), Object.hasOwn(o, "y") && Ei(o);
  });
}
function Ei(e) {
  e.y = -e.y;
}
function Mw(e) {
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
function Iw(e, t = null) {
  let n = {}, o = e.nodes().filter((l) => !e.children(l).length), i = o.map((l) => e.node(l).rank), r = at(Math.max, i), s = Hn(r + 1).map(() => []);
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
function Tw(e, t) {
  let n = 0;
  for (let o = 1; o < t.length; ++o) n += Ow(e, t[o - 1], t[o]);
  return n;
}
function Ow(e, t, n) {
  let o = V1(n, n.map((l, c) => c)), i = t.flatMap((l) => {
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
function Dw(e, t = []) {
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
function Pw(e, t) {
  let n = {};
  e.forEach((i, r) => {
    let s = { indegree: 0, in: [], out: [], vs: [i.v], i: r };
    i.barycenter !== void 0 && (s.barycenter = i.barycenter, s.weight = i.weight), n[i.v] = s;
  }), t.edges().forEach((i) => {
    let r = n[i.v], s = n[i.w];
    r !== void 0 && s !== void 0 && (s.indegree++, r.out.push(s));
  });
  let o = Object.values(n).filter((i) => !i.indegree);
  return Aw(o);
}
function Aw(e) {
  let t = [];
  function n(i) {
    return (r) => {
      r.merged || (r.barycenter === void 0 || i.barycenter === void 0 || r.barycenter >= i.barycenter) && zw(i, r);
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
  return t.filter((i) => !i.merged).map((i) => Ho(i, ["vs", "i", "barycenter", "weight"]));
}
function zw(e, t) {
  let n = 0, o = 0;
  e.weight && (n += e.barycenter * e.weight, o += e.weight), t.weight && (n += t.barycenter * t.weight, o += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / o, e.weight = o, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Rw(e, t, n, o, i) {
  let r = {}, s = null, a = null, u = i;
  typeof t == "boolean" ? (u = t, r = {}) : t && (r = t, s = n ?? null, a = o ?? null);
  let l = z1(e, (y) => Object.hasOwn(y, "barycenter")), c = l.lhs, d = l.rhs.sort((y, E) => E.i - y.i), f = [], h = 0, m = 0, w = 0;
  c.sort(Bw(a, s, !!u));
  for (let [y, E] of Object.entries(r)) {
    let v = c.findIndex((x) => x.vs[0] === y);
    c.splice(v + 1, 0, E);
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
function Bw(e, t, n) {
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
  let E = e.children(t), v = e.node(t), x = v ? v.borderLeft : void 0, R = v ? v.borderRight : void 0, D = {};
  x && (E = E.filter((N) => N !== x && N !== R));
  let Y = Dw(e, E);
  Y.forEach((N) => {
    if (e.children(N.v).length) {
      let { result: G } = hu(e, N.v, n, b, y);
      D[N.v] = G, Object.hasOwn(G, "barycenter") && Lw(N, G);
    }
  });
  let B = Pw(Y, n);
  Vw(B, D);
  let U = {}, X = !1;
  for (let N = 0; N < B.length; N++) for (let G = N + 1; G < B.length; G++) if (!(!B[N] || !B[G] || !((r = B[N]) != null && r.barycenter) || !((s = B[G]) != null && s.barycenter)) && ((a = B[N]) == null ? void 0 : a.barycenter) === B[G].barycenter) {
    let g = (l = (u = B[N]) == null ? void 0 : u.vs[0]) != null ? l : "", k = (d = (c = B[G]) == null ? void 0 : c.vs[0]) != null ? d : "", p = e.node(g), T = e.node(k);
    if (p.dummy === "edge" && T.dummy === "edge" && ((f = p.edgeObj) == null ? void 0 : f.v) === ((h = T.edgeObj) == null ? void 0 : h.v) && ((m = p.edgeObj) == null ? void 0 : m.w) === ((w = T.edgeObj) == null ? void 0 : w.w)) if (p.edgeLabel.reversed) {
      U[k] = B[N], B.splice(N, 1), N--;
      break;
    } else U[g] || (U[g] = B[G], B.splice(G, 1), G--);
    else X = !0;
  }
  let F = Rw(B, U, b, e, y);
  if (x && R) {
    F.vs = [x, F.vs, R].flat(1);
    let N = e.predecessors(x);
    if (N && N.length) {
      let G = e.node(N[0]), g = e.predecessors(R), k = e.node(g[0]);
      Object.hasOwn(F, "barycenter") || (F.barycenter = 0, F.weight = 0), F.barycenter = (F.barycenter * F.weight + G.order + k.order) / (F.weight + 2), F.weight += 2;
    }
  }
  return Object.defineProperty(F, "result", { value: F, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(F, "usedBias", { value: X, enumerable: !1, configurable: !0, writable: !0 }), F;
}
function Vw(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((o) => t[o] ? t[o].vs : o);
  });
}
function Lw(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function Hw(e, t, n, o) {
  o || (o = e.nodes());
  let i = Fw(e), r = new nt({ compound: !0 }).setGraph({ root: i }).setDefaultNodeLabel((s) => e.node(s));
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
function Fw(e) {
  let t;
  for (; e.hasNode(t = kr("_root")); ) ;
  return t;
}
function Yw(e, t, n) {
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
  let o = nu(e), i = Us(e, Hn(1, o + 1), "inEdges"), r = Us(e, Hn(o - 1, -1, -1), "outEdges"), s = Iw(e, n);
  if (qs(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, u, l = t.constraints || [];
  for (let c = 0, d = 0; d < 4; ++c, ++d) {
    Xw(c % 2 ? i : r, c % 4 >= 2, l, n), s = qn(e);
    let f = Tw(e, s);
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
    return Hw(e, r, n, o.get(r) || []);
  });
}
function Xw(e, t, n, o) {
  let i = !0, r = new nt();
  e.forEach(function(s) {
    n.forEach((c) => r.setEdge(c.left, c.right));
    let a = s.graph().root, { result: u, usedBias: l } = hu(s, a, r, o, i);
    t && l && (i = !i), u.vs.forEach((c, d) => s.node(c).order = d), Yw(s, r, u.vs);
  });
}
function qs(e, t) {
  Object.values(t).forEach((n) => n.forEach((o, i) => e.node(o).order = i));
}
function Gw(e, t) {
  let n = {};
  function o(i, r) {
    let s = 0, a = 0, u = i.length, l = r[r.length - 1];
    return r.forEach((c, d) => {
      let f = qw(e, c), h = f ? e.node(f).order : u;
      (f || c === l) && (r.slice(a, d + 1).forEach((m) => {
        let w = e.predecessors(m);
        w && w.forEach((b) => {
          let y = e.node(b), E = y.order;
          (E < s || h < E) && !(y.dummy && e.node(m).dummy) && pu(n, b, m);
        });
      }), a = d + 1, s = h);
    }), r;
  }
  return t.length && t.reduce(o), n;
}
function Uw(e, t) {
  let n = {};
  function o(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(o)) return n;
  function i(s, a, u, l, c) {
    Hn(a, u).forEach((d) => {
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
function qw(e, t) {
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
function Ww(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  return o !== void 0 && Object.hasOwn(o, n);
}
function Kw(e, t, n, o, i) {
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
        let y = b.sort((v, x) => {
          let R = a[v], D = a[x];
          return (R !== void 0 ? R : 0) - (D !== void 0 ? D : 0);
        }), E = (y.length - 1) / 2;
        for (let v = Math.floor(E), x = Math.ceil(E); v <= x; ++v) {
          let R = y[v];
          if (R === void 0) continue;
          let D = a[R];
          if (D !== void 0 && s[m] === m && l < D && a[R] !== c && !Ww(n, m, R)) {
            let Y = r[R];
            Y !== void 0 && (s[R] = m, s[m] = r[m] = Y, l = D, d && (l = -1, c = (w = a[R]) != null ? w : -1, d = !1));
          }
        }
      }
    });
  }), { root: r, align: s };
}
function Zw(e, t, n, o, i = !1) {
  let r = {}, s = jw(e, t, n, i), a = i ? "borderLeft" : "borderRight";
  function u(h, m) {
    let w = s.nodes().slice(), b = {}, y = w.pop();
    for (; y; ) {
      if (b[y]) h(y);
      else {
        b[y] = !0, w.push(y);
        for (let E of m(y)) w.push(E);
      }
      y = w.pop();
    }
  }
  function l(h) {
    let m = s.inEdges(h);
    m ? r[h] = m.reduce((w, b) => {
      var y;
      let E = (y = r[b.v]) != null ? y : 0, v = s.edge(b);
      return Math.max(w, E + (v !== void 0 ? v : 0));
    }, 0) : r[h] = 0;
  }
  function c(h) {
    let m = s.outEdges(h), w = Number.POSITIVE_INFINITY;
    m && (w = m.reduce((y, E) => {
      let v = r[E.w], x = s.edge(E);
      return Math.min(y, (v !== void 0 ? v : 0) - (x !== void 0 ? x : 0));
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
function jw(e, t, n, o) {
  let i = new nt(), r = e.graph(), s = n_(r.nodesep, r.edgesep, o);
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
function Qw(e, t) {
  return Object.values(t).reduce((n, o) => {
    let i = Number.NEGATIVE_INFINITY, r = Number.POSITIVE_INFINITY;
    Object.entries(o).forEach(([a, u]) => {
      let l = o_(e, a) / 2;
      i = Math.max(u + l, i), r = Math.min(u - l, r);
    });
    let s = i - r;
    return s < n[0] && (n = [s, o]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function Jw(e, t) {
  let n = Object.values(t), o = at(Math.min, n), i = at(Math.max, n);
  ["u", "d"].forEach((r) => {
    ["l", "r"].forEach((s) => {
      let a = r + s, u = e[a];
      if (!u || u === t) return;
      let l = Object.values(u), c = o - at(Math.min, l);
      s !== "l" && (c = i - at(Math.max, l)), c && (e[a] = ni(u, (d) => d + c));
    });
  });
}
function e_(e, t = void 0) {
  let n = e.ul;
  return n ? ni(n, (o, i) => {
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
function t_(e, t) {
  let n = qn(e), o = Object.assign(Gw(e, n), Uw(e, n)), i = {}, r;
  ["u", "d"].forEach((a) => {
    r = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((u) => {
      u === "r" && (r = r.map((d) => Object.values(d).reverse()));
      let l = Kw(e, r, o, (d) => (a === "u" ? e.predecessors(d) : e.successors(d)) || [], t), c = Zw(e, r, l.root, l.align, u === "r");
      u === "r" && (c = ni(c, (d) => -d)), i[a + u] = c;
    });
  });
  let s = Qw(e, i);
  return Jw(i, s), e_(i, e.graph().align);
}
function n_(e, t, n) {
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
function o_(e, t) {
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
function i_(e, t) {
  e = eu(e), r_(e), Object.entries(t_(e, t)).forEach(([n, o]) => e.node(n).x = o);
}
function r_(e) {
  let t = qn(e), n = e.graph(), o = n.ranksep, i = n.rankalign, r = 0;
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
function s_(e, t = {}) {
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
  let i = e.nodes().filter((E) => e.children(E).length), r = {};
  i.forEach((E) => {
    let v = e.node(E);
    if (v && v.rankdir) {
      let x = new nt({ multigraph: !0, compound: !0 });
      x.setGraph({ rankdir: v.rankdir });
      let R = e.children(E);
      R.forEach((g) => {
        let k = { ...e.node(g) };
        x.setNode(g, k);
        let p = e.parent(g);
        p && p !== E && R.includes(p) && x.setParent(g, p);
      });
      let D = /* @__PURE__ */ new Set();
      e.edges().forEach((g) => {
        let k = Zs(e, g.v, E), p = Zs(e, g.w, E);
        if (k === g.v && p === g.w) x.setEdge(g, { ...e.edge(g) });
        else if (k && p && k !== p) {
          let T = `${k}\0${p}`;
          D.has(T) || (D.add(T), x.setEdge(k, p, { ...e.edge(g) }));
        }
      }), vu(x, t, n);
      let Y = ta(x);
      Qs(Y, t, n, null), Js(x, Y);
      let B = 1 / 0, U = 1 / 0, X = -1 / 0, F = -1 / 0;
      x.nodes().forEach((g) => {
        if (g === E) return;
        let k = x.node(g);
        k && typeof k.x == "number" && typeof k.y == "number" && typeof k.width == "number" && typeof k.height == "number" && (B = Math.min(B, k.x - k.width / 2), X = Math.max(X, k.x + k.width / 2), U = Math.min(U, k.y - k.height / 2), F = Math.max(F, k.y + k.height / 2));
      }), (!isFinite(B) || !isFinite(U) || !isFinite(X) || !isFinite(F)) && (B = U = 0, X = F = 0);
      let N = X - B, G = F - U;
      r[E] = { minX: B, minY: U, maxX: X, maxY: F, width: N, height: G, offsetX: B, offsetY: U }, v._dagreClusterSubgraph = x;
    }
  });
  let s = [], a = (E) => {
    let v = [], x = (e.children(E) || []).filter((R) => R !== E);
    for (; x.length > 0; ) {
      let R = x.shift();
      v.push(R), (e.children(R) || []).filter((D) => D !== R).forEach((D) => x.push(D));
    }
    return v;
  }, u = /* @__PURE__ */ new Map();
  i.forEach((E) => {
    let v = e.node(E);
    v && v.rankdir && r[E] && u.set(E, (e.children(E) || []).filter((x) => x !== E));
  });
  let l = new Set([...u.values()].flat()), c = /* @__PURE__ */ new Map();
  u.forEach((E, v) => {
    l.has(v) || c.set(v, a(v));
  });
  let d = new Set([...c.values()].flat()), f = (E) => {
    for (let [v, x] of c) if (x.includes(E)) return v;
    return E;
  }, h = [];
  e.edges().forEach((E) => {
    (d.has(E.v) || d.has(E.w)) && h.push({ edge: E, label: e.edge(E) });
  });
  let m = /* @__PURE__ */ new Map();
  d.forEach((E) => {
    let v = e.parent(E);
    m.set(E, typeof v == "string" ? v : void 0);
  }), c.forEach((E, v) => {
    let x = e.node(v), R = [];
    E.forEach((B) => {
      let U = e.node(B);
      U && (R.push({ id: B, node: U, parent: m.get(B) }), e.removeNode(B));
    });
    let D = h.filter(({ edge: B }) => E.includes(B.v) || E.includes(B.w)), Y = r[v];
    x && (s.push({ clusterId: v, subgraph: x._dagreClusterSubgraph, bounds: Y, children: E, removedNodes: R, removedEdges: D }), x.width = Y.width, x.height = Y.height);
  });
  let w = /* @__PURE__ */ new Set();
  h.forEach(({ edge: E, label: v }) => {
    let x = f(E.v), R = f(E.w);
    if (x !== R && e.hasNode(x) && e.hasNode(R)) {
      let D = `${x}\0${R}`;
      w.has(D) || (w.add(D), e.setEdge(x, R, { ...v, width: 0, height: 0 }));
    }
  });
  let b = ta(e), y = Qs(b, t, n, (o = Ks.get(e)) != null ? o : null);
  Ks.set(e, y), Js(e, b), w.forEach((E) => {
    let v = E.indexOf("\0"), x = E.slice(0, v), R = E.slice(v + 1);
    e.hasEdge(x, R) && e.removeEdge(x, R);
  }), s.forEach(({ clusterId: E, subgraph: v, bounds: x, removedNodes: R, removedEdges: D }) => {
    var Y, B;
    let U = e.node(E), X = (Y = U?.x) != null ? Y : 0, F = (B = U?.y) != null ? B : 0, N = (x.minX + x.maxX) / 2, G = (x.minY + x.maxY) / 2;
    R.forEach(({ id: g, node: k, parent: p }) => {
      e.setNode(g, k), p !== void 0 && e.setParent(g, p);
    }), D.forEach(({ edge: g, label: k }) => {
      e.setEdge(g, k);
    }), v.nodes().forEach((g) => {
      if (g === E) return;
      let k = v.node(g), p = e.node(g);
      p && k && typeof k.x == "number" && typeof k.y == "number" && (p.x = X + (k.x - N), p.y = F + (k.y - G));
    }), js(e, v, X - N, F - G), delete U._dagreClusterSubgraph;
  }), i.forEach((E) => {
    var v, x;
    let R = e.node(E), D = r[E];
    if (R && R.rankdir && R._dagreClusterSubgraph && D) {
      let Y = R._dagreClusterSubgraph, B = (v = R.x) != null ? v : 0, U = (x = R.y) != null ? x : 0, X = (D.minX + D.maxX) / 2, F = (D.minY + D.maxY) / 2;
      Y.nodes().forEach((N) => {
        if (N === E) return;
        let G = Y.node(N), g = e.node(N);
        if (g && G && typeof G.x == "number" && typeof G.y == "number") {
          let k = G.x - X, p = G.y - F;
          g.x = B + k, g.y = U + p;
        }
      }), js(e, Y, B - X, U - F), delete R._dagreClusterSubgraph;
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
  t("    makeSpaceForEdgeLabels", () => g_(e)), t("    removeSelfEdges", () => x_(e)), t("    acyclic", () => K1(e, a)), t("    nestingGraph.run", () => _w(e)), t("    rank", () => fw(eu(e))), t("    injectEdgeLabelProxies", () => p_(e)), t("    removeEmptyRanks", () => P1(e)), t("    nestingGraph.cleanup", () => xw(e)), t("    normalizeRanks", () => D1(e)), t("    assignRankMinMax", () => v_(e)), t("    removeEdgeLabelProxies", () => m_(e)), t("    normalize.run", () => J1(e)), t("    parentDummyChains", () => vw(e)), t("    addBorderSegments", () => $w(e)), t("    order", () => gu(e, n, u)), t("    insertSelfEdges", () => $_(e)), t("    adjustCoordinateSystem", () => Nw(e)), t("    position", () => i_(e, n.corePath)), t("    positionSelfEdges", () => k_(e));
  let l = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => E_(e)), t("    normalize.undo", () => tw(e)), t("    fixupEdgeLabelCoords", () => __(e)), t("    undoCoordinateSystem", () => Sw(e)), t("    translateGraph", () => y_(e)), t("    assignNodeIntersects", () => w_(e)), t("    reversePoints", () => b_(e)), t("    acyclic.undo", () => j1(e)), { graph: e, rawNodes: l };
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
var a_ = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], l_ = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, u_ = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], c_ = ["width", "height", "rank"], ea = { width: 0, height: 0 }, d_ = ["minlen", "weight", "width", "height", "labeloffset"], f_ = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, h_ = ["labelpos"];
function ta(e) {
  let t = new nt({ multigraph: !0, compound: !0 }), n = ki(e.graph());
  return t.setGraph(Object.assign({}, l_, $i(n, a_), Ho(n, u_))), e.nodes().forEach((o) => {
    let i = ki(e.node(o)), r = $i(i, c_);
    Object.keys(ea).forEach((a) => {
      r[a] === void 0 && (r[a] = ea[a]);
    }), t.setNode(o, r);
    let s = e.parent(o);
    s !== void 0 && t.setParent(o, s);
  }), e.edges().forEach((o) => {
    let i = ki(e.edge(o));
    t.setEdge(o, Object.assign({}, f_, $i(i, d_), Ho(i, h_)));
  }), t;
}
function g_(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var o;
    let i = e.edge(n);
    i.minlen *= 2, ((o = i.labelpos) != null ? o : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? i.width += i.labeloffset : i.height += i.labeloffset);
  });
}
function p_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let o = e.node(t.v), i = { rank: (e.node(t.w).rank - o.rank) / 2 + o.rank, e: t };
      cn(e, "edge-proxy", i, "_ep");
    }
  });
}
function v_(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let o = e.node(n);
    o.borderTop && (o.minRank = e.node(o.borderTop).rank, o.maxRank = e.node(o.borderBottom).rank, t = Math.max(t, o.maxRank));
  }), e.graph().maxRank = t;
}
function m_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let o = n;
      e.edge(o.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function y_(e) {
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
function w_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), o = e.node(t.v), i = e.node(t.w), r, s;
    n.points ? (r = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], r = i, s = o), n.points.unshift(Bs(o, r)), n.points.push(Bs(i, s));
  });
}
function __(e) {
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
function b_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function E_(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), o = e.node(n.borderTop), i = e.node(n.borderBottom), r = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - r.x), n.height = Math.abs(i.y - o.y), n.x = r.x + n.width / 2, n.y = o.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function x_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function $_(e) {
  qn(e).forEach((t) => {
    let n = 0;
    t.forEach((o, i) => {
      let r = e.node(o);
      typeof r.rank != "number" && (r.rank = 0), r.order = i + n, (r.selfEdges || []).forEach((s) => {
        cn(e, "selfedge", { width: s.label.width, height: s.label.height, rank: r.rank, order: i + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete r.selfEdges;
    });
  });
}
function k_(e) {
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
  return ni(Ho(e, t), Number);
}
function ki(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, o]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = o;
  }), t;
}
function N_(e) {
  let t = qn(e), n = new nt({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((o) => {
    n.setNode(o, { label: o }), n.setParent(o, "layer" + e.node(o).rank);
  }), e.edges().forEach((o) => n.setEdge(o.v, o.w, {}, o.name)), t.forEach((o, i) => {
    let r = "layer" + i;
    n.setNode(r, { rank: "same" }), o.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var S_ = { graphlib: Ul, version: L1, layout: s_, debug: N_, util: { time: R1, notime: ou } }, na = S_;
const C_ = {
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
function M_(e) {
  return String(e || "").split("[")[0].trim();
}
function En(e) {
  const t = M_(e);
  if (oa[t]) return oa[t];
  let n = 0;
  for (const o of t) n = n * 31 + o.charCodeAt(0) >>> 0;
  return ia[n % ia.length];
}
function Ji(e) {
  return C_[e] || "#607d8b";
}
const I_ = ["data-node-id", "data-block-type", "title"], T_ = { class: "gc-node-id" }, O_ = {
  key: 0,
  class: "gc-bypass-badge",
  title: "Bypassed: left out of training (Ctrl+B)"
}, D_ = { class: "gc-node-type" }, P_ = { class: "gc-node-body" }, A_ = ["data-port"], z_ = { class: "gc-port-name" }, R_ = {
  key: 1,
  class: "gc-port gc-in"
}, B_ = ["data-port"], V_ = { class: "gc-port-name" }, L_ = {
  key: 3,
  class: "gc-port gc-out"
}, H_ = {
  key: 0,
  class: "gc-summary"
}, F_ = {
  key: 1,
  class: "gc-node-error"
}, Y_ = {
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
      class: Ue(["gc-node", { "gc-invalid": e.data.invalid, "gc-selected": e.selected, "gc-unknown": e.data.unknown, "gc-bypassed": e.data.bypass, "gc-subgraph": e.data.kind === "subgraph" }]),
      "data-node-id": e.id,
      "data-block-type": e.data.blockType,
      title: e.data.messages.join(`
`)
    }, [
      be("div", {
        class: "gc-node-header",
        style: De({ background: n.value })
      }, [
        be("span", T_, Pe(e.id), 1),
        e.data.bypass ? (Q(), le("span", O_, "BYPASSED")) : ke("", !0),
        be("span", D_, Pe(e.data.title), 1)
      ], 4),
      be("div", P_, [
        (Q(!0), le(He, null, Ft(s.value, (l) => (Q(), le("div", {
          key: l,
          class: "gc-row"
        }, [
          e.data.inputs[l - 1] ? (Q(), le("div", {
            key: 0,
            class: "gc-port gc-in",
            "data-port": `${e.id}.${e.data.inputs[l - 1].name}`
          }, [
            Ve(W(rn), {
              type: "target",
              id: e.data.inputs[l - 1].name,
              position: W(se).Left,
              class: Ue(["gc-handle", [{ "gc-required": e.data.inputs[l - 1].required }, i(e.data.inputs[l - 1].name, "target")]]),
              tabindex: "0",
              role: "button",
              "aria-label": `input ${e.id}.${e.data.inputs[l - 1].name}, takes ${e.data.inputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.inputs[l - 1].name, "target"),
              style: De({ background: W(En)(e.data.inputs[l - 1].types[0]) }),
              "data-port": `${e.id}.${e.data.inputs[l - 1].name}`,
              title: `${e.data.inputs[l - 1].name}: ${e.data.inputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"]),
            be("span", z_, Pe(e.data.inputs[l - 1].name), 1),
            be("span", {
              class: "gc-port-type",
              style: De({ color: W(En)(e.data.inputs[l - 1].types[0]) })
            }, Pe(e.data.inputs[l - 1].label), 5)
          ], 8, A_)) : (Q(), le("div", R_)),
          e.data.outputs[l - 1] ? (Q(), le("div", {
            key: 2,
            class: "gc-port gc-out",
            "data-port": `${e.id}.${e.data.outputs[l - 1].name}`
          }, [
            be("span", {
              class: "gc-port-type",
              style: De({ color: W(En)(e.data.outputs[l - 1].type) })
            }, Pe(e.data.outputs[l - 1].label), 5),
            be("span", V_, Pe(e.data.outputs[l - 1].name), 1),
            Ve(W(rn), {
              type: "source",
              id: e.data.outputs[l - 1].name,
              position: W(se).Right,
              class: Ue(["gc-handle", i(e.data.outputs[l - 1].name, "source")]),
              tabindex: "0",
              role: "button",
              "aria-label": `output ${e.id}.${e.data.outputs[l - 1].name}, gives ${e.data.outputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.outputs[l - 1].name, "source"),
              style: De({ background: W(En)(e.data.outputs[l - 1].type) }),
              "data-port": `${e.id}.${e.data.outputs[l - 1].name}`,
              title: `${e.data.outputs[l - 1].name}: ${e.data.outputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"])
          ], 8, B_)) : (Q(), le("div", L_))
        ]))), 128)),
        e.data.summary ? (Q(), le("div", H_, Pe(e.data.summary), 1)) : ke("", !0),
        e.data.invalid ? (Q(), le("div", F_, Pe(e.data.messages[0]), 1)) : ke("", !0)
      ])
    ], 10, I_));
  }
}, X_ = ["data-group-id"], G_ = ["title"], U_ = { class: "gc-frame-label" }, q_ = ["aria-label"], uo = 22, ra = 26, W_ = {
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
      return a === 1 / 0 ? null : { left: a - uo, top: u - uo - ra, width: l - a + 2 * uo, height: c - u + 2 * uo + ra };
    }), r = ae(() => n.group.color || "#546e7a");
    function s(a) {
      if (a.button !== 0 || a.target.closest("button")) return;
      a.preventDefault(), a.stopPropagation();
      const u = n.flow.viewport.value.zoom || 1, l = n.group.nodes.map((b) => n.flow.findNode(b)).filter(Boolean), c = l.map((b) => ({ ...b.position })), d = a.clientX, f = a.clientY;
      let h = !1;
      const m = (b) => {
        const y = (b.clientX - d) / u, E = (b.clientY - f) / u;
        h ||= Math.abs(y) + Math.abs(E) > 2, l.forEach((v, x) => v.position = { x: c[x].x + y, y: c[x].y + E });
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
        onDblclick: u[1] || (u[1] = $n((l) => o("frame", { action: "rename", id: e.group.id }), ["stop"]))
      }, [
        be("span", U_, Pe(e.group.label), 1),
        be("button", {
          class: "gc-frame-close",
          type: "button",
          "aria-label": `Remove frame ${e.group.label}`,
          title: "Remove the frame (the blocks stay)",
          onClick: u[0] || (u[0] = $n((l) => o("frame", { action: "ungroup", id: e.group.id }), ["stop"]))
        }, "×", 8, q_)
      ], 44, G_)
    ], 12, X_)) : ke("", !0);
  }
}, K_ = {
  key: 0,
  class: "gc-empty"
}, Z_ = {
  key: 1,
  class: "gc-key-wire",
  role: "status"
}, j_ = {
  key: 0,
  class: "gc-quick-note"
}, Q_ = {
  class: "gc-quick-list",
  role: "listbox",
  "aria-label": "Blocks"
}, J_ = ["aria-selected", "data-quick-block", "onMouseenter", "onClick"], eb = { class: "gc-quick-title" }, tb = { class: "gc-quick-type" }, nb = {
  key: 0,
  class: "gc-quick-none"
}, sa = "application/x-gancanvas-block", ob = 135, rb = {
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
    const o = e, i = n, r = Ce(o.flowId), s = { block: xn(Y_) }, a = Ie(null), u = Ie(!1), l = ae(() => {
      const C = {}, A = {};
      for (const L of o.issues || []) {
        const H = String(L.path || "").split(".");
        (H[0] === "nodes" || H[0] === "subgraphs") && H[1] && (C[H[1]] ||= []).push(L.message), H[0] === "edges" && H[1] !== void 0 && (A[H[1]] ||= []).push(L.message);
      }
      return { byNode: C, byEdge: A };
    });
    function c(C, A) {
      return o.shapes[C] || A;
    }
    function d(C) {
      return Object.entries(C || {}).slice(0, 3).map(([L, H]) => `${L}=${JSON.stringify(H)}`).join("  ");
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
    function m() {
      const C = new Set(o.selection?.nodes || []), A = o.graph.layout || {};
      return f.value.map((L, H) => {
        const K = h(L.type), ce = (o.graph.subgraphs || {})[L.id], me = l.value.byNode[L.id] || [], Me = A[L.id] || [40 + H % 5 * 260, 40 + Math.floor(H / 5) * 200];
        return {
          id: L.id,
          type: "block",
          position: { x: Me[0], y: Me[1] },
          selected: C.has(L.id),
          data: {
            blockType: L.type,
            kind: K ? K.kind : L.type.split(".")[0],
            title: K ? K.title : `${L.type} (unknown)`,
            unknown: !K,
            invalid: me.length > 0,
            messages: me,
            bypass: !!L.bypass,
            summary: ce ? `${ce.size} blocks · double-click to expand` : d(L.params),
            inputs: (K ? K.inputs : []).map((Oe) => {
              const Le = Oe.accepts && Oe.accepts.length ? Oe.accepts : [Oe.type];
              return { ...Oe, types: Le, label: c(`${L.id}.${Oe.name}`, Le.join("|")) };
            }),
            outputs: (K ? K.outputs : []).map((Oe) => ({
              ...Oe,
              label: c(`${L.id}.${Oe.name}`, Oe.type)
            }))
          }
        };
      });
    }
    function w(C, A) {
      const L = f.value.find((ce) => ce.id === C), H = L && h(L.type), K = H && H.outputs.find((ce) => ce.name === A);
      return K ? K.type : "";
    }
    function b() {
      const C = new Set(o.selection?.edges || []);
      return (o.graph.edges || []).map((A, L) => {
        const [H, ...K] = A.from.split("."), [ce, ...me] = A.to.split("."), Me = l.value.byEdge[String(L)] || [], Oe = Me.length ? "#e53935" : En(w(H, K.join("."))), Le = y.value.has(H) || y.value.has(ce);
        return {
          id: `e${L}:${A.from}->${A.to}`,
          source: H,
          target: ce,
          sourceHandle: K.join("."),
          targetHandle: me.join("."),
          selected: C.has(L),
          class: Me.length ? "gc-edge-invalid" : Le ? "gc-edge-muted" : "",
          style: { stroke: Oe, strokeWidth: Me.length ? 3 : 2 },
          markerEnd: { type: Mo.ArrowClosed, color: Oe },
          label: Me.length ? "!" : void 0,
          data: { index: L, messages: Me, from: A.from, to: A.to }
        };
      });
    }
    const y = ae(() => new Set((o.graph.nodes || []).filter((C) => C.bypass).map((C) => C.id))), E = Ie([]), v = Ie([]), x = /* @__PURE__ */ new Map();
    function R() {
      E.value = m(), v.value = b();
      const C = [], A = /* @__PURE__ */ new Set();
      for (const L of E.value) {
        const H = [...L.data.inputs, "|", ...L.data.outputs].map((ce) => ce.name || ce).join(","), K = x.get(L.id);
        K !== void 0 && K !== H && C.push(L.id), x.set(L.id, H), A.add(L.id);
      }
      for (const L of [...x.keys()]) A.has(L) || x.delete(L);
      C.length && Ge(() => r.updateNodeInternals(C));
    }
    $e(() => [o.graph, o.catalog, o.issues, o.selection, o.shapes], R, {
      deep: !0,
      immediate: !0
    });
    const D = Ni({ from: null, to: "", tip: "", x: 0, y: 0, keyboard: !1 });
    let Y = !1, B = { x: 0, y: 0, inside: !1 };
    function U(C) {
      const A = f.value.find((L) => L.id === C);
      return A ? h(A.type) : null;
    }
    function X(C, A, L) {
      const H = U(C);
      return H && (L === "source" ? H.outputs : H.inputs).find((K) => K.name === A) || null;
    }
    function F(C) {
      return C.accepts && C.accepts.length ? C.accepts : [C.type];
    }
    function N(C, A, L, H) {
      if (!C) return "";
      const K = `${C.node}.${C.handle}`, ce = `${A}.${L}`;
      if (C.type === H)
        return `${K} and ${ce} are both ${H === "target" ? "inputs" : "outputs"}: a wire runs from an output (right side) to an input (left side)`;
      const me = C.type === "source" ? C : { node: A, handle: L }, Me = C.type === "source" ? { node: A, handle: L } : C;
      if (me.node === Me.node) return "a block cannot be wired to itself";
      const Oe = X(me.node, me.handle, "source"), Le = X(Me.node, Me.handle, "target");
      if (!Oe || !Le) return "";
      const ot = `${me.node}.${me.handle}`, bt = `${Me.node}.${Me.handle}`;
      if (!F(Le).includes(Oe.type)) return `${bt} takes ${F(Le).join(" or ")}, not ${Oe.type} (${ot})`;
      const Mr = o.graph.edges || [];
      return Mr.some((dn) => dn.from === ot && dn.to === bt) ? `${ot} is already wired to ${bt}` : !Le.multiple && Mr.some((dn) => dn.to === bt) ? `${bt} already has a wire (it takes one)` : "";
    }
    function G(C, A, L) {
      const H = D.from;
      return H ? H.node === C && H.handle === A && H.type === L ? "from" : N(H, C, A, L) ? "unfit" : "fit" : "";
    }
    function g(C, A, L) {
      const K = r.findNode(C)?.handleBounds || {}, ce = (K.source || []).some((Me) => Me.id === A), me = (K.target || []).some((Me) => Me.id === A);
      return ce && !me ? "source" : me && !ce || L === "source" ? "target" : "source";
    }
    function k(C) {
      const A = D.from;
      if (!A) return !0;
      const L = A.type === "source" ? [C.target, C.targetHandle] : [C.source, C.sourceHandle], H = N(A, L[0], L[1], g(L[0], L[1], A.type));
      return D.tip = H, D.to = `${L[0]}.${L[1]}`, !H;
    }
    function p({ nodeId: C, handleId: A, handleType: L }) {
      Y = !1, D.keyboard = !1, D.tip = "", D.from = { node: C, handle: A, type: L };
    }
    function T(C) {
      const A = a.value?.getBoundingClientRect();
      if (A && (B = { x: C.clientX - A.left, y: C.clientY - A.top, inside: !0, cx: C.clientX, cy: C.clientY }), !D.from || D.keyboard) return;
      D.x = B.x, D.y = B.y, document.elementFromPoint(C.clientX, C.clientY)?.closest?.(".vue-flow__handle") || (D.tip = "");
    }
    function M(C) {
      Y = !0, i("connect", { source: `${C.source}.${C.sourceHandle}`, target: `${C.target}.${C.targetHandle}` });
    }
    function z(C) {
      const A = D.from, L = D.tip;
      if (D.from = null, D.tip = "", Y || !A || D.keyboard) return;
      if (L) {
        i("refused", { reason: L, source: `${A.node}.${A.handle}`, target: D.to });
        return;
      }
      const H = C?.clientX ?? B.cx, K = C?.clientY ?? B.cy, ce = document.elementFromPoint(H, K);
      ce?.closest?.(".vue-flow__node, .vue-flow__handle, .vue-flow__controls, .vue-flow__minimap") || ce?.closest?.(".vue-flow") && Z(H, K, A);
    }
    function O(C, A, L) {
      const H = D.from;
      if (!H || !D.keyboard) {
        D.from = { node: C, handle: A, type: L }, D.keyboard = !0, D.tip = "";
        return;
      }
      if (D.from = null, D.keyboard = !1, H.node === C && H.handle === A && H.type === L) return;
      const K = N(H, C, A, L), ce = `${H.node}.${H.handle}`, me = `${C}.${A}`;
      if (K) {
        i("refused", { reason: K, source: ce, target: me });
        return;
      }
      i("connect", H.type === "source" ? { source: ce, target: me } : { source: me, target: ce });
    }
    Mt("gcWiring", { handleHint: G, keyWire: O, wiring: D });
    const V = Ni({ open: !1, x: 0, y: 0, flowX: 0, flowY: 0, text: "", index: 0, wire: null }), j = Ie(null);
    function oe(C, A) {
      if (!A) return !0;
      if (A.type === "source") {
        const H = X(A.node, A.handle, "source");
        return !!H && C.inputs.some((K) => F(K).includes(H.type));
      }
      const L = X(A.node, A.handle, "target");
      return !!L && C.outputs.some((H) => F(L).includes(H.type));
    }
    const ie = ae(() => {
      if (!V.open) return [];
      const C = V.text.toLowerCase().split(/\s+/).filter(Boolean), A = [];
      for (const [L, H] of Object.entries(o.catalog)) {
        if (!oe(H, V.wire)) continue;
        const K = `${L} ${H.title} ${H.kind}`.toLowerCase();
        C.every((ce) => K.includes(ce)) && A.push({ type: L, title: H.title, kind: H.kind });
      }
      return A.slice(0, 40);
    });
    let q = 0;
    function Z(C, A, L = null) {
      q = performance.now();
      const H = a.value.getBoundingClientRect(), K = r.screenToFlowCoordinate({ x: C, y: A });
      Object.assign(V, {
        open: !0,
        x: Math.min(Math.max(C - H.left, 4), Math.max(H.width - 330, 4)),
        y: Math.min(Math.max(A - H.top, 4), Math.max(H.height - 330, 4)),
        flowX: Math.round(K.x),
        flowY: Math.round(K.y),
        text: "",
        index: 0,
        wire: L
      }), Ge(() => j.value?.focus());
    }
    function J() {
      V.open = !1, V.wire = null, a.value?.focus();
    }
    function he(C) {
      if (!C) return;
      const A = V.wire ? { port: `${V.wire.node}.${V.wire.handle}`, side: V.wire.type } : null;
      i("add", { type: C.type, x: V.flowX, y: V.flowY, wire: A }), J();
    }
    function we(C) {
      const A = ie.value.length;
      if (C.key === "Escape") J();
      else if (C.key === "ArrowDown") V.index = A ? (V.index + 1) % A : 0;
      else if (C.key === "ArrowUp") V.index = A ? (V.index - 1 + A) % A : 0;
      else if (C.key === "Enter") he(ie.value[V.index]);
      else return;
      C.preventDefault(), C.stopPropagation();
    }
    $e(() => V.text, () => V.index = 0);
    function pe(C) {
      C.target?.closest?.(".vue-flow__node, .vue-flow__edge, .vue-flow__controls, .vue-flow__minimap, .gc-quick") || Z(C.clientX, C.clientY);
    }
    function _e(C, A) {
      for (const L of document.elementsFromPoint(C, A)) {
        const H = L.closest?.(".vue-flow__edge");
        if (!H) continue;
        const K = /^e(\d+):/.exec(H.getAttribute("data-id") || "");
        if (K) return Number(K[1]);
      }
      return null;
    }
    function de(C) {
      return (o.graph.edges || []).some((A) => A.from.split(".")[0] === C || A.to.split(".")[0] === C);
    }
    function ge(C) {
      const A = {};
      for (const H of C.nodes || [C.node])
        A[H.id] = [Math.round(H.position.x), Math.round(H.position.y)];
      i("move", { positions: A });
      const L = C.nodes || [C.node];
      if (L.length === 1 && !de(L[0].id)) {
        const K = a.value?.querySelector(`.vue-flow__node[data-id="${L[0].id}"]`)?.getBoundingClientRect(), ce = K ? _e(K.left + K.width / 2, K.top + K.height / 2) : null;
        ce !== null && i("insert", { node: L[0].id, edge: ce });
      }
    }
    function $() {
      return {
        nodes: r.getSelectedNodes.value.map((C) => C.id),
        edges: r.getSelectedEdges.value.map((C) => C.data.index)
      };
    }
    function _({ node: C, event: A }) {
      if (A && (A.ctrlKey || A.metaKey)) Ge(() => i("select", $()));
      else {
        const L = r.getSelectedNodes.value.filter((H) => H.id !== C.id);
        L.length && r.removeSelectedNodes(L), i("select", { nodes: [C.id], edges: [] });
      }
    }
    function S({ node: C }) {
      (o.graph.subgraphs || {})[C.id] && i("shortcut", { action: "expand", nodes: [C.id], edges: [] });
    }
    function P({ edge: C }) {
      i("select", { nodes: [], edges: [C.data.index] });
    }
    function I() {
      V.open && performance.now() - q > 400 && J(), i("select", { nodes: [], edges: [] });
    }
    function ee() {
      Ge(() => i("select", $()));
    }
    function te(C) {
      if (C.defaultPrevented) return;
      const A = C.target, L = A && A.tagName || "";
      if (["INPUT", "TEXTAREA", "SELECT"].includes(L) || A?.isContentEditable || A?.closest && A.closest(".q-dialog, .q-menu")) return;
      const H = C.ctrlKey || C.metaKey, K = C.key.toLowerCase();
      if (K === "escape" && D.keyboard) {
        D.from = null, D.keyboard = !1;
        return;
      }
      if (!H && (K === "/" || K === " ") && !A?.closest?.(".vue-flow__handle, button, a")) {
        C.preventDefault();
        const me = a.value.getBoundingClientRect(), Me = B.inside && B.cx >= me.left && B.cx <= me.right && B.cy >= me.top && B.cy <= me.bottom;
        Z(Me ? B.cx : me.left + me.width / 2, Me ? B.cy : me.top + me.height / 3);
        return;
      }
      let ce = null;
      if (K === "delete" || K === "backspace" ? ce = "delete" : H && K === "z" && !C.shiftKey ? ce = "undo" : H && (K === "y" || K === "z" && C.shiftKey) ? ce = "redo" : H && K === "c" ? ce = "copy" : H && K === "v" ? ce = "paste" : H && K === "x" ? ce = "cut" : H && K === "d" ? ce = "duplicate" : H && K === "a" ? ce = "select_all" : H && K === "s" ? ce = "save" : H && K === "g" ? ce = C.shiftKey ? "collapse" : "group" : H && K === "b" ? ce = "bypass" : !H && K === "f" ? ce = "fit" : !H && K === "l" && (ce = "layout"), !!ce) {
        if (C.preventDefault(), ce === "fit") return Fe();
        if (ce === "layout") return Wn();
        if (ce === "select_all") {
          i("select", { nodes: f.value.map((me) => me.id), edges: [] });
          return;
        }
        i("shortcut", { action: ce, ...$() });
      }
    }
    function ue(C, A) {
      const L = r.getSelectedNodes.value;
      if (!L.length) return !1;
      const H = C === "arrowleft" ? -A : C === "arrowright" ? A : 0, K = C === "arrowup" ? -A : C === "arrowdown" ? A : 0, ce = {};
      for (const me of L)
        me.position = { x: Math.round(me.position.x + H), y: Math.round(me.position.y + K) }, ce[me.id] = [me.position.x, me.position.y];
      return i("move", { positions: ce }), !0;
    }
    function re(C) {
      const A = C.key.toLowerCase();
      if (!A.startsWith("arrow") || C.ctrlKey || C.metaKey || C.altKey) return;
      const L = C.target;
      ["INPUT", "TEXTAREA", "SELECT"].includes(L?.tagName) || L?.isContentEditable || L?.closest?.(".q-dialog, .q-menu, .gc-quick") || ue(A, C.shiftKey ? 50 : 10) && (C.preventDefault(), C.stopPropagation());
    }
    _t(() => {
      document.addEventListener("keydown", re, !0), document.addEventListener("keydown", te), document.addEventListener("mousemove", T);
    }), er(() => {
      document.removeEventListener("keydown", re, !0), document.removeEventListener("keydown", te), document.removeEventListener("mousemove", T);
    });
    function fe(C) {
      C.preventDefault();
      const A = Array.from(C.dataTransfer?.types || []);
      u.value = A.includes(sa) || A.includes("Files"), C.dataTransfer && (C.dataTransfer.dropEffect = A.includes("Files") ? "copy" : "move");
    }
    function ve() {
      u.value = !1;
    }
    async function Ee(C) {
      C.preventDefault(), u.value = !1;
      const A = C.dataTransfer;
      if (!A) return;
      const L = A.getData(sa);
      if (L) {
        const K = r.screenToFlowCoordinate({ x: C.clientX, y: C.clientY }), ce = _e(C.clientX, C.clientY);
        i("add", { type: L, x: Math.round(K.x), y: Math.round(K.y), edge: ce });
        return;
      }
      const H = A.files && A.files[0];
      if (H) {
        const K = H.size > 5e6 ? "" : await H.text();
        i("file", { name: H.name, text: K, size: H.size });
      }
    }
    function Fe() {
      const C = r.getNodes.value, A = a.value;
      if (!C.length || !A) return r.fitView({ padding: 0.15, duration: 0 });
      let L = 1 / 0, H = 1 / 0, K = -1 / 0, ce = -1 / 0;
      for (const Le of C) {
        const ot = Le.computedPosition || Le.position, bt = Le.dimensions || {};
        L = Math.min(L, ot.x), H = Math.min(H, ot.y), K = Math.max(K, ot.x + (bt.width || 220)), ce = Math.max(ce, ot.y + (bt.height || 120));
      }
      const me = Math.max(K - L, 1), Me = Math.max(ce - H, 1);
      let Oe = 0;
      for (let Le = 0; Le < 4; Le++) {
        const ot = Math.min(A.clientWidth / (me * 1.15), A.clientHeight / ((Me + Oe) * 1.15), 2.5);
        Oe = ob / Math.max(ot, 0.1);
      }
      r.fitBounds({ x: L, y: H, width: me, height: Me + Oe }, { padding: 0.15, duration: 0 });
    }
    function Ke(C) {
      const A = new Set(C), L = r.getNodes.value.filter((H) => A.has(H.id));
      L.length && r.fitView({ nodes: L.map((H) => H.id), padding: 0.6, maxZoom: 1.2, duration: 200 });
    }
    function Wn() {
      const C = new na.graphlib.Graph();
      C.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 70, marginx: 20, marginy: 20 }), C.setDefaultEdgeLabel(() => ({}));
      for (const L of r.getNodes.value) {
        const H = L.dimensions || {};
        C.setNode(L.id, { width: H.width || 220, height: H.height || 120 });
      }
      for (const L of r.getEdges.value) C.setEdge(L.source, L.target);
      na.layout(C);
      const A = {};
      for (const L of r.getNodes.value) {
        const H = C.node(L.id), K = L.dimensions || {};
        A[L.id] = [Math.round(H.x - (K.width || 220) / 2), Math.round(H.y - (K.height || 120) / 2)];
      }
      return i("layout", { positions: A }), setTimeout(Fe, 50), A;
    }
    function ii() {
      return r.getViewport();
    }
    function ri() {
      Fe(), window.__gancanvasPaneReady = performance.now(), E.value.length || (window.__gancanvasReady = window.__gancanvasPaneReady);
    }
    function mu() {
      const C = window.__gancanvasReady === void 0;
      window.__gancanvasReady = performance.now(), window.__gancanvasNodes = r.getNodes.value.length, C && (Fe(), i("ready", { t: window.__gancanvasReady, nodes: window.__gancanvasNodes }));
    }
    t({ fitView: Fe, focus: Ke, autoLayout: Wn, getViewport: ii });
    const yu = ae(() => ({ stroke: "#90a4ae", strokeWidth: 2 })), wu = (C) => Ji(C.data?.kind);
    return (C, A) => (Q(), le("div", {
      ref_key: "root",
      ref: a,
      class: Ue(["gc-canvas", { "gc-drop-active": u.value }]),
      tabindex: "0",
      onDragover: fe,
      onDragleave: ve,
      onDrop: Ee,
      onDblclick: pe
    }, [
      Ve(W(Rp), {
        id: e.flowId,
        nodes: E.value,
        edges: v.value,
        "node-types": s,
        "delete-key-code": null,
        "selection-key-code": "Shift",
        "multi-selection-key-code": "Control",
        "connection-line-style": yu.value,
        "default-edge-options": { type: "default" },
        "min-zoom": 0.1,
        "max-zoom": 2.5,
        "nodes-draggable": !0,
        "elevate-edges-on-select": !0,
        "zoom-on-double-click": !1,
        "is-valid-connection": k,
        onConnect: M,
        onConnectStart: p,
        onConnectEnd: z,
        onNodeDragStop: ge,
        onNodeClick: _,
        onNodeDoubleClick: S,
        onEdgeClick: P,
        onPaneClick: I,
        onSelectionEnd: ee,
        onPaneReady: ri,
        onNodesInitialized: mu
      }, {
        "zoom-pane": Ze(() => [
          (Q(!0), le(He, null, Ft(e.graph.groups || [], (L) => (Q(), Re(W_, {
            key: L.id,
            group: L,
            flow: W(r),
            onSelect: A[0] || (A[0] = (H) => i("select", { nodes: H, edges: [] })),
            onMoved: A[1] || (A[1] = (H) => i("move", { positions: H })),
            onFrame: A[2] || (A[2] = (H) => i("frame", H))
          }, null, 8, ["group", "flow"]))), 128))
        ]),
        default: Ze(() => [
          Ve(W(Gp), {
            "pattern-color": "#cfd8dc",
            gap: 18
          }),
          Ve(W(Ev), { "show-interactive": !1 }),
          Ve(W(i1), {
            pannable: "",
            zoomable: "",
            width: 170,
            height: 110,
            "node-color": wu
          }),
          (e.graph.nodes || []).length ? ke("", !0) : (Q(), le("div", K_, [...A[7] || (A[7] = [
            Si(" Drag blocks here from the palette, or drop a graph JSON file.", -1),
            be("br", null, null, -1),
            Si(" Double-click (or press /) to search for a block. ", -1)
          ])]))
        ]),
        _: 1
      }, 8, ["id", "nodes", "edges", "connection-line-style"]),
      D.from && D.tip && !D.keyboard ? (Q(), le("div", {
        key: 0,
        class: "gc-wire-tip",
        role: "status",
        style: De({ left: `${D.x + 16}px`, top: `${D.y + 14}px` })
      }, Pe(D.tip), 5)) : ke("", !0),
      D.keyboard && D.from ? (Q(), le("div", Z_, " Wiring from " + Pe(D.from.node) + "." + Pe(D.from.handle) + ": focus a port (Tab) and press Enter · Esc cancels ", 1)) : ke("", !0),
      V.open ? (Q(), le("div", {
        key: 2,
        class: "gc-quick",
        role: "dialog",
        "aria-label": "Add a block",
        style: De({ left: `${V.x}px`, top: `${V.y}px` }),
        onMousedown: A[4] || (A[4] = $n(() => {
        }, ["stop"])),
        onDblclick: A[5] || (A[5] = $n(() => {
        }, ["stop"])),
        onWheel: A[6] || (A[6] = $n(() => {
        }, ["stop"]))
      }, [
        Mu(be("input", {
          ref_key: "quickInput",
          ref: j,
          "onUpdate:modelValue": A[3] || (A[3] = (L) => V.text = L),
          class: "gc-quick-input",
          placeholder: "Search blocks…",
          "aria-label": "Search blocks",
          "data-testid": "quick-add-input",
          onKeydown: we
        }, null, 544), [
          [Iu, V.text]
        ]),
        V.wire ? (Q(), le("div", j_, " blocks that fit " + Pe(V.wire.node) + "." + Pe(V.wire.handle), 1)) : ke("", !0),
        be("div", Q_, [
          (Q(!0), le(He, null, Ft(ie.value, (L, H) => (Q(), le("div", {
            key: L.type,
            class: Ue(["gc-quick-item", { "gc-active": H === V.index }]),
            role: "option",
            "aria-selected": H === V.index,
            "data-quick-block": L.type,
            onMouseenter: (K) => V.index = H,
            onClick: (K) => he(L)
          }, [
            be("span", {
              class: "gc-quick-dot",
              style: De({ background: W(Ji)(L.kind) })
            }, null, 4),
            be("span", eb, Pe(L.title), 1),
            be("span", tb, Pe(L.type), 1)
          ], 42, J_))), 128)),
          ie.value.length ? ke("", !0) : (Q(), le("div", nb, "no block matches"))
        ])
      ], 36)) : ke("", !0)
    ], 34));
  }
};
export {
  rb as GanCanvas,
  C_ as KIND_COLORS,
  Ji as kindColor,
  En as typeColor
};
