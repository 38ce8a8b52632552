import { getCurrentScope as aa, inject as Ot, effectScope as la, watch as $e, provide as Mt, getCurrentInstance as un, defineComponent as Se, useSlots as ua, onUnmounted as wu, openBlock as j, createElementBlock as ue, unref as W, createVNode as Ve, withCtx as Ke, renderSlot as Te, reactive as Ni, computed as le, onScopeDispose as uo, createPropsRestProxy as _u, toRef as xe, ref as Ie, onMounted as _t, normalizeClass as Ue, nextTick as Ge, onBeforeMount as bu, shallowRef as Ct, createElementVNode as Ee, Fragment as He, renderList as Ft, normalizeStyle as De, onBeforeUnmount as er, isMemoSame as Eu, createBlock as Re, createCommentVNode as ke, toDisplayString as Pe, isRef as tr, toRefs as xu, customRef as $u, toValue as we, resolveComponent as ca, h as Ne, useAttrs as nr, mergeProps as _o, resolveDynamicComponent as Dt, createTextVNode as Si, markRaw as xn, readonly as ku, watchEffect as Nu, normalizeProps as Su, withModifiers as $n, withDirectives as Cu, vModelText as Mu } from "vue";
function Cn(e) {
  return aa() ? (uo(e), !0) : !1;
}
function gt(e) {
  return typeof e == "function" ? e() : W(e);
}
const Iu = typeof window < "u" && typeof document < "u", Tu = (e) => typeof e < "u", Ou = Object.prototype.toString, Du = (e) => Ou.call(e) === "[object Object]", Pu = () => {
};
function Au(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const da = (e) => e();
function zu(e = da) {
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
  return { isActive: ku(t), pause: n, resume: o, eventFilter: i };
}
function Ir(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Ru(e, t, n = {}) {
  const {
    eventFilter: o = da,
    ...i
  } = n;
  return $e(
    e,
    Au(
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
  } = n, { eventFilter: r, pause: s, resume: a, isActive: u } = zu(o);
  return { stop: Ru(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: u };
}
function Bu(e, t = {}) {
  if (!tr(e))
    return xu(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = $u(() => ({
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
        ([M, H]) => {
          t !== (M === H) && (y?.(), x(M));
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
function Vu(e) {
  var t;
  const n = gt(e);
  return (t = n?.$el) != null ? t : n;
}
const fa = Iu ? window : void 0;
function ha(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = fa) : [t, n, o, i] = e, !t)
    return Pu;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, h) => (c.addEventListener(d, f, h), () => c.removeEventListener(d, f, h)), u = $e(
    () => [Vu(t), gt(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = Du(d) ? { ...d } : d;
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
function Lu(e) {
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
  } = o, u = Lu(t);
  return ha(i, r, (c) => {
    c.repeat && gt(a) || u(c) && n(c);
  }, s);
}
function Hu(e) {
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
  const b = (v) => a ? typeof a == "function" ? a(v) : Hu(v) : v, y = () => Tu(e[t]) ? b(e[t]) : d, E = (v) => {
    f ? f(v) && m(w, v) : m(w, v);
  };
  if (u) {
    const v = y(), x = Ie(v);
    let M = !1;
    return $e(
      () => e[t],
      (H) => {
        M || (M = !0, x.value = b(H), Ge(() => M = !1));
      }
    ), $e(
      x,
      (H) => {
        !M && (H !== e[t] || c) && E(H);
      },
      { deep: c }
    ), x;
  } else
    return le({
      get() {
        return y();
      },
      set(v) {
        E(v);
      }
    });
}
var Fu = { value: () => {
} };
function Ho() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new co(n);
}
function co(e) {
  this._ = e;
}
function Yu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
co.prototype = Ho.prototype = {
  constructor: co,
  on: function(e, t) {
    var n = this._, o = Yu(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = Xu(n[i], e.name)))
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
    return new co(e);
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
function Xu(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Or(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Fu, e = e.slice(0, o).concat(e.slice(o + 1));
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
function Fo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Dr.hasOwnProperty(t) ? { space: Dr[t], local: e } : e;
}
function Gu(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ii && t.documentElement.namespaceURI === Ii ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Uu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ga(e) {
  var t = Fo(e);
  return (t.local ? Uu : Gu)(t);
}
function qu() {
}
function or(e) {
  return e == null ? qu : function() {
    return this.querySelector(e);
  };
}
function Wu(e) {
  typeof e != "function" && (e = or(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new qe(o, this._parents);
}
function Ku(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Zu() {
  return [];
}
function pa(e) {
  return e == null ? Zu : function() {
    return this.querySelectorAll(e);
  };
}
function ju(e) {
  return function() {
    return Ku(e.apply(this, arguments));
  };
}
function Qu(e) {
  typeof e == "function" ? e = ju(e) : e = pa(e);
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
var Ju = Array.prototype.find;
function ec(e) {
  return function() {
    return Ju.call(this.children, e);
  };
}
function tc() {
  return this.firstElementChild;
}
function nc(e) {
  return this.select(e == null ? tc : ec(typeof e == "function" ? e : ma(e)));
}
var oc = Array.prototype.filter;
function ic() {
  return Array.from(this.children);
}
function rc(e) {
  return function() {
    return oc.call(this.children, e);
  };
}
function sc(e) {
  return this.selectAll(e == null ? ic : rc(typeof e == "function" ? e : ma(e)));
}
function ac(e) {
  typeof e != "function" && (e = va(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new qe(o, this._parents);
}
function ya(e) {
  return new Array(e.length);
}
function lc() {
  return new qe(this._enter || this._groups.map(ya), this._parents);
}
function bo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
bo.prototype = {
  constructor: bo,
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
function uc(e) {
  return function() {
    return e;
  };
}
function cc(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new bo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function dc(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = h = s.call(u, u.__data__, a, t) + "", l.has(h) ? i[a] = u : l.set(h, u));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (u = l.get(h)) ? (o[a] = u, u.__data__ = r[a], l.delete(h)) : n[a] = new bo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function fc(e) {
  return e.__data__;
}
function hc(e, t) {
  if (!arguments.length)
    return Array.from(this, fc);
  var n = t ? dc : cc, o = this._parents, i = this._groups;
  typeof e != "function" && (e = uc(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, h = gc(e.call(c, c && c.__data__, l, o)), m = h.length, w = a[l] = new Array(m), b = s[l] = new Array(m), y = u[l] = new Array(f);
    n(c, d, w, b, y, h, t);
    for (var E = 0, v = 0, x, M; E < m; ++E)
      if (x = w[E]) {
        for (E >= v && (v = E + 1); !(M = b[v]) && ++v < m; )
          ;
        x._next = M || null;
      }
  }
  return s = new qe(s, o), s._enter = a, s._exit = u, s;
}
function gc(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function pc() {
  return new qe(this._exit || this._groups.map(ya), this._parents);
}
function vc(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function mc(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), h, m = 0; m < d; ++m)
      (h = l[m] || c[m]) && (f[m] = h);
  for (; u < i; ++u)
    a[u] = n[u];
  return new qe(a, this._parents);
}
function yc() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function wc(e) {
  e || (e = _c);
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
function _c(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function bc() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Ec() {
  return Array.from(this);
}
function xc() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function $c() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function kc() {
  return !this.node();
}
function Nc(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Sc(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Cc(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Mc(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Ic(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Tc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Oc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Dc(e, t) {
  var n = Fo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Cc : Sc : typeof t == "function" ? n.local ? Oc : Tc : n.local ? Ic : Mc)(n, t));
}
function wa(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Pc(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Ac(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function zc(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Rc(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Pc : typeof t == "function" ? zc : Ac)(e, t, n ?? "")) : en(this.node(), e);
}
function en(e, t) {
  return e.style.getPropertyValue(t) || wa(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Bc(e) {
  return function() {
    delete this[e];
  };
}
function Vc(e, t) {
  return function() {
    this[e] = t;
  };
}
function Lc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Hc(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Bc : typeof t == "function" ? Lc : Vc)(e, t)) : this.node()[e];
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
function Fc(e) {
  return function() {
    Ea(this, e);
  };
}
function Yc(e) {
  return function() {
    xa(this, e);
  };
}
function Xc(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ea : xa)(this, e);
  };
}
function Gc(e, t) {
  var n = _a(e + "");
  if (arguments.length < 2) {
    for (var o = ir(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Xc : t ? Fc : Yc)(n, t));
}
function Uc() {
  this.textContent = "";
}
function qc(e) {
  return function() {
    this.textContent = e;
  };
}
function Wc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Kc(e) {
  return arguments.length ? this.each(e == null ? Uc : (typeof e == "function" ? Wc : qc)(e)) : this.node().textContent;
}
function Zc() {
  this.innerHTML = "";
}
function jc(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Qc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Jc(e) {
  return arguments.length ? this.each(e == null ? Zc : (typeof e == "function" ? Qc : jc)(e)) : this.node().innerHTML;
}
function ed() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function td() {
  return this.each(ed);
}
function nd() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function od() {
  return this.each(nd);
}
function id(e) {
  var t = typeof e == "function" ? e : ga(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function rd() {
  return null;
}
function sd(e, t) {
  var n = typeof e == "function" ? e : ga(e), o = t == null ? rd : typeof t == "function" ? t : or(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function ad() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function ld() {
  return this.each(ad);
}
function ud() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function cd() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function dd(e) {
  return this.select(e ? cd : ud);
}
function fd(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function hd(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function gd(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function pd(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function vd(e, t, n) {
  return function() {
    var o = this.__on, i, r = hd(t);
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
function md(e, t, n) {
  var o = gd(e + ""), i, r = o.length, s;
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
  for (a = t ? vd : pd, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function $a(e, t, n) {
  var o = wa(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function yd(e, t) {
  return function() {
    return $a(this, e, t);
  };
}
function wd(e, t) {
  return function() {
    return $a(this, e, t.apply(this, arguments));
  };
}
function _d(e, t) {
  return this.each((typeof t == "function" ? wd : yd)(e, t));
}
function* bd() {
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
function Ed() {
  return this;
}
qe.prototype = Fn.prototype = {
  constructor: qe,
  select: Wu,
  selectAll: Qu,
  selectChild: nc,
  selectChildren: sc,
  filter: ac,
  data: hc,
  enter: lc,
  exit: pc,
  join: vc,
  merge: mc,
  selection: Ed,
  order: yc,
  sort: wc,
  call: bc,
  nodes: Ec,
  node: xc,
  size: $c,
  empty: kc,
  each: Nc,
  attr: Dc,
  style: Rc,
  property: Hc,
  classed: Gc,
  text: Kc,
  html: Jc,
  raise: td,
  lower: od,
  append: id,
  insert: sd,
  remove: ld,
  clone: dd,
  datum: fd,
  on: md,
  dispatch: _d,
  [Symbol.iterator]: bd
};
function Ze(e) {
  return typeof e == "string" ? new qe([[document.querySelector(e)]], [document.documentElement]) : new qe([[e]], ka);
}
function xd(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function it(e, t) {
  if (e = xd(e), t === void 0 && (t = e.currentTarget), t) {
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
const $d = { passive: !1 }, Mn = { capture: !0, passive: !1 };
function ai(e) {
  e.stopImmediatePropagation();
}
function Zt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Na(e) {
  var t = e.document.documentElement, n = Ze(e).on("dragstart.drag", Zt, Mn);
  "onselectstart" in t ? n.on("selectstart.drag", Zt, Mn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Sa(e, t) {
  var n = e.document.documentElement, o = Ze(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Zt, Mn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Wn = (e) => () => e;
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
function kd(e) {
  return !e.ctrlKey && !e.button;
}
function Nd() {
  return this.parentNode;
}
function Sd(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Cd() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Md() {
  var e = kd, t = Nd, n = Sd, o = Cd, i = {}, r = Ho("start", "drag", "end"), s = 0, a, u, l, c, d = 0;
  function f(x) {
    x.on("mousedown.drag", h).filter(o).on("touchstart.drag", b).on("touchmove.drag", y, $d).on("touchend.drag touchcancel.drag", E).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function h(x, M) {
    if (!(c || !e.call(this, x, M))) {
      var H = v(this, t.call(this, x, M), x, M, "mouse");
      H && (Ze(x.view).on("mousemove.drag", m, Mn).on("mouseup.drag", w, Mn), Na(x.view), ai(x), l = !1, a = x.clientX, u = x.clientY, H("start", x));
    }
  }
  function m(x) {
    if (Zt(x), !l) {
      var M = x.clientX - a, H = x.clientY - u;
      l = M * M + H * H > d;
    }
    i.mouse("drag", x);
  }
  function w(x) {
    Ze(x.view).on("mousemove.drag mouseup.drag", null), Sa(x.view, l), Zt(x), i.mouse("end", x);
  }
  function b(x, M) {
    if (e.call(this, x, M)) {
      var H = x.changedTouches, V = t.call(this, x, M), R = H.length, G, Y;
      for (G = 0; G < R; ++G)
        (Y = v(this, V, x, M, H[G].identifier, H[G])) && (ai(x), Y("start", x, H[G]));
    }
  }
  function y(x) {
    var M = x.changedTouches, H = M.length, V, R;
    for (V = 0; V < H; ++V)
      (R = i[M[V].identifier]) && (Zt(x), R("drag", x, M[V]));
  }
  function E(x) {
    var M = x.changedTouches, H = M.length, V, R;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), V = 0; V < H; ++V)
      (R = i[M[V].identifier]) && (ai(x), R("end", x, M[V]));
  }
  function v(x, M, H, V, R, G) {
    var Y = r.copy(), F = it(G || H, M), N, U, g;
    if ((g = n.call(x, new Ti("beforestart", {
      sourceEvent: H,
      target: f,
      identifier: R,
      active: s,
      x: F[0],
      y: F[1],
      dx: 0,
      dy: 0,
      dispatch: Y
    }), V)) != null)
      return N = g.x - F[0] || 0, U = g.y - F[1] || 0, function $(p, D, T) {
        var z = F, C;
        switch (p) {
          case "start":
            i[R] = $, C = s++;
            break;
          case "end":
            delete i[R], --s;
          case "drag":
            F = it(T || D, M), C = s;
            break;
        }
        Y.call(
          p,
          x,
          new Ti(p, {
            sourceEvent: D,
            subject: g,
            target: f,
            identifier: R,
            active: C,
            x: F[0] + N,
            y: F[1] + U,
            dx: F[0] - z[0],
            dy: F[1] - z[1],
            dispatch: Y
          }),
          V
        );
      };
  }
  return f.filter = function(x) {
    return arguments.length ? (e = typeof x == "function" ? x : Wn(!!x), f) : e;
  }, f.container = function(x) {
    return arguments.length ? (t = typeof x == "function" ? x : Wn(x), f) : t;
  }, f.subject = function(x) {
    return arguments.length ? (n = typeof x == "function" ? x : Wn(x), f) : n;
  }, f.touchable = function(x) {
    return arguments.length ? (o = typeof x == "function" ? x : Wn(!!x), f) : o;
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
var In = 0.7, Eo = 1 / In, jt = "\\s*([+-]?\\d+)\\s*", Tn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", lt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Id = /^#([0-9a-f]{3,8})$/, Td = new RegExp(`^rgb\\(${jt},${jt},${jt}\\)$`), Od = new RegExp(`^rgb\\(${lt},${lt},${lt}\\)$`), Dd = new RegExp(`^rgba\\(${jt},${jt},${jt},${Tn}\\)$`), Pd = new RegExp(`^rgba\\(${lt},${lt},${lt},${Tn}\\)$`), Ad = new RegExp(`^hsl\\(${Tn},${lt},${lt}\\)$`), zd = new RegExp(`^hsla\\(${Tn},${lt},${lt},${Tn}\\)$`), Pr = {
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
  formatHex8: Rd,
  formatHsl: Bd,
  formatRgb: zr,
  toString: zr
});
function Ar() {
  return this.rgb().formatHex();
}
function Rd() {
  return this.rgb().formatHex8();
}
function Bd() {
  return Ma(this).formatHsl();
}
function zr() {
  return this.rgb().formatRgb();
}
function Yt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Id.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Rr(t) : n === 3 ? new Fe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Kn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Kn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Td.exec(e)) ? new Fe(t[1], t[2], t[3], 1) : (t = Od.exec(e)) ? new Fe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Dd.exec(e)) ? Kn(t[1], t[2], t[3], t[4]) : (t = Pd.exec(e)) ? Kn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Ad.exec(e)) ? Lr(t[1], t[2] / 100, t[3] / 100, 1) : (t = zd.exec(e)) ? Lr(t[1], t[2] / 100, t[3] / 100, t[4]) : Pr.hasOwnProperty(e) ? Rr(Pr[e]) : e === "transparent" ? new Fe(NaN, NaN, NaN, 0) : null;
}
function Rr(e) {
  return new Fe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Kn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Fe(e, t, n, o);
}
function Vd(e) {
  return e instanceof Yn || (e = Yt(e)), e ? (e = e.rgb(), new Fe(e.r, e.g, e.b, e.opacity)) : new Fe();
}
function Oi(e, t, n, o) {
  return arguments.length === 1 ? Vd(e) : new Fe(e, t, n, o ?? 1);
}
function Fe(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
rr(Fe, Oi, Ca(Yn, {
  brighter(e) {
    return e = e == null ? Eo : Math.pow(Eo, e), new Fe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? In : Math.pow(In, e), new Fe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Fe(Vt(this.r), Vt(this.g), Vt(this.b), xo(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Br,
  // Deprecated! Use color.formatHex.
  formatHex: Br,
  formatHex8: Ld,
  formatRgb: Vr,
  toString: Vr
}));
function Br() {
  return `#${Rt(this.r)}${Rt(this.g)}${Rt(this.b)}`;
}
function Ld() {
  return `#${Rt(this.r)}${Rt(this.g)}${Rt(this.b)}${Rt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Vr() {
  const e = xo(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Vt(this.r)}, ${Vt(this.g)}, ${Vt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function xo(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Vt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Rt(e) {
  return e = Vt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Lr(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new je(e, t, n, o);
}
function Ma(e) {
  if (e instanceof je)
    return new je(e.h, e.s, e.l, e.opacity);
  if (e instanceof Yn || (e = Yt(e)), !e)
    return new je();
  if (e instanceof je)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new je(s, a, u, e.opacity);
}
function Hd(e, t, n, o) {
  return arguments.length === 1 ? Ma(e) : new je(e, t, n, o ?? 1);
}
function je(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
rr(je, Hd, Ca(Yn, {
  brighter(e) {
    return e = e == null ? Eo : Math.pow(Eo, e), new je(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? In : Math.pow(In, e), new je(this.h, this.s, this.l * e, this.opacity);
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
    return new je(Hr(this.h), Zn(this.s), Zn(this.l), xo(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = xo(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Hr(this.h)}, ${Zn(this.s) * 100}%, ${Zn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Hr(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Zn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function li(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const sr = (e) => () => e;
function Fd(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Yd(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Xd(e) {
  return (e = +e) == 1 ? Ia : function(t, n) {
    return n - t ? Yd(t, n, e) : sr(isNaN(t) ? n : t);
  };
}
function Ia(e, t) {
  var n = t - e;
  return n ? Fd(e, n) : sr(isNaN(e) ? t : e);
}
const $o = (function e(t) {
  var n = Xd(t);
  function o(i, r) {
    var s = n((i = Oi(i)).r, (r = Oi(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Ia(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Gd(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Ud(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function qd(e, t) {
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
function Wd(e, t) {
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
function Kd(e, t) {
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
function Zd(e) {
  return function() {
    return e;
  };
}
function jd(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ta(e, t) {
  var n = Di.lastIndex = ui.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Di.exec(e)) && (i = ui.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: rt(o, i) })), n = ui.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? jd(u[0].x) : Zd(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c)
      a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
function kn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? sr(t) : (n === "number" ? rt : n === "string" ? (o = Yt(t)) ? (t = o, $o) : Ta : t instanceof Yt ? $o : t instanceof Date ? Wd : Ud(t) ? Gd : Array.isArray(t) ? qd : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Kd : rt)(e, t);
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
var jn;
function Qd(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Pi : Oa(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Jd(e) {
  return e == null || (jn || (jn = document.createElementNS("http://www.w3.org/2000/svg", "g")), jn.setAttribute("transform", e), !(e = jn.transform.baseVal.consolidate())) ? Pi : (e = e.matrix, Oa(e.a, e.b, e.c, e.d, e.e, e.f));
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
var ef = Da(Qd, "px, ", "px)", "deg)"), tf = Da(Jd, ", ", ")", ")"), nf = 1e-12;
function Yr(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function of(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function rf(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const fo = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], h = c - a, m = d - u, w = h * h + m * m, b, y;
    if (w < nf)
      y = Math.log(f / l) / t, b = function(V) {
        return [
          a + V * h,
          u + V * m,
          l * Math.exp(t * V * y)
        ];
      };
    else {
      var E = Math.sqrt(w), v = (f * f - l * l + o * w) / (2 * l * n * E), x = (f * f - l * l - o * w) / (2 * f * n * E), M = Math.log(Math.sqrt(v * v + 1) - v), H = Math.log(Math.sqrt(x * x + 1) - x);
      y = (H - M) / t, b = function(V) {
        var R = V * y, G = Yr(M), Y = l / (n * E) * (G * rf(t * R + M) - of(M));
        return [
          a + Y * h,
          u + Y * m,
          l * G / Yr(t * R + M)
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
var tn = 0, vn = 0, fn = 0, Pa = 1e3, ko, mn, No = 0, Xt = 0, Yo = 0, On = typeof performance == "object" && performance.now ? performance : Date, Aa = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ar() {
  return Xt || (Aa(sf), Xt = On.now() + Yo);
}
function sf() {
  Xt = 0;
}
function So() {
  this._call = this._time = this._next = null;
}
So.prototype = za.prototype = {
  constructor: So,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? ar() : +n) + (t == null ? 0 : +t), !this._next && mn !== this && (mn ? mn._next = this : ko = this, mn = this), this._call = e, this._time = n, Ai();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ai());
  }
};
function za(e, t, n) {
  var o = new So();
  return o.restart(e, t, n), o;
}
function af() {
  ar(), ++tn;
  for (var e = ko, t; e; )
    (t = Xt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --tn;
}
function Xr() {
  Xt = (No = On.now()) + Yo, tn = vn = 0;
  try {
    af();
  } finally {
    tn = 0, uf(), Xt = 0;
  }
}
function lf() {
  var e = On.now(), t = e - No;
  t > Pa && (Yo -= t, No = e);
}
function uf() {
  for (var e, t = ko, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : ko = n);
  mn = e, Ai(o);
}
function Ai(e) {
  if (!tn) {
    vn && (vn = clearTimeout(vn));
    var t = e - Xt;
    t > 24 ? (e < 1 / 0 && (vn = setTimeout(Xr, e - On.now() - Yo)), fn && (fn = clearInterval(fn))) : (fn || (No = On.now(), fn = setInterval(lf, Pa)), tn = 1, Aa(Xr));
  }
}
function Gr(e, t, n) {
  var o = new So();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var cf = Ho("start", "end", "cancel", "interrupt"), df = [], Ra = 0, Ur = 1, zi = 2, ho = 3, qr = 4, Ri = 5, go = 6;
function Xo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  ff(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: cf,
    tween: df,
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
  if (n.state > ho)
    throw new Error("too late; already running");
  return n;
}
function Je(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function ff(e, t, n) {
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
        if (h.state === ho)
          return Gr(s);
        h.state === qr ? (h.state = go, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = go, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (Gr(function() {
      n.state === ho && (n.state = qr, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = zi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === zi) {
      for (n.state = ho, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
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
    n.state = go, n.timer.stop(), delete o[t];
    for (var l in o)
      return;
    delete e.__transition;
  }
}
function po(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > zi && o.state < Ri, o.state = go, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function hf(e) {
  return this.each(function() {
    po(this, e);
  });
}
function gf(e, t) {
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
function pf(e, t, n) {
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
function vf(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Je(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? gf : pf)(n, e, t));
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
  return (typeof t == "number" ? rt : t instanceof Yt ? $o : (n = Yt(t)) ? (t = n, $o) : Ta)(e, t);
}
function mf(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function yf(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function wf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function _f(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function bf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Ef(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function xf(e, t) {
  var n = Fo(e), o = n === "transform" ? tf : Ba;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Ef : bf)(n, o, ur(this, "attr." + e, t)) : t == null ? (n.local ? yf : mf)(n) : (n.local ? _f : wf)(n, o, t));
}
function $f(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function kf(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Nf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && kf(e, r)), n;
  }
  return i._value = t, i;
}
function Sf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && $f(e, r)), n;
  }
  return i._value = t, i;
}
function Cf(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = Fo(e);
  return this.tween(n, (o.local ? Nf : Sf)(o, t));
}
function Mf(e, t) {
  return function() {
    lr(this, e).delay = +t.apply(this, arguments);
  };
}
function If(e, t) {
  return t = +t, function() {
    lr(this, e).delay = t;
  };
}
function Tf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Mf : If)(t, e)) : Je(this.node(), t).delay;
}
function Of(e, t) {
  return function() {
    ct(this, e).duration = +t.apply(this, arguments);
  };
}
function Df(e, t) {
  return t = +t, function() {
    ct(this, e).duration = t;
  };
}
function Pf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Of : Df)(t, e)) : Je(this.node(), t).duration;
}
function Af(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    ct(this, e).ease = t;
  };
}
function zf(e) {
  var t = this._id;
  return arguments.length ? this.each(Af(t, e)) : Je(this.node(), t).ease;
}
function Rf(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    ct(this, e).ease = n;
  };
}
function Bf(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Rf(this._id, e));
}
function Vf(e) {
  typeof e != "function" && (e = va(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new yt(o, this._parents, this._name, this._id);
}
function Lf(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = u[h] || l[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new yt(s, this._parents, this._name, this._id);
}
function Hf(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Ff(e, t, n) {
  var o, i, r = Hf(t) ? lr : ct;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Yf(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Je(this.node(), n).on.on(e) : this.each(Ff(n, e, t));
}
function Xf(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Gf() {
  return this.on("end.remove", Xf(this._id));
}
function Uf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = or(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Xo(l[f], t, n, f, l, Je(c, n)));
  return new yt(r, this._parents, t, n);
}
function qf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = pa(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), h, m = Je(c, n), w = 0, b = f.length; w < b; ++w)
          (h = f[w]) && Xo(h, t, n, w, f, m);
        r.push(f), s.push(c);
      }
  return new yt(r, s, t, n);
}
var Wf = Fn.prototype.constructor;
function Kf() {
  return new Wf(this._groups, this._parents);
}
function Zf(e, t) {
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
function jf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = en(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Qf(e, t, n) {
  var o, i, r;
  return function() {
    var s = en(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), en(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function Jf(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = ct(this, e), l = u.on, c = u.value[r] == null ? a || (a = Va(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function eh(e, t, n) {
  var o = (e += "") == "transform" ? ef : Ba;
  return t == null ? this.styleTween(e, Zf(e, o)).on("end.style." + e, Va(e)) : typeof t == "function" ? this.styleTween(e, Qf(e, o, ur(this, "style." + e, t))).each(Jf(this._id, e)) : this.styleTween(e, jf(e, o, t), n).on("end.style." + e, null);
}
function th(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function nh(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && th(e, s, n)), o;
  }
  return r._value = t, r;
}
function oh(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, nh(e, t, n ?? ""));
}
function ih(e) {
  return function() {
    this.textContent = e;
  };
}
function rh(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function sh(e) {
  return this.tween("text", typeof e == "function" ? rh(ur(this, "text", e)) : ih(e == null ? "" : e + ""));
}
function ah(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function lh(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && ah(i)), t;
  }
  return o._value = e, o;
}
function uh(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, lh(e));
}
function ch() {
  for (var e = this._name, t = this._id, n = La(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = Je(u, t);
        Xo(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new yt(o, this._parents, e, n);
}
function dh() {
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
var fh = 0;
function yt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function La() {
  return ++fh;
}
var ft = Fn.prototype;
yt.prototype = {
  constructor: yt,
  select: Uf,
  selectAll: qf,
  selectChild: ft.selectChild,
  selectChildren: ft.selectChildren,
  filter: Vf,
  merge: Lf,
  selection: Kf,
  transition: ch,
  call: ft.call,
  nodes: ft.nodes,
  node: ft.node,
  size: ft.size,
  empty: ft.empty,
  each: ft.each,
  on: Yf,
  attr: xf,
  attrTween: Cf,
  style: eh,
  styleTween: oh,
  text: sh,
  textTween: uh,
  remove: Gf,
  tween: vf,
  delay: Tf,
  duration: Pf,
  ease: zf,
  easeVarying: Bf,
  end: dh,
  [Symbol.iterator]: ft[Symbol.iterator]
};
function hh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var gh = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: hh
};
function ph(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function vh(e) {
  var t, n;
  e instanceof yt ? (t = e._id, e = e._name) : (t = La(), (n = gh).time = ar(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Xo(u, e, t, l, s, n || ph(u, t));
  return new yt(o, this._parents, e, t);
}
Fn.prototype.interrupt = hf;
Fn.prototype.transition = vh;
const Qn = (e) => () => e;
function mh(e, {
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
function yh(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function wh() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Wr() {
  return this.__zoom || nn;
}
function _h(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function bh() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Eh(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function xh() {
  var e = yh, t = wh, n = Eh, o = _h, i = bh, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = fo, l = Ho("start", "zoom", "end"), c, d, f, h = 500, m = 150, w = 0, b = 10;
  function y(g) {
    g.property("__zoom", Wr).on("wheel.zoom", R, { passive: !1 }).on("mousedown.zoom", G).on("dblclick.zoom", Y).filter(i).on("touchstart.zoom", F).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", U).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  y.transform = function(g, $, p, D) {
    var T = g.selection ? g.selection() : g;
    T.property("__zoom", Wr), g !== T ? M(g, $, p, D) : T.interrupt().each(function() {
      H(this, arguments).event(D).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, y.scaleBy = function(g, $, p, D) {
    y.scaleTo(g, function() {
      var T = this.__zoom.k, z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return T * z;
    }, p, D);
  }, y.scaleTo = function(g, $, p, D) {
    y.transform(g, function() {
      var T = t.apply(this, arguments), z = this.__zoom, C = p == null ? x(T) : typeof p == "function" ? p.apply(this, arguments) : p, X = z.invert(C), Q = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(E(z, Q), C, X), T, s);
    }, p, D);
  }, y.translateBy = function(g, $, p, D) {
    y.transform(g, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, D);
  }, y.translateTo = function(g, $, p, D, T) {
    y.transform(g, function() {
      var z = t.apply(this, arguments), C = this.__zoom, X = D == null ? x(z) : typeof D == "function" ? D.apply(this, arguments) : D;
      return n(nn.translate(X[0], X[1]).scale(C.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), z, s);
    }, D, T);
  };
  function E(g, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === g.k ? g : new pt($, g.x, g.y);
  }
  function v(g, $, p) {
    var D = $[0] - p[0] * g.k, T = $[1] - p[1] * g.k;
    return D === g.x && T === g.y ? g : new pt(g.k, D, T);
  }
  function x(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function M(g, $, p, D) {
    g.on("start.zoom", function() {
      H(this, arguments).event(D).start();
    }).on("interrupt.zoom end.zoom", function() {
      H(this, arguments).event(D).end();
    }).tween("zoom", function() {
      var T = this, z = arguments, C = H(T, z).event(D), X = t.apply(T, z), Q = p == null ? x(X) : typeof p == "function" ? p.apply(T, z) : p, te = Math.max(X[1][0] - X[0][0], X[1][1] - X[0][1]), ie = T.__zoom, q = typeof $ == "function" ? $.apply(T, z) : $, K = u(ie.invert(Q).concat(te / ie.k), q.invert(Q).concat(te / q.k));
      return function(J) {
        if (J === 1)
          J = q;
        else {
          var ge = K(J), _e = te / ge[2];
          J = new pt(_e, Q[0] - ge[0] * _e, Q[1] - ge[1] * _e);
        }
        C.zoom(null, J);
      };
    });
  }
  function H(g, $, p) {
    return !p && g.__zooming || new V(g, $);
  }
  function V(g, $) {
    this.that = g, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, $), this.taps = 0;
  }
  V.prototype = {
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
        new mh(g, {
          sourceEvent: this.sourceEvent,
          target: y,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function R(g, ...$) {
    if (!e.apply(this, arguments))
      return;
    var p = H(this, $).event(g), D = this.__zoom, T = Math.max(r[0], Math.min(r[1], D.k * Math.pow(2, o.apply(this, arguments)))), z = it(g);
    if (p.wheel)
      (p.mouse[0][0] !== z[0] || p.mouse[0][1] !== z[1]) && (p.mouse[1] = D.invert(p.mouse[0] = z)), clearTimeout(p.wheel);
    else {
      if (D.k === T)
        return;
      p.mouse = [z, D.invert(z)], po(this), p.start();
    }
    hn(g), p.wheel = setTimeout(C, m), p.zoom("mouse", n(v(E(D, T), p.mouse[0], p.mouse[1]), p.extent, s));
    function C() {
      p.wheel = null, p.end();
    }
  }
  function G(g, ...$) {
    if (f || !e.apply(this, arguments))
      return;
    var p = g.currentTarget, D = H(this, $, !0).event(g), T = Ze(g.view).on("mousemove.zoom", Q, !0).on("mouseup.zoom", te, !0), z = it(g, p), C = g.clientX, X = g.clientY;
    Na(g.view), ci(g), D.mouse = [z, this.__zoom.invert(z)], po(this), D.start();
    function Q(ie) {
      if (hn(ie), !D.moved) {
        var q = ie.clientX - C, K = ie.clientY - X;
        D.moved = q * q + K * K > w;
      }
      D.event(ie).zoom("mouse", n(v(D.that.__zoom, D.mouse[0] = it(ie, p), D.mouse[1]), D.extent, s));
    }
    function te(ie) {
      T.on("mousemove.zoom mouseup.zoom", null), Sa(ie.view, D.moved), hn(ie), D.event(ie).end();
    }
  }
  function Y(g, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, D = it(g.changedTouches ? g.changedTouches[0] : g, this), T = p.invert(D), z = p.k * (g.shiftKey ? 0.5 : 2), C = n(v(E(p, z), D, T), t.apply(this, $), s);
      hn(g), a > 0 ? Ze(this).transition().duration(a).call(M, C, D, g) : Ze(this).call(y.transform, C, D, g);
    }
  }
  function F(g, ...$) {
    if (e.apply(this, arguments)) {
      var p = g.touches, D = p.length, T = H(this, $, g.changedTouches.length === D).event(g), z, C, X, Q;
      for (ci(g), C = 0; C < D; ++C)
        X = p[C], Q = it(X, this), Q = [Q, this.__zoom.invert(Q), X.identifier], T.touch0 ? !T.touch1 && T.touch0[2] !== Q[2] && (T.touch1 = Q, T.taps = 0) : (T.touch0 = Q, z = !0, T.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (T.taps < 2 && (d = Q[0], c = setTimeout(function() {
        c = null;
      }, h)), po(this), T.start());
    }
  }
  function N(g, ...$) {
    if (this.__zooming) {
      var p = H(this, $).event(g), D = g.changedTouches, T = D.length, z, C, X, Q;
      for (hn(g), z = 0; z < T; ++z)
        C = D[z], X = it(C, this), p.touch0 && p.touch0[2] === C.identifier ? p.touch0[0] = X : p.touch1 && p.touch1[2] === C.identifier && (p.touch1[0] = X);
      if (C = p.that.__zoom, p.touch1) {
        var te = p.touch0[0], ie = p.touch0[1], q = p.touch1[0], K = p.touch1[1], J = (J = q[0] - te[0]) * J + (J = q[1] - te[1]) * J, ge = (ge = K[0] - ie[0]) * ge + (ge = K[1] - ie[1]) * ge;
        C = E(C, Math.sqrt(J / ge)), X = [(te[0] + q[0]) / 2, (te[1] + q[1]) / 2], Q = [(ie[0] + K[0]) / 2, (ie[1] + K[1]) / 2];
      } else if (p.touch0)
        X = p.touch0[0], Q = p.touch0[1];
      else
        return;
      p.zoom("touch", n(v(C, X, Q), p.extent, s));
    }
  }
  function U(g, ...$) {
    if (this.__zooming) {
      var p = H(this, $).event(g), D = g.changedTouches, T = D.length, z, C;
      for (ci(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), z = 0; z < T; ++z)
        C = D[z], p.touch0 && p.touch0[2] === C.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === C.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0)
        p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (C = it(C, this), Math.hypot(d[0] - C[0], d[1] - C[1]) < b)) {
        var X = Ze(this).on("dblclick.zoom");
        X && X.apply(this, arguments);
      }
    }
  }
  return y.wheelDelta = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : Qn(+g), y) : o;
  }, y.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : Qn(!!g), y) : e;
  }, y.touchable = function(g) {
    return arguments.length ? (i = typeof g == "function" ? g : Qn(!!g), y) : i;
  }, y.extent = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : Qn([[+g[0][0], +g[0][1]], [+g[1][0], +g[1][1]]]), y) : t;
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
var se = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(se || {}), cr = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(cr || {}), Pt = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(Pt || {}), It = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(It || {}), Co = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Co || {}), Nn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(Nn || {}), Ha = /* @__PURE__ */ ((e) => (e.TopLeft = "top-left", e.TopCenter = "top-center", e.TopRight = "top-right", e.BottomLeft = "bottom-left", e.BottomCenter = "bottom-center", e.BottomRight = "bottom-right", e))(Ha || {});
const $h = ["INPUT", "SELECT", "TEXTAREA"], kh = typeof document < "u" ? document : null;
function Bi(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return $h.includes(o?.nodeName) || i || !!r;
}
function Nh(e) {
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
function Sh(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Ch(n.code, e);
    return Array.isArray(e) ? e.some((i) => Kr(n[o], i, t, n.type === "keyup")) : Kr(n[o], e, t, n.type === "keyup");
  };
}
function Ch(e, t) {
  return t.includes(e) ? "code" : "key";
}
function Sn(e, t) {
  const n = le(() => we(t?.target) ?? kh), o = Ct(we(e) === !0);
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
      if (i = Nh(l), (!i || i && !f) && Bi(l))
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
    return l === null ? (a(), () => !1) : typeof l == "boolean" ? (a(), o.value = l, () => !1) : Array.isArray(l) || typeof l == "string" ? Sh(l, r) : l;
  }
  return o;
}
const Fa = "vue-flow__node-desc", Ya = "vue-flow__edge-desc", Mh = "vue-flow__aria-live", Xa = ["Enter", " ", "Escape"], Qt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function Mo(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function Io(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function Go(e) {
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
function Jn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Ih(e) {
  return Jn(e.width) && Jn(e.height) && Jn(e.x) && Jn(e.y);
}
function Th(e, t, n) {
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
function Oh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return qa(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.source === o).map((r) => n.find((s) => Lt(s) && s.id === r.target));
}
function Dh(...e) {
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
function Ph(e, t) {
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
  return r ? Uo(a, s) : a;
}
function Ka(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function To({ x: e, y: t, width: n, height: o }) {
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
function Ah(e, t) {
  return Za(Ka(To(e), To(t)));
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
      To({
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
    const h = Io(r, Mo(a)), m = d === null || f === null, w = o && h > 0, b = (d ?? 0) * (f ?? 0);
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
function zh(e, t, n) {
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
function Rh(e, t, n, o, i, r) {
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
  const s = zh(r, t, n), a = (t - s.x) / e.width, u = (n - s.y) / e.height, l = Math.min(a, u), c = Gt(l, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, h = t / 2 - d * c, m = n / 2 - f * c, w = Rh(e, h, m, c, t, n), b = {
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
function Bh(e, t) {
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
function Vh(e, t, n, o) {
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
function Lh(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? el(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Hh(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && i?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Lh(i, e, o);
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
function Fh({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function fr(e, t, n, o, i) {
  const r = Fh(e.dimensions, Hh(e, n, o, i)), s = Ga(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function on(e, t, n = se.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Uh(e);
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
function Yh({
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
  const c = To({
    x: (0 - u.x) / u.zoom,
    y: (0 - u.y) / u.zoom,
    width: s / u.zoom,
    height: a / u.zoom
  }), d = Math.max(0, Math.min(c.x2, l.x2) - Math.max(c.x, l.x)), f = Math.max(0, Math.min(c.y2, l.y2) - Math.max(c.y, l.y));
  return Math.ceil(d * f) > 0;
}
function Xh(e, t, n = !1) {
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
function Gh(e) {
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
function Uh(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function Uo(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const qh = () => !0;
function hi(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Wh(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    Io(i, Mo(r)) > 0 && o.push(r);
  return o;
}
const Kh = 250;
function Zh(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const u = Wh(e, n, t + Kh);
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
  isValidConnection: l = qh
}, c, d, f, h) {
  const m = r === "target", w = t ? s.querySelector(`.${a}-flow__handle[data-id="${u}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: b, y } = st(e), E = s.elementFromPoint(b, y), v = E?.classList.contains(`${a}-flow__handle`) ? E : w, x = {
    handleDomNode: v,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (v) {
    const M = tl(void 0, v), H = v.getAttribute("data-nodeid"), V = v.getAttribute("data-handleid"), R = v.classList.contains("connectable"), G = v.classList.contains("connectableend");
    if (!H || !M)
      return x;
    const Y = {
      source: m ? H : o,
      sourceHandle: m ? V : i,
      target: m ? o : H,
      targetHandle: m ? i : V
    };
    x.connection = Y;
    const N = R && G && (n === It.Strict ? m && M === "source" || !m && M === "target" : H !== o || V !== i);
    x.isValid = N && l(Y, {
      nodes: d,
      edges: c,
      sourceNode: f(Y.source),
      targetNode: f(Y.target)
    }), x.toHandle = nl(H, M, V, h, n, !0);
  }
  return x;
}
function tl(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function jh(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function Qh(e, t) {
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
}, Jh = ["production", "prod"];
function Xn(e, ...t) {
  ol() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function ol() {
  return !Jh.includes("production");
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
      ...Go(s)
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
function eg(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Be(ze.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let i;
  return Tt(e) ? i = e : i = {
    ...e,
    id: Wa(e)
  }, i = Ua(i, void 0, o), Ph(i, t) ? !1 : i;
}
function tg(e, t, n, o, i) {
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
    const a = Th(s, t(s.id), s.parentNode);
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
    const c = Tt(l) ? l : eg(l, a, i, r);
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
const fs = /* @__PURE__ */ Symbol("vueFlow"), il = /* @__PURE__ */ Symbol("nodeId"), rl = /* @__PURE__ */ Symbol("nodeRef"), ng = /* @__PURE__ */ Symbol("edgeId"), og = /* @__PURE__ */ Symbol("edgeRef"), qo = /* @__PURE__ */ Symbol("slots");
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
  } = Ce(), { onStart: M, onDrag: H, onStop: V, onClick: R, el: G, disabled: Y, id: F, selectable: N, dragHandle: U } = e, g = Ct(!1);
  let $ = [], p, D = null, T = { x: void 0, y: void 0 }, z = { x: 0, y: 0 }, C = null, X = !1, Q = !1, te = 0, ie = !1;
  const q = sg(), K = ({ x: de, y: he }) => {
    T = { x: de, y: he };
    let k = !1;
    if ($ = $.map((_) => {
      const S = { x: de - _.distance.x, y: he - _.distance.y }, { computedPosition: P } = fr(
        _,
        n.value ? Uo(S, o.value) : S,
        x.error,
        s.value,
        _.parentNode ? h(_.parentNode) : void 0
      );
      return k = k || _.position.x !== P.x || _.position.y !== P.y, _.position = P, _;
    }), Q = Q || k, !!k && (v($, !0, !0), g.value = !0, C)) {
      const [_, S] = fi({
        id: F,
        dragItems: $,
        findNode: h
      });
      H({ event: C, node: _, nodes: S });
    }
  }, J = () => {
    if (!D)
      return;
    const [de, he] = Ja(z, D, c.value);
    if (de !== 0 || he !== 0) {
      const k = {
        x: (T.x ?? 0) - de / u.value.zoom,
        y: (T.y ?? 0) - he / u.value.zoom
      };
      f({ x: de, y: he }) && K(k);
    }
    te = requestAnimationFrame(J);
  }, ge = (de, he) => {
    X = !0;
    const k = h(F);
    !b.value && !m.value && k && (k.selected || y()), k && we(N) && b.value && Hi(
      k,
      m.value,
      E,
      y,
      w,
      !1,
      he
    );
    const _ = q(de.sourceEvent);
    if (T = _, $ = Vh(r.value, d.value, _, F), $.length) {
      const [S, P] = fi({
        id: F,
        dragItems: $,
        findNode: h
      });
      M({ event: de.sourceEvent, node: S, nodes: P });
    }
  }, _e = (de, he) => {
    var k;
    de.sourceEvent.type === "touchmove" && de.sourceEvent.touches.length > 1 || (Q = !1, a.value === 0 && ge(de, he), T = q(de.sourceEvent), D = ((k = t.value) == null ? void 0 : k.getBoundingClientRect()) || null, z = st(de.sourceEvent, D));
  }, pe = (de, he) => {
    const k = q(de.sourceEvent);
    if (!ie && X && l.value && (ie = !0, J()), !X) {
      const _ = k.xSnapped - (T.x ?? 0), S = k.ySnapped - (T.y ?? 0);
      Math.sqrt(_ * _ + S * S) > a.value && ge(de, he);
    }
    (T.x !== k.xSnapped || T.y !== k.ySnapped) && $.length && X && (C = de.sourceEvent, z = st(de.sourceEvent, D), K(k));
  }, be = (de) => {
    let he = !1;
    if (!X && !g.value && !m.value) {
      const k = de.sourceEvent, _ = q(k), S = _.xSnapped - (T.x ?? 0), P = _.ySnapped - (T.y ?? 0), O = Math.sqrt(S * S + P * P);
      O !== 0 && O <= a.value && (R?.(k), he = !0);
    }
    if ($.length && !he) {
      Q && (v($, !1, !1), Q = !1);
      const [k, _] = fi({
        id: F,
        dragItems: $,
        findNode: h
      });
      V({ event: de.sourceEvent, node: k, nodes: _ });
    }
    $ = [], g.value = !1, ie = !1, X = !1, T = { x: void 0, y: void 0 }, cancelAnimationFrame(te);
  };
  return $e([() => we(Y), G], ([de, he], k, _) => {
    if (he) {
      const S = Ze(he);
      de || (p = Md().on("start", (P) => _e(P, he)).on("drag", (P) => pe(P, he)).on("end", (P) => be(P)).filter((P) => {
        const O = P.target, ee = we(U);
        return !P.button && (!i.value || !is(O, `.${i.value}`, he) && (!ee || is(O, ee, he)));
      }), S.call(p)), _(() => {
        S.on(".drag", null), p && (p.on("start", null), p.on("drag", null), p.on("end", null));
      });
    }
  }), g;
}
function ig() {
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
function rg(e, t) {
  const n = ig();
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
function sg() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Ce();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Gh(i) ? i.sourceEvent : i, { x: u, y: l } = st(a, s), c = Pn({ x: u, y: l }, e.value), { x: d, y: f } = n.value ? Uo(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function eo() {
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
    emits: M,
    viewport: H,
    edges: V,
    nodes: R,
    isValidConnection: G,
    nodeLookup: Y
  } = Ce();
  let F = null, N = !1, U = null;
  function g(p) {
    var D;
    const T = we(n) === "target", z = hr(p), C = Zr(p.target), X = p.currentTarget;
    if (X && (z && p.button === 0 || !z)) {
      let Q = function(re) {
        k = st(re, be), K = Zh(
          Pn(k, H.value, !1, [1, 1]),
          c.value,
          Y.value,
          P
        ), _ || (S(), _ = !0);
        const fe = as(
          re,
          {
            handle: K,
            connectionMode: l.value,
            fromNodeId: we(t),
            fromHandleId: we(e),
            fromType: T ? "target" : "source",
            isValidConnection: q,
            doc: C,
            lib: "vue",
            flowId: a,
            nodeLookup: Y.value
          },
          V.value,
          R.value,
          b,
          Y.value
        );
        U = fe.handleDomNode, F = fe.connection, N = Qh(!!K, fe.isValid);
        const ve = {
          // from stays the same
          ...ae,
          isValid: N,
          to: fe.toHandle && N ? Dn({ x: fe.toHandle.x, y: fe.toHandle.y }, H.value) : k,
          toHandle: fe.toHandle,
          toPosition: N && fe.toHandle ? fe.toHandle.position : Li[P.position],
          toNode: fe.toHandle ? Y.value.get(fe.toHandle.nodeId) : null
        };
        if (N && K && ae?.toHandle && ve.toHandle && ae.toHandle.type === ve.toHandle.type && ae.toHandle.nodeId === ve.toHandle.nodeId && ae.toHandle.id === ve.toHandle.id && ae.to.x === ve.to.x && ae.to.y === ve.to.y)
          return;
        const ye = K ?? fe.toHandle;
        if (v(
          ye && N ? Dn(
            {
              x: ye.x,
              y: ye.y
            },
            H.value
          ) : k,
          ye,
          jh(!!ye, N)
        ), ae = ve, !K && !N && !U)
          return hi(he);
        F && F.source !== F.target && U && (hi(he), he = U, U.classList.add("connecting", "vue-flow__handle-connecting"), U.classList.toggle("valid", !!N), U.classList.toggle("vue-flow__handle-valid", !!N));
      }, te = function(re) {
        "touches" in re && re.touches.length > 0 || ((K || U) && F && N && (r ? r(re, F) : M.connect(F)), M.connectEnd(re), i && s?.(re), hi(he), cancelAnimationFrame(J), x(re), _ = !1, N = !1, F = null, U = null, C.removeEventListener("mousemove", Q), C.removeEventListener("mouseup", te), C.removeEventListener("touchmove", Q), C.removeEventListener("touchend", te));
      };
      const ie = b(we(t));
      let q = we(o) || G.value || eo;
      !q && ie && (q = (T ? ie.isValidSourcePos : ie.isValidTargetPos) || eo);
      let K, J = 0;
      const { x: ge, y: _e } = st(p), pe = tl(we(i), X), be = (D = u.value) == null ? void 0 : D.getBoundingClientRect();
      if (!be || !pe)
        return;
      const de = nl(we(t), pe, we(e), Y.value, l.value);
      if (!de)
        return;
      let he, k = st(p, be), _ = !1;
      const S = () => {
        if (!m.value)
          return;
        const [re, fe] = Ja(k, be, w.value);
        y({ x: re, y: fe }), J = requestAnimationFrame(S);
      }, P = {
        ...de,
        nodeId: we(t),
        type: pe,
        position: de.position
      }, O = Y.value.get(we(t)), oe = {
        inProgress: !0,
        isValid: null,
        from: on(O, P, se.Left, !0),
        fromHandle: P,
        fromPosition: P.position,
        fromNode: O,
        to: k,
        toHandle: null,
        toPosition: Li[P.position],
        toNode: null
      };
      E(
        {
          nodeId: we(t),
          id: we(e),
          type: pe,
          position: X?.getAttribute("data-handlepos") || se.Top,
          ...k
        },
        {
          x: ge - be.left,
          y: _e - be.top
        }
      ), M.connectStart({ event: p, nodeId: we(t), handleId: we(e), handleType: pe });
      let ae = oe;
      C.addEventListener("mousemove", Q), C.addEventListener("mouseup", te), C.addEventListener("touchmove", Q), C.addEventListener("touchend", te);
    }
  }
  function $(p) {
    var D, T;
    if (!d.value)
      return;
    const z = we(n) === "target";
    if (!f.value) {
      M.clickConnectStart({ event: p, nodeId: we(t), handleId: we(e) }), E(
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
    let C = we(o) || G.value || eo;
    const X = b(we(t));
    if (!C && X && (C = (z ? X.isValidSourcePos : X.isValidTargetPos) || eo), X && (typeof X.connectable > "u" ? h.value : X.connectable) === !1)
      return;
    const Q = Zr(p.target), te = as(
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
        isValidConnection: C,
        doc: Q,
        lib: "vue",
        flowId: a,
        nodeLookup: Y.value
      },
      V.value,
      R.value,
      b,
      Y.value
    ), ie = ((D = te.connection) == null ? void 0 : D.source) === ((T = te.connection) == null ? void 0 : T.target);
    te.isValid && te.connection && !ie && M.connect(te.connection), M.clickConnectEnd(p), x(p, !0);
  }
  return {
    handlePointerDown: g,
    handleClick: $
  };
}
function ag() {
  return Ot(il, "");
}
function ll(e) {
  const t = e ?? ag() ?? "", n = Ot(rl, Ie(null)), { findNode: o, edges: i, emits: r } = Ce(), s = o(t);
  return s || r.error(new Be(ze.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: le(() => o(s.parentNode)),
    connectedEdges: le(() => At([s], i.value))
  };
}
function lg() {
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
function ug(e, t) {
  const n = lg();
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
const to = 0.1, cg = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function Et() {
  return Xn("Viewport not initialized yet."), Promise.resolve(!1);
}
const dg = {
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
function fg(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? kn : fo).scaleBy(
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
      e.d3Selection && e.d3Zoom ? (u = e.d3Zoom) == null || u.interpolate(s?.interpolate === "linear" ? kn : fo).transform(
        vi(e.d3Selection, s?.duration, s?.ease, () => {
          a(!0);
        }),
        d
      ) : a(!1);
    });
  }
  return le(() => e.d3Zoom && e.d3Selection && e.dimensions.width && e.dimensions.height ? {
    viewportInitialized: !0,
    // todo: allow passing scale as option
    zoomIn: (i) => t(1.2, i),
    zoomOut: (i) => t(1 / 1.2, i),
    zoomTo: (i, r) => new Promise((s) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? kn : fo).scaleTo(
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
      padding: to,
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
        i.padding ?? to
      );
      return n(l, c, d, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof s?.zoom < "u" ? s.zoom : e.maxZoom, u = e.dimensions.width / 2 - i * a, l = e.dimensions.height / 2 - r * a;
      return n(u, l, a, s);
    },
    fitBounds: (i, r = { padding: to }) => {
      const { x: s, y: a, zoom: u } = jr(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? to
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
  } : dg);
}
function vi(e, t = 0, n = cg, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function hg(e, t, n) {
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
        ), uo(() => {
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
        ), uo(() => {
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
        ), uo(() => {
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
function gg() {
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
function pg(e, t) {
  const n = un();
  bu(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), Cn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), Cn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = vg(i);
    return !!((r = n?.vnode.props) == null ? void 0 : r[s]);
  }
}
function vg(e) {
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
    hooks: gg(),
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
const mg = [
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
function yg(e, t, n) {
  const o = fg(e), i = (k) => {
    const _ = k ?? [];
    e.hooks.updateNodeInternals.trigger(_);
  }, r = (k) => Dh(k, e.nodes, e.edges), s = (k) => Oh(k, e.nodes, e.edges), a = (k) => At(k, e.edges), u = ({ id: k, type: _, nodeId: S }) => {
    var P;
    const O = k ? `-${_}-${k}` : `-${_}`;
    return Array.from(((P = e.connectionLookup.get(`${S}${O}`)) == null ? void 0 : P.values()) ?? []);
  }, l = (k) => {
    if (k)
      return t.value.get(k);
  }, c = (k) => {
    if (k)
      return n.value.get(k);
  }, d = (k, _, S) => {
    var P, O;
    const ee = [];
    for (const oe of k) {
      const ae = {
        id: oe.id,
        type: "position",
        dragging: S,
        from: oe.from
      };
      if (_ && (ae.position = oe.position, oe.parentNode)) {
        const re = l(oe.parentNode);
        ae.position = {
          x: ae.position.x - (((P = re?.computedPosition) == null ? void 0 : P.x) ?? 0),
          y: ae.position.y - (((O = re?.computedPosition) == null ? void 0 : O.y) ?? 0)
        };
      }
      ee.push(ae);
    }
    ee?.length && e.hooks.nodesChange.trigger(ee);
  }, f = (k) => {
    if (!e.vueFlowRef)
      return;
    const _ = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!_)
      return;
    const S = window.getComputedStyle(_), { m22: P } = new window.DOMMatrixReadOnly(S.transform), O = [];
    for (const ee of k) {
      const oe = ee, ae = l(oe.id);
      if (ae) {
        const re = Go(oe.nodeElement);
        if (!!(re.width && re.height && (ae.dimensions.width !== re.width || ae.dimensions.height !== re.height || oe.forceUpdate))) {
          const ve = oe.nodeElement.getBoundingClientRect();
          ae.dimensions = re, ae.handleBounds.source = ls("source", oe.nodeElement, ve, P, ae.id), ae.handleBounds.target = ls("target", oe.nodeElement, ve, P, ae.id), O.push({
            id: ae.id,
            type: "dimensions",
            dimensions: re
          });
        }
      }
    }
    !e.fitViewOnInitDone && e.fitViewOnInit && o.value.fitView().then(() => {
      e.fitViewOnInitDone = !0;
    }), O.length && e.hooks.nodesChange.trigger(O);
  }, h = (k, _) => {
    const S = /* @__PURE__ */ new Set(), P = /* @__PURE__ */ new Set();
    for (const oe of k)
      Lt(oe) ? S.add(oe.id) : Tt(oe) && P.add(oe.id);
    const O = kt(t.value, S, !0), ee = kt(n.value, P);
    if (e.multiSelectionActive) {
      for (const oe of S)
        O.push(xt(oe, _));
      for (const oe of P)
        ee.push(xt(oe, _));
    }
    O.length && e.hooks.nodesChange.trigger(O), ee.length && e.hooks.edgesChange.trigger(ee);
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
  }, E = (k) => {
    const S = (k || e.edges).map((P) => (P.selected = !1, xt(P.id, !1)));
    e.hooks.edgesChange.trigger(S);
  }, v = (k) => {
    if (!k || !k.length)
      return h([], !1);
    const _ = k.reduce(
      (S, P) => {
        const O = xt(P.id, !1);
        return Lt(P) ? S.nodes.push(O) : S.edges.push(O), S;
      },
      { nodes: [], edges: [] }
    );
    _.nodes.length && e.hooks.nodesChange.trigger(_.nodes), _.edges.length && e.hooks.edgesChange.trigger(_.edges);
  }, x = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([k, e.maxZoom]), e.minZoom = k;
  }, M = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([e.minZoom, k]), e.maxZoom = k;
  }, H = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.translateExtent(k), e.translateExtent = k;
  }, V = (k) => {
    e.nodeExtent = k, i();
  }, R = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.clickDistance(k);
  }, G = (k) => {
    e.nodesDraggable = k, e.nodesConnectable = k, e.elementsSelectable = k;
  }, Y = (k) => {
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
    !e.initialized && !_.length || (Y(_.filter(Lt)), F(_.filter(Tt)));
  }, U = (k) => {
    let _ = k instanceof Function ? k(e.nodes) : k;
    _ = Array.isArray(_) ? _ : [_];
    const S = us(_, l, e.hooks.error.trigger), P = [];
    for (const O of S)
      P.push(es(O));
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
    for (const O of S)
      P.push(es(O));
    P.length && e.hooks.edgesChange.trigger(P);
  }, $ = (k, _ = !0, S = !1) => {
    const P = k instanceof Function ? k(e.nodes) : k, O = Array.isArray(P) ? P : [P], ee = [], oe = [];
    function ae(fe) {
      const ve = a(fe);
      for (const ye of ve)
        (!Ae(ye.deletable) || ye.deletable) && oe.push(ns(ye.id, ye.source, ye.target, ye.sourceHandle, ye.targetHandle));
    }
    function re(fe) {
      const ve = [];
      for (const ye of e.nodes)
        ye.parentNode === fe && ve.push(ye);
      if (ve.length) {
        for (const ye of ve)
          ee.push(ts(ye.id));
        _ && ae(ve);
        for (const ye of ve)
          re(ye.id);
      }
    }
    for (const fe of O) {
      const ve = typeof fe == "string" ? l(fe) : fe;
      ve && (Ae(ve.deletable) && !ve.deletable || (ee.push(ts(ve.id)), _ && ae([ve]), S && re(ve.id)));
    }
    oe.length && e.hooks.edgesChange.trigger(oe), ee.length && e.hooks.nodesChange.trigger(ee);
  }, p = (k) => {
    const _ = k instanceof Function ? k(e.edges) : k, S = Array.isArray(_) ? _ : [_], P = [];
    for (const O of S) {
      const ee = typeof O == "string" ? c(O) : O;
      ee && (Ae(ee.deletable) && !ee.deletable || P.push(
        ns(
          typeof O == "string" ? O : O.id,
          ee.source,
          ee.target,
          ee.sourceHandle,
          ee.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(P);
  }, D = (k, _, S = !0) => {
    const P = c(k.id);
    if (!P)
      return !1;
    const O = e.edges.indexOf(P), ee = tg(k, _, P, S, e.hooks.error.trigger);
    if (ee) {
      const [oe] = pi(
        [ee],
        e.isValidConnection,
        l,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((ae, re) => re === O ? oe : ae), gi(e.connectionLookup, n.value, [oe]), oe;
    }
    return !1;
  }, T = (k, _, S = { replace: !1 }) => {
    const P = c(k);
    if (!P)
      return;
    const O = typeof _ == "function" ? _(P) : _;
    P.data = S.replace ? O : { ...P.data, ...O };
  }, z = (k) => Jr(k, e.nodes), C = (k) => {
    const _ = Jr(k, e.edges);
    return gi(e.connectionLookup, n.value, _), _;
  }, X = (k, _, S = { replace: !1 }) => {
    const P = l(k);
    if (!P)
      return;
    const O = typeof _ == "function" ? _(P) : _;
    S.replace ? e.nodes.splice(e.nodes.indexOf(P), 1, O) : Object.assign(P, O);
  }, Q = (k, _, S = { replace: !1 }) => {
    const P = l(k);
    if (!P)
      return;
    const O = typeof _ == "function" ? _(P) : _;
    P.data = S.replace ? O : { ...P.data, ...O };
  }, te = (k, _, S = !1) => {
    S ? e.connectionClickStartHandle = k : e.connectionStartHandle = k, e.connectionEndHandle = null, e.connectionStatus = null, _ && (e.connectionPosition = _);
  }, ie = (k, _ = null, S = null) => {
    e.connectionStartHandle && (e.connectionPosition = k, e.connectionEndHandle = _, e.connectionStatus = S);
  }, q = (k, _) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, _ ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, K = (k) => {
    const _ = Ih(k), S = _ ? null : yn(k) ? k : l(k.id);
    return !_ && !S ? [null, null, _] : [_ ? k : Mo(S), S, _];
  }, J = (k, _ = !0, S = e.nodes) => {
    const [P, O, ee] = K(k);
    if (!P)
      return [];
    const oe = [];
    for (const ae of S || e.nodes) {
      if (!ee && (ae.id === O.id || !ae.computedPosition))
        continue;
      const re = Mo(ae), fe = Io(re, P);
      (_ && fe > 0 || fe >= re.width * re.height || fe >= Number(P.width) * Number(P.height)) && oe.push(ae);
    }
    return oe;
  }, ge = (k, _, S = !0) => {
    const [P] = K(k);
    if (!P)
      return !1;
    const O = Io(P, _);
    return S && O > 0 || O >= Number(P.width) * Number(P.height);
  }, _e = (k) => {
    const { viewport: _, dimensions: S, d3Zoom: P, d3Selection: O, translateExtent: ee } = e;
    if (!P || !O || !k.x && !k.y)
      return !1;
    const oe = nn.translate(_.x + k.x, _.y + k.y).scale(_.zoom), ae = [
      [0, 0],
      [S.width, S.height]
    ], re = P.constrain()(oe, ae, ee), fe = e.viewport.x !== re.x || e.viewport.y !== re.y || e.viewport.zoom !== re.k;
    return P.transform(O, re), fe;
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
    const O = () => {
      Ae(_.maxZoom) && M(_.maxZoom), Ae(_.minZoom) && x(_.minZoom), Ae(_.translateExtent) && H(_.translateExtent);
    };
    for (const ee of Object.keys(_)) {
      const oe = ee, ae = _[oe];
      ![...mg, ...S].includes(oe) && Ae(ae) && (e[oe] = ae);
    }
    Mi(() => e.d3Zoom).not.toBeNull().then(O), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: N,
    setNodes: Y,
    setEdges: F,
    addNodes: U,
    addEdges: g,
    removeNodes: $,
    removeEdges: p,
    findNode: l,
    findEdge: c,
    updateEdge: D,
    updateEdgeData: T,
    updateNode: X,
    updateNodeData: Q,
    applyEdgeChanges: C,
    applyNodeChanges: z,
    addSelectedElements: b,
    addSelectedNodes: m,
    addSelectedEdges: w,
    setMinZoom: x,
    setMaxZoom: M,
    setTranslateExtent: H,
    setNodeExtent: V,
    setPaneClickDistance: R,
    removeSelectedElements: v,
    removeSelectedNodes: y,
    removeSelectedEdges: E,
    startConnection: te,
    updateConnection: ie,
    endConnection: q,
    setInteractive: G,
    setState: pe,
    getIntersectingNodes: J,
    getIncomers: r,
    getOutgoers: s,
    getConnectedEdges: a,
    getHandleConnections: u,
    isNodeIntersecting: ge,
    panBy: _e,
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
          handleBounds: O,
          selected: ee,
          dimensions: oe,
          isParent: ae,
          resizing: re,
          dragging: fe,
          events: ve,
          ...ye
        } = S;
        k.push(ye);
      }
      for (const S of e.edges) {
        const { selected: P, sourceNode: O, targetNode: ee, events: oe, ...ae } = S;
        _.push(ae);
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
      const { nodes: S, edges: P, position: O, zoom: ee, viewport: oe } = k;
      S && Y(S), P && F(P);
      const [ae, re] = oe?.x && oe?.y ? [oe.x, oe.y] : O ?? [null, null];
      if (ae && re) {
        const fe = oe?.zoom || ee || e.viewport.zoom;
        return Mi(() => o.value.viewportInitialized).toBe(!0).then(() => {
          o.value.setViewport({
            x: ae,
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
      const k = cl();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const _ = nn.translate(k.defaultViewport.x ?? 0, k.defaultViewport.y ?? 0).scale(Gt(k.defaultViewport.zoom ?? 1, k.minZoom, k.maxZoom)), S = e.viewportRef.getBoundingClientRect(), P = [
          [0, 0],
          [S.width, S.height]
        ], O = e.d3Zoom.constrain()(_, P, k.translateExtent);
        e.d3Zoom.transform(e.d3Selection, O);
      }
      pe(k);
    },
    $destroy: () => {
    }
  };
}
const wg = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], _g = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, rn = /* @__PURE__ */ Se({
  ..._g,
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
    const n = _u(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = xe(() => n.type ?? "source"), i = xe(() => n.isValidConnection ?? null), {
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
        var F, N, U, g, $, p;
        return ((F = s.value) == null ? void 0 : F.nodeId) === h && ((N = s.value) == null ? void 0 : N.id) === e.id && ((U = s.value) == null ? void 0 : U.type) === o.value || ((g = u.value) == null ? void 0 : g.nodeId) === h && (($ = u.value) == null ? void 0 : $.id) === e.id && ((p = u.value) == null ? void 0 : p.type) === o.value;
      }
    ), M = xe(
      () => {
        var F, N, U;
        return ((F = a.value) == null ? void 0 : F.nodeId) === h && ((N = a.value) == null ? void 0 : N.id) === e.id && ((U = a.value) == null ? void 0 : U.type) === o.value;
      }
    ), { handlePointerDown: H, handleClick: V } = al({
      nodeId: h,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), R = le(() => typeof e.connectable == "string" && e.connectable === "single" ? !b.value.some((F) => {
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
      const g = w.value.getBoundingClientRect(), $ = y.value.getBoundingClientRect(), p = window.getComputedStyle(U), { m22: D } = new window.DOMMatrixReadOnly(p.transform), T = {
        id: e.id,
        position: e.position,
        x: ($.left - g.left) / D,
        y: ($.top - g.top) / D,
        type: o.value,
        nodeId: h,
        ...Go(y.value)
      };
      m.handleBounds[o.value] = [...m.handleBounds[o.value] ?? [], T];
    });
    function G(F) {
      const N = hr(F);
      R.value && E.value && (N && F.button === 0 || !N) && H(F);
    }
    function Y(F) {
      !h || !a.value && !E.value || R.value && V(F);
    }
    return t({
      handleClick: V,
      handlePointerDown: H,
      onClick: Y,
      onPointerDown: G
    }), (F, N) => (j(), ue("div", {
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
          connectable: R.value,
          connecting: M.value,
          connectablestart: E.value,
          connectableend: v.value,
          connectionindicator: R.value && (E.value && !x.value || v.value && x.value)
        }
      ]]),
      onMousedown: G,
      onTouchstartPassive: G,
      onClick: Y
    }, [
      Te(F.$slots, "default", { id: F.id })
    ], 42, wg));
  }
}), Wo = function({
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
Wo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Wo.inheritAttrs = !1;
Wo.compatConfig = { MODE: 3 };
const bg = Wo, Ko = function({
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
Ko.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Ko.inheritAttrs = !1;
Ko.compatConfig = { MODE: 3 };
const Eg = Ko, Zo = function({
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
Zo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Zo.inheritAttrs = !1;
Zo.compatConfig = { MODE: 3 };
const xg = Zo, $g = ["transform"], kg = ["width", "height", "x", "y", "rx", "ry"], Ng = ["y"], Sg = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Cg = /* @__PURE__ */ Se({
  ...Sg,
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
    const t = Ie({ x: 0, y: 0, width: 0, height: 0 }), n = Ie(null), o = le(() => `translate(${e.x - t.value.width / 2} ${e.y - t.value.height / 2})`);
    _t(i), $e([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (j(), ue("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (j(), ue("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: De(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, kg)) : ke("", !0),
      Ee("text", _o(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Te(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (j(), Re(Dt(r.label), { key: 0 })) : (j(), ue(He, { key: 1 }, [
            Si(Pe(r.label), 1)
          ], 64))
        ])
      ], 16, Ng)
    ], 8, $g));
  }
}), Mg = ["id", "d", "marker-end", "marker-start"], Ig = ["d", "stroke-width"], Tg = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, jo = /* @__PURE__ */ Se({
  ...Tg,
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
    }), (s, a) => (j(), ue(He, null, [
      Ee("path", _o(W(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Mg),
      s.interactionWidth ? (j(), ue("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Ig)) : ke("", !0),
      s.label && s.labelX && s.labelY ? (j(), Re(Cg, {
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
function no(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function hs({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case se.Left:
      s = t - no(t - o, r), a = n;
      break;
    case se.Right:
      s = t + no(o - t, r), a = n;
      break;
    case se.Top:
      s = t, a = n - no(n - i, r);
      break;
    case se.Bottom:
      s = t, a = n + no(i - n, r);
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
function Og({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n
}) {
  return t === se.Left || t === se.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function vs(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Dg({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n,
  targetPosition: o = se.Top,
  center: i,
  offset: r
}) {
  const s = ps[t], a = ps[o], u = { x: e.x + s.x * r, y: e.y + s.y * r }, l = { x: n.x + a.x * r, y: n.y + a.y * r }, c = Og({
    source: u,
    sourcePosition: t,
    target: l
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let h, m, w;
  const b = { x: 0, y: 0 }, y = { x: 0, y: 0 }, [E, v, x, M] = dl({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    m = i.x ?? E, w = i.y ?? v;
    const V = [
      { x: m, y: u.y },
      { x: m, y: l.y }
    ], R = [
      { x: u.x, y: w },
      { x: l.x, y: w }
    ];
    s[d] === f ? h = d === "x" ? V : R : h = d === "x" ? R : V;
  } else {
    const V = [{ x: u.x, y: l.y }], R = [{ x: l.x, y: u.y }];
    if (d === "x" ? h = s.x === f ? R : V : h = s.y === f ? V : R, t === o) {
      const U = Math.abs(e[d] - n[d]);
      if (U <= r) {
        const g = Math.min(r - 1, r - U);
        s[d] === f ? b[d] = (u[d] > e[d] ? -1 : 1) * g : y[d] = (l[d] > n[d] ? -1 : 1) * g;
      }
    }
    if (t !== o) {
      const U = d === "x" ? "y" : "x", g = s[d] === a[U], $ = u[U] > l[U], p = u[U] < l[U];
      (s[d] === 1 && (!g && $ || g && p) || s[d] !== 1 && (!g && p || g && $)) && (h = d === "x" ? V : R);
    }
    const G = { x: u.x + b.x, y: u.y + b.y }, Y = { x: l.x + y.x, y: l.y + y.y }, F = Math.max(Math.abs(G.x - h[0].x), Math.abs(Y.x - h[0].x)), N = Math.max(Math.abs(G.y - h[0].y), Math.abs(Y.y - h[0].y));
    F >= N ? (m = (G.x + Y.x) / 2, w = h[0].y) : (m = h[0].x, w = (G.y + Y.y) / 2);
  }
  return [[
    e,
    { x: u.x + b.x, y: u.y + b.y },
    ...h,
    { x: l.x + y.x, y: l.y + y.y },
    n
  ], m, w, x, M];
}
function Pg(e, t, n, o) {
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
  } = e, [d, f, h, m, w] = Dg({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: u, y: l },
    offset: c
  });
  return [d.reduce((y, E, v) => {
    let x;
    return v > 0 && v < d.length - 1 ? x = Pg(d[v - 1], E, d[v + 1], a) : x = `${v === 0 ? "M" : "L"}${E.x} ${E.y}`, y += x, y;
  }, ""), f, h, m, w];
}
function Ag(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, u] = dl({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, u];
}
const zg = Se({
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
      const [n, o, i] = Ag(e);
      return Ne(jo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Rg = zg, Bg = Se({
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
      return Ne(jo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), pl = Bg, Vg = Se({
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
}), Lg = Vg, Hg = Se({
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
      return Ne(jo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Fg = Hg, Yg = Se({
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
      return Ne(jo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Xg = Yg, Gg = {
  input: xg,
  default: bg,
  output: Eg
}, Ug = {
  default: Fg,
  straight: Rg,
  step: Lg,
  smoothstep: pl,
  simplebezier: Xg
};
function qg(e, t, n) {
  const o = le(() => (w) => t.value.get(w)), i = le(() => (w) => n.value.get(w)), r = le(() => {
    const w = {
      ...Ug,
      ...e.edgeTypes
    }, b = Object.keys(w);
    for (const y of e.edges)
      y.type && !b.includes(y.type) && (w[y.type] = y.type);
    return w;
  }), s = le(() => {
    const w = {
      ...Gg,
      ...e.nodeTypes
    }, b = Object.keys(w);
    for (const y of e.nodes)
      y.type && !b.includes(y.type) && (w[y.type] = y.type);
    return w;
  }), a = le(() => e.onlyRenderVisibleElements ? ja(
    e.nodes,
    {
      x: 0,
      y: 0,
      width: e.dimensions.width,
      height: e.dimensions.height
    },
    e.viewport,
    !0
  ) : e.nodes), u = le(() => {
    if (e.onlyRenderVisibleElements) {
      const w = [];
      for (const b of e.edges) {
        const y = t.value.get(b.source), E = t.value.get(b.target);
        Yh({
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
  }), l = le(() => [...a.value, ...u.value]), c = le(() => {
    const w = [];
    for (const b of e.nodes)
      b.selected && w.push(b);
    return w;
  }), d = le(() => {
    const w = [];
    for (const b of e.edges)
      b.selected && w.push(b);
    return w;
  }), f = le(() => [
    ...c.value,
    ...d.value
  ]), h = le(() => {
    const w = [];
    for (const b of e.nodes)
      b.dimensions.width && b.dimensions.height && b.handleBounds !== void 0 && w.push(b);
    return w;
  }), m = le(
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
    const a = le(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.nodes)
        f.set(h.id, h);
      return f;
    }), u = le(() => {
      const f = /* @__PURE__ */ new Map();
      for (const h of i.edges)
        f.set(h.id, h);
      return f;
    }), l = qg(i, a, u), c = yg(i, a, u);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...l,
      ...c,
      ...Bu(i),
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
function Wg(e) {
  const { emits: t, dimensions: n } = Ce();
  let o;
  _t(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = Go(e.value);
      (a.width === 0 || a.height === 0) && t.error(new Be(ze.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), er(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Kg = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Zg = /* @__PURE__ */ Se({
  ...Kg,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (j(), ue("div", {
      class: "vue-flow__selection vue-flow__container",
      style: De({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), jg = ["tabIndex"], Qg = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, Jg = /* @__PURE__ */ Se({
  ...Qg,
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
    const c = le(() => dr(o.value)), d = le(() => ({
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
    return (m, w) => !W(s) && c.value.width && c.value.height ? (j(), ue("div", {
      key: 0,
      class: Ue(["vue-flow__nodesselection vue-flow__container", W(i)]),
      style: De({ transform: `translate(${W(n).x}px,${W(n).y}px) scale(${W(n).zoom})` })
    }, [
      Ee("div", {
        ref_key: "el",
        ref: u,
        class: Ue([{ dragging: W(l) }, "vue-flow__nodesselection-rect"]),
        style: De(d.value),
        tabIndex: W(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: h
      }, null, 46, jg)
    ], 6)) : ke("", !0);
  }
});
function ep(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const tp = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, np = /* @__PURE__ */ Se({
  ...tp,
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
      defaultEdgeOptions: M,
      connectionStartHandle: H,
      panOnDrag: V
    } = Ce(), R = Ct(null), G = Ct(/* @__PURE__ */ new Set()), Y = Ct(/* @__PURE__ */ new Set()), F = Ct(null), N = xe(() => u.value && (e.isSelecting || r.value)), U = xe(() => H.value !== null);
    let g = !1, $ = !1;
    const p = Sn(w, { actInsideInputWithModifier: !1 }), D = Sn(b);
    $e(p, (q) => {
      q && (f(d.value), h(c.value), l.value = !1);
    }), $e(D, (q) => {
      y.value = q;
    });
    function T(q, K) {
      return (J) => {
        J.target === K && q?.(J);
      };
    }
    function z(q) {
      if (g || U.value) {
        g = !1;
        return;
      }
      i.paneClick(q), s(), l.value = !1;
    }
    function C(q) {
      var K;
      if (Array.isArray(V.value) && ((K = V.value) != null && K.includes(2))) {
        q.preventDefault();
        return;
      }
      i.paneContextMenu(q);
    }
    function X(q) {
      i.paneScroll(q);
    }
    function Q(q) {
      var K, J, ge;
      if (F.value = ((K = t.value) == null ? void 0 : K.getBoundingClientRect()) ?? null, !u.value || !e.isSelecting || q.button !== 0 || q.target !== R.value || !F.value)
        return;
      (ge = (J = q.target) == null ? void 0 : J.setPointerCapture) == null || ge.call(J, q.pointerId);
      const { x: _e, y: pe } = ep(q, F.value);
      $ = !0, g = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: _e,
        startY: pe,
        x: _e,
        y: pe
      }, i.selectionStart(q);
    }
    function te(q) {
      var K;
      if (!F.value || !a.value)
        return;
      g = !0;
      const { x: J, y: ge } = st(q, F.value), { startX: _e = 0, startY: pe = 0 } = a.value, be = {
        startX: _e,
        startY: pe,
        x: J < _e ? J : _e,
        y: ge < pe ? ge : pe,
        width: Math.abs(J - _e),
        height: Math.abs(ge - pe)
      }, de = G.value, he = Y.value;
      G.value = new Set(
        ja(n.value, be, o.value, m.value === cr.Partial, !0).map(
          (_) => _.id
        )
      ), Y.value = /* @__PURE__ */ new Set();
      const k = ((K = M.value) == null ? void 0 : K.selectable) ?? !0;
      for (const _ of G.value) {
        const S = x.value.get(_);
        if (S)
          for (const { edgeId: P } of S.values()) {
            const O = E.value.get(P);
            O && (O.selectable ?? k) && Y.value.add(P);
          }
      }
      if (!ds(de, G.value)) {
        const _ = kt(v.value, G.value, !0);
        i.nodesChange(_);
      }
      if (!ds(he, Y.value)) {
        const _ = kt(E.value, Y.value);
        i.edgesChange(_);
      }
      a.value = be, r.value = !0, l.value = !1;
    }
    function ie(q) {
      var K;
      q.button !== 0 || !$ || ((K = q.target) == null || K.releasePointerCapture(q.pointerId), !r.value && a.value && q.target === R.value && z(q), r.value = !1, a.value = null, l.value = G.value.size > 0, i.selectionEnd(q), e.selectionKeyPressed && (g = !1), $ = !1);
    }
    return (q, K) => (j(), ue("div", {
      ref_key: "container",
      ref: R,
      class: Ue(["vue-flow__pane vue-flow__container", { selection: q.isSelecting }]),
      onClick: K[0] || (K[0] = (J) => N.value ? void 0 : T(z, R.value)(J)),
      onContextmenu: K[1] || (K[1] = (J) => T(C, R.value)(J)),
      onWheelPassive: K[2] || (K[2] = (J) => T(X, R.value)(J)),
      onPointerenter: K[3] || (K[3] = (J) => N.value ? void 0 : W(i).paneMouseEnter(J)),
      onPointerdown: K[4] || (K[4] = (J) => N.value ? Q(J) : W(i).paneMouseMove(J)),
      onPointermove: K[5] || (K[5] = (J) => N.value ? te(J) : W(i).paneMouseMove(J)),
      onPointerup: K[6] || (K[6] = (J) => N.value ? ie(J) : void 0),
      onPointerleave: K[7] || (K[7] = (J) => W(i).paneMouseLeave(J))
    }, [
      Te(q.$slots, "default"),
      W(r) && W(a) ? (j(), Re(Zg, {
        key: 0,
        "user-selection-rect": W(a)
      }, null, 8, ["user-selection-rect"])) : ke("", !0),
      W(l) && W(d).length ? (j(), Re(Jg, { key: 1 })) : ke("", !0)
    ], 34));
  }
}), op = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, ip = /* @__PURE__ */ Se({
  ...op,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Ce(), i = le(() => n.value ? !o.value : !1), r = le(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (j(), ue("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: De({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Te(s.$slots, "default")
    ], 4));
  }
}), rp = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, sp = /* @__PURE__ */ Se({
  ...rp,
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
      paneDragging: M,
      d3Zoom: H,
      d3Selection: V,
      d3ZoomHandler: R,
      viewport: G,
      viewportRef: Y,
      paneClickDistance: F
    } = Ce();
    Wg(Y);
    const N = Ct(!1), U = Ct(!1);
    let g = null, $ = !1, p = 0, D = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const T = Sn(a), z = Sn(s), C = Sn(r), X = xe(
      () => (!z.value || z.value && s.value === !0) && (T.value || d.value)
    ), Q = xe(() => T.value || u.value), te = xe(() => s.value === !0 && X.value !== !0), ie = xe(
      () => z.value && s.value !== !0 || x.value || te.value
    ), q = xe(() => v.value !== null);
    _t(() => {
      if (!Y.value) {
        Xn("Viewport element is missing");
        return;
      }
      const pe = Y.value, be = pe.getBoundingClientRect(), de = xh().clickDistance(F.value).scaleExtent([t.value, n.value]).translateExtent(i.value), he = Ze(pe).call(de), k = he.on("wheel.zoom"), _ = nn.translate(o.value.x ?? 0, o.value.y ?? 0).scale(Gt(o.value.zoom ?? 1, t.value, n.value)), S = [
        [0, 0],
        [be.width, be.height]
      ], P = de.constrain()(_, S, i.value);
      de.transform(he, P), de.wheelDelta(Vi), H.value = de, V.value = he, R.value = k, G.value = { x: P.x, y: P.y, zoom: P.k }, de.on("start", (O) => {
        var ee;
        if (!O.sourceEvent)
          return null;
        p = O.sourceEvent.button, N.value = !0;
        const oe = ge(O.transform);
        ((ee = O.sourceEvent) == null ? void 0 : ee.type) === "mousedown" && (M.value = !0), D = oe, E.viewportChangeStart(oe), E.moveStart({ event: O, flowTransform: oe });
      }), de.on("end", (O) => {
        if (!O.sourceEvent)
          return null;
        if (N.value = !1, M.value = !1, K(X.value, p ?? 0) && !$ && E.paneContextMenu(O.sourceEvent), $ = !1, J(D, O.transform)) {
          const ee = ge(O.transform);
          D = ee, E.viewportChangeEnd(ee), E.moveEnd({ event: O, flowTransform: ee });
        }
      }), de.filter((O) => {
        var ee;
        const oe = C.value || m.value, ae = h.value && O.ctrlKey, re = O.button, fe = O.type === "wheel";
        if (re === 1 && O.type === "mousedown" && (_e(O, "vue-flow__node") || _e(O, "vue-flow__edge")))
          return !0;
        if (!X.value && !oe && !Q.value && !f.value && !h.value || x.value || q.value && !fe || !f.value && O.type === "dblclick" || _e(O, b.value) && fe || _e(O, y.value) && (!fe || Q.value && fe && !C.value) || !h.value && O.ctrlKey && fe || !oe && !Q.value && !ae && fe)
          return !1;
        if (!h && O.type === "touchstart" && ((ee = O.touches) == null ? void 0 : ee.length) > 1)
          return O.preventDefault(), !1;
        if (!X.value && (O.type === "mousedown" || O.type === "touchstart") || te.value && Array.isArray(d.value) && d.value.includes(0) && re === 0 || Array.isArray(d.value) && !d.value.includes(re) && (O.type === "mousedown" || O.type === "touchstart"))
          return !1;
        const ve = Array.isArray(d.value) && d.value.includes(re) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !re || re <= 1;
        return (!O.ctrlKey || T.value || fe) && ve;
      }), $e(
        [x, X],
        () => {
          x.value && !N.value ? de.on("zoom", null) : x.value || de.on("zoom", (O) => {
            G.value = { x: O.transform.x, y: O.transform.y, zoom: O.transform.k };
            const ee = ge(O.transform);
            $ = K(X.value, p ?? 0), E.viewportChange(ee), E.move({ event: O, flowTransform: ee });
          });
        },
        { immediate: !0 }
      ), $e(
        [x, Q, l, C, h, w, b],
        () => {
          Q.value && !C.value && !x.value ? he.on(
            "wheel.zoom",
            (O) => {
              if (_e(O, b.value))
                return !1;
              const ee = C.value || m.value, oe = h.value && O.ctrlKey;
              if (!(!w.value || Q.value || ee || oe))
                return !1;
              O.preventDefault(), O.stopImmediatePropagation();
              const re = he.property("__zoom").k || 1, fe = zn();
              if (!T.value && O.ctrlKey && h.value && fe) {
                const oi = it(O), ii = Vi(O), ri = re * 2 ** ii;
                de.scaleTo(he, ri, oi, O);
                return;
              }
              const ve = O.deltaMode === 1 ? 20 : 1;
              let ye = l.value === Nn.Vertical ? 0 : O.deltaX * ve, nt = l.value === Nn.Horizontal ? 0 : O.deltaY * ve;
              !fe && O.shiftKey && l.value !== Nn.Vertical && !ye && nt && (ye = nt, nt = 0), de.translateBy(
                he,
                -(ye / re) * c.value,
                -(nt / re) * c.value
              );
              const Xe = ge(he.property("__zoom"));
              g && clearTimeout(g), U.value ? (E.move({ event: O, flowTransform: Xe }), E.viewportChange(Xe), g = setTimeout(() => {
                E.moveEnd({ event: O, flowTransform: Xe }), E.viewportChangeEnd(Xe), U.value = !1;
              }, 150)) : (U.value = !0, E.moveStart({ event: O, flowTransform: Xe }), E.viewportChangeStart(Xe));
            },
            { passive: !1 }
          ) : typeof k < "u" && he.on(
            "wheel.zoom",
            function(O, ee) {
              const oe = !w.value && O.type === "wheel" && !O.ctrlKey, ae = C.value || m.value, re = h.value && O.ctrlKey;
              if (!ae && !u.value && !re && O.type === "wheel" || oe || _e(O, b.value))
                return null;
              O.preventDefault(), k.call(this, O, ee);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function K(pe, be) {
      return be === 2 && Array.isArray(pe) && pe.includes(2);
    }
    function J(pe, be) {
      return pe.x !== be.x && !Number.isNaN(be.x) || pe.y !== be.y && !Number.isNaN(be.y) || pe.zoom !== be.k && !Number.isNaN(be.k);
    }
    function ge(pe) {
      return {
        x: pe.x,
        y: pe.y,
        zoom: pe.k
      };
    }
    function _e(pe, be) {
      return pe.target.closest(`.${be}`);
    }
    return (pe, be) => (j(), ue("div", {
      ref_key: "viewportRef",
      ref: Y,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      Ve(np, {
        "is-selecting": ie.value,
        "selection-key-pressed": W(z),
        class: Ue({
          connecting: q.value,
          dragging: W(M),
          draggable: W(d) === !0 || Array.isArray(W(d)) && W(d).includes(0)
        })
      }, {
        default: Ke(() => [
          Ve(ip, null, {
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
}), ap = ["id"], lp = ["id"], up = ["id"], cp = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, dp = /* @__PURE__ */ Se({
  ...cp,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Ce();
    return (i, r) => (j(), ue(He, null, [
      Ee("div", {
        id: `${W(Fa)}-${W(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Pe(W(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, ap),
      Ee("div", {
        id: `${W(Ya)}-${W(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, lp),
      W(n) ? ke("", !0) : (j(), ue("div", {
        key: 0,
        id: `${W(Mh)}-${W(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Pe(W(o)), 9, up))
    ], 64));
  }
});
function fp() {
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
function hp(e, t, n) {
  return n === se.Left ? e - t : n === se.Right ? e + t : e;
}
function gp(e, t, n) {
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
    cx: hp(t, e, o),
    cy: gp(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
gr.props = ["radius", "centerX", "centerY", "position", "type"];
gr.compatConfig = { MODE: 3 };
const ms = gr, pp = Se({
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
    } = Ce(), v = le(() => c(e.id)), { emit: x, on: M } = rg(v.value, r), H = Ot(qo), V = un(), R = Ie(!1), G = Ie(!1), Y = Ie(""), F = Ie(null), N = Ie("source"), U = Ie(null), g = xe(
      () => typeof v.value.selectable > "u" ? w.value : v.value.selectable
    ), $ = xe(() => typeof v.value.updatable > "u" ? b.value : v.value.updatable), p = xe(() => typeof v.value.focusable > "u" ? y.value : v.value.focusable);
    Mt(ng, e.id), Mt(og, U);
    const D = le(() => v.value.class instanceof Function ? v.value.class(v.value) : v.value.class), T = le(() => v.value.style instanceof Function ? v.value.style(v.value) : v.value.style), z = le(() => {
      const _ = v.value.type || "default", S = H?.[`edge-${_}`];
      if (S)
        return S;
      let P = v.value.template ?? u.value[_];
      if (typeof P == "string" && V) {
        const O = Object.keys(V.appContext.components);
        O && O.includes(_) && (P = ca(_, !1));
      }
      return P && typeof P != "string" ? P : (r.error(new Be(ze.EDGE_TYPE_MISSING, P)), !1);
    }), { handlePointerDown: C } = al({
      nodeId: Y,
      handleId: F,
      type: N,
      isValidConnection: f,
      edgeUpdaterType: N,
      onEdgeUpdate: te,
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
      let O;
      o.value === It.Strict ? O = _.handleBounds.source : O = [..._.handleBounds.source || [], ..._.handleBounds.target || []];
      const ee = rs(O, v.value.sourceHandle);
      let oe;
      o.value === It.Strict ? oe = S.handleBounds.target : oe = [...S.handleBounds.target || [], ...S.handleBounds.source || []];
      const ae = rs(oe, v.value.targetHandle), re = ee?.position || se.Bottom, fe = ae?.position || se.Top, { x: ve, y: ye } = on(_, ee, re), { x: nt, y: Xe } = on(S, ae, fe);
      return v.value.sourceX = ve, v.value.sourceY = ye, v.value.targetX = nt, v.value.targetY = Xe, Ne(
        "g",
        {
          ref: U,
          key: e.id,
          "data-id": e.id,
          class: [
            "vue-flow__edge",
            `vue-flow__edge-${z.value === !1 ? "default" : v.value.type || "default"}`,
            a.value,
            D.value,
            {
              updating: R.value,
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
          onClick: K,
          onContextmenu: J,
          onDblclick: ge,
          onMouseenter: _e,
          onMousemove: pe,
          onMouseleave: be,
          onKeyDown: p.value ? k : void 0
        },
        [
          G.value ? null : Ne(z.value === !1 ? u.value.default : z.value, {
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
            events: { ...v.value.events, ...M },
            style: T.value,
            markerStart: `url('#${An(v.value.markerStart, t)}')`,
            markerEnd: `url('#${An(v.value.markerEnd, t)}')`,
            sourcePosition: re,
            targetPosition: fe,
            sourceX: ve,
            sourceY: ye,
            targetX: nt,
            targetY: Xe,
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
                  onMouseout: Q
                },
                Ne(ms, {
                  position: re,
                  centerX: ve,
                  centerY: ye,
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
                  onMouseenter: X,
                  onMouseout: Q
                },
                Ne(ms, {
                  position: fe,
                  centerX: nt,
                  centerY: Xe,
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
      R.value = !0;
    }
    function Q() {
      R.value = !1;
    }
    function te(_, S) {
      x.update({ event: _, edge: v.value, connection: S });
    }
    function ie(_) {
      x.updateEnd({ event: _, edge: v.value }), G.value = !1;
    }
    function q(_, S) {
      _.button === 0 && (G.value = !0, Y.value = S ? v.value.target : v.value.source, F.value = (S ? v.value.targetHandle : v.value.sourceHandle) ?? null, N.value = S ? "target" : "source", x.updateStart({ event: _, edge: v.value }), C(_));
    }
    function K(_) {
      var S;
      const P = { event: _, edge: v.value };
      g.value && (s.value = !1, v.value.selected && h.value ? (l([v.value]), (S = U.value) == null || S.blur()) : n([v.value])), x.click(P);
    }
    function J(_) {
      x.contextMenu({ event: _, edge: v.value });
    }
    function ge(_) {
      x.doubleClick({ event: _, edge: v.value });
    }
    function _e(_) {
      x.mouseEnter({ event: _, edge: v.value });
    }
    function pe(_) {
      x.mouseMove({ event: _, edge: v.value });
    }
    function be(_) {
      x.mouseLeave({ event: _, edge: v.value });
    }
    function de(_) {
      q(_, !0);
    }
    function he(_) {
      q(_, !1);
    }
    function k(_) {
      var S;
      !m.value && Xa.includes(_.key) && g.value && (_.key === "Escape" ? ((S = U.value) == null || S.blur(), l([c(e.id)])) : n([c(e.id)]));
    }
  }
}), vp = pp, mp = Se({
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
    } = Ce(), f = (e = Ot(qo)) == null ? void 0 : e["connection-line"], h = le(() => {
      var E;
      return d((E = o.value) == null ? void 0 : E.nodeId);
    }), m = le(() => {
      var E;
      return d((E = i.value) == null ? void 0 : E.nodeId) ?? null;
    }), w = le(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), b = le(
      () => u.value.markerStart ? `url(#${An(u.value.markerStart, t)})` : ""
    ), y = le(
      () => u.value.markerEnd ? `url(#${An(u.value.markerEnd, t)})` : ""
    );
    return () => {
      var E, v, x;
      if (!h.value || !o.value)
        return null;
      const M = o.value.id, H = o.value.type, V = h.value.handleBounds;
      let R = V?.[H] ?? [];
      if (n.value === It.Loose) {
        const T = V?.[H === "source" ? "target" : "source"] ?? [];
        R = [...R, ...T];
      }
      if (!R)
        return null;
      const G = (M ? R.find((T) => T.id === M) : R[0]) ?? null, Y = G?.position ?? se.Top, { x: F, y: N } = on(h.value, G, Y);
      let U = null;
      m.value && (n.value === It.Strict ? U = ((E = m.value.handleBounds[H === "source" ? "target" : "source"]) == null ? void 0 : E.find(
        (T) => {
          var z;
          return T.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null : U = ((v = [...m.value.handleBounds.source ?? [], ...m.value.handleBounds.target ?? []]) == null ? void 0 : v.find(
        (T) => {
          var z;
          return T.id === ((z = i.value) == null ? void 0 : z.id);
        }
      )) || null);
      const g = ((x = i.value) == null ? void 0 : x.position) ?? (Y ? Li[Y] : null);
      if (!Y || !g)
        return null;
      const $ = s.value ?? u.value.type ?? Pt.Bezier;
      let p = "";
      const D = {
        sourceX: F,
        sourceY: N,
        sourcePosition: Y,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: g
      };
      return $ === Pt.Bezier ? [p] = hl(D) : $ === Pt.Step ? [p] = Fi({
        ...D,
        borderRadius: 0
      }) : $ === Pt.SmoothStep ? [p] = Fi(D) : $ === Pt.SimpleBezier ? [p] = gl(D) : p = `M${F},${N} ${w.value.x},${w.value.y}`, Ne(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ne(
          "g",
          { class: "vue-flow__connection" },
          f ? Ne(f, {
            sourceX: F,
            sourceY: N,
            sourcePosition: Y,
            targetX: w.value.x,
            targetY: w.value.y,
            targetPosition: g,
            sourceNode: h.value,
            sourceHandle: G,
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
}), yp = mp, wp = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], _p = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, bp = /* @__PURE__ */ Se({
  ..._p,
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
    return (t, n) => (j(), ue("marker", {
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
      t.type === W(Co).ArrowClosed ? (j(), ue("polyline", {
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
      t.type === W(Co).Arrow ? (j(), ue("polyline", {
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
    ], 8, wp));
  }
}), Ep = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, xp = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, $p = /* @__PURE__ */ Se({
  ...xp,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Ce(), r = le(() => {
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
    return (s, a) => (j(), ue("svg", Ep, [
      Ee("defs", null, [
        (j(!0), ue(He, null, Ft(r.value, (u) => (j(), Re(bp, {
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
}), kp = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Np = /* @__PURE__ */ Se({
  ...kp,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Ce();
    return (i, r) => (j(), ue(He, null, [
      Ve($p),
      (j(!0), ue(He, null, Ft(W(n), (s) => (j(), ue("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: De({ zIndex: W(Xh)(s, W(t), W(o)) })
      }, [
        Ve(W(vp), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      Ve(W(yp))
    ], 64));
  }
}), Sp = Se({
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
      nodesConnectable: M,
      nodesFocusable: H,
      hooks: V
    } = Ce(), R = Ie(null);
    Mt(rl, R), Mt(il, e.id);
    const G = Ot(qo), Y = un(), F = ul(), { node: N, parentNode: U } = ll(e.id), { emit: g, on: $ } = ug(N, s), p = xe(() => typeof N.draggable > "u" ? v.value : N.draggable), D = xe(() => typeof N.selectable > "u" ? x.value : N.selectable), T = xe(() => typeof N.connectable > "u" ? M.value : N.connectable), z = xe(() => typeof N.focusable > "u" ? H.value : N.focusable), C = le(
      () => D.value || p.value || V.value.nodeClick.hasListeners() || V.value.nodeDoubleClick.hasListeners() || V.value.nodeMouseEnter.hasListeners() || V.value.nodeMouseMove.hasListeners() || V.value.nodeMouseLeave.hasListeners()
    ), X = xe(() => !!N.dimensions.width && !!N.dimensions.height), Q = le(() => {
      const S = N.type || "default", P = G?.[`node-${S}`];
      if (P)
        return P;
      let O = N.template || d.value[S];
      if (typeof O == "string" && Y) {
        const ee = Object.keys(Y.appContext.components);
        ee && ee.includes(S) && (O = ca(S, !1));
      }
      return O && typeof O != "string" ? O : (s.error(new Be(ze.NODE_TYPE_MISSING, O)), !1);
    }), te = sl({
      id: e.id,
      el: R,
      disabled: () => !p.value,
      selectable: D,
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
    }), ie = le(() => N.class instanceof Function ? N.class(N) : N.class), q = le(() => {
      const S = (N.style instanceof Function ? N.style(N) : N.style) || {}, P = N.width instanceof Function ? N.width(N) : N.width, O = N.height instanceof Function ? N.height(N) : N.height;
      return !S.width && P && (S.width = typeof P == "string" ? P : `${P}px`), !S.height && O && (S.height = typeof O == "string" ? O : `${O}px`), S;
    }), K = xe(() => Number(N.zIndex ?? q.value.zIndex ?? 0));
    return c((S) => {
      (S.includes(e.id) || !S.length) && ge();
    }), _t(() => {
      $e(
        () => N.hidden,
        (S = !1, P, O) => {
          !S && R.value && (e.resizeObserver.observe(R.value), O(() => {
            R.value && e.resizeObserver.unobserve(R.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), $e([() => N.type, () => N.sourcePosition, () => N.targetPosition], () => {
      Ge(() => {
        l([{ id: e.id, nodeElement: R.value, forceUpdate: !0 }]);
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
        K,
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
      ([S, P, O, ee, oe, ae]) => {
        const re = {
          x: S,
          y: P,
          z: ae + (h.value && N.selected ? 1e3 : 0)
        };
        typeof O < "u" && typeof ee < "u" ? N.computedPosition = Bh({ x: O, y: ee, z: oe }, re) : N.computedPosition = re;
      },
      { flush: "post", immediate: !0 }
    ), $e([() => N.extent, f], ([S, P], [O, ee]) => {
      (S !== O || P !== ee) && J();
    }), N.extent === "parent" || typeof N.extent == "object" && "range" in N.extent && N.extent.range === "parent" ? Mi(() => X).toBe(!0).then(J) : J(), () => N.hidden ? null : Ne(
      "div",
      {
        ref: R,
        "data-id": N.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${Q.value === !1 ? "default" : N.type || "default"}`,
          {
            [n.value]: p.value,
            dragging: te?.value,
            draggable: p.value,
            selected: N.selected,
            selectable: D.value,
            parent: N.isParent
          },
          ie.value
        ],
        style: {
          visibility: X.value ? "visible" : "hidden",
          zIndex: N.computedPosition.z ?? K.value,
          transform: `translate(${N.computedPosition.x}px,${N.computedPosition.y}px)`,
          pointerEvents: C.value ? "all" : "none",
          ...q.value
        },
        tabIndex: z.value ? 0 : void 0,
        role: z.value ? "group" : void 0,
        "aria-describedby": m.value ? void 0 : `${Fa}-${t}`,
        "aria-label": N.ariaLabel,
        "aria-roledescription": "node",
        ...N.domAttributes,
        onMouseenter: _e,
        onMousemove: pe,
        onMouseleave: be,
        onContextmenu: de,
        onClick: k,
        onDblclick: he,
        onKeydown: _
      },
      [
        Ne(Q.value === !1 ? d.value.default : Q.value, {
          id: N.id,
          type: N.type,
          data: N.data,
          events: { ...N.events, ...$ },
          selected: N.selected,
          resizing: N.resizing,
          dragging: te.value,
          connectable: T.value,
          position: N.computedPosition,
          dimensions: N.dimensions,
          isValidTargetPos: N.isValidTargetPos,
          isValidSourcePos: N.isValidSourcePos,
          parent: N.parentNode,
          parentNodeId: N.parentNode,
          zIndex: N.computedPosition.z ?? K.value,
          targetPosition: N.targetPosition,
          sourcePosition: N.sourcePosition,
          label: N.label,
          dragHandle: N.dragHandle,
          onUpdateNodeInternals: ge
        })
      ]
    );
    function J() {
      const S = N.computedPosition, { computedPosition: P, position: O } = fr(
        N,
        b.value ? Uo(S, y.value) : S,
        s.error,
        f.value,
        U.value
      );
      (N.computedPosition.x !== P.x || N.computedPosition.y !== P.y) && (N.computedPosition = { ...N.computedPosition, ...P }), (N.position.x !== O.x || N.position.y !== O.y) && (N.position = O);
    }
    function ge() {
      R.value && l([{ id: e.id, nodeElement: R.value, forceUpdate: !0 }]);
    }
    function _e(S) {
      te?.value || g.mouseEnter({ event: S, node: N });
    }
    function pe(S) {
      te?.value || g.mouseMove({ event: S, node: N });
    }
    function be(S) {
      te?.value || g.mouseLeave({ event: S, node: N });
    }
    function de(S) {
      return g.contextMenu({ event: S, node: N });
    }
    function he(S) {
      return g.doubleClick({ event: S, node: N });
    }
    function k(S) {
      D.value && (!o.value || !p.value || E.value > 0) && Hi(
        N,
        r.value,
        u,
        a,
        i,
        !1,
        R.value
      ), g.click({ event: S, node: N });
    }
    function _(S) {
      if (!(Bi(S) || m.value))
        if (Xa.includes(S.key) && D.value) {
          const P = S.key === "Escape";
          Hi(
            N,
            r.value,
            u,
            a,
            i,
            P,
            R.value
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
}), Cp = Sp;
function Mp(e = { includeHiddenNodes: !1 }) {
  const { nodes: t } = Ce();
  return le(() => {
    if (t.value.length === 0)
      return !1;
    for (const n of t.value)
      if ((e.includeHiddenNodes || !n.hidden) && (n?.handleBounds === void 0 || n.dimensions.width === 0 || n.dimensions.height === 0))
        return !1;
    return !0;
  });
}
const Ip = { class: "vue-flow__nodes vue-flow__container" }, Tp = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, Op = /* @__PURE__ */ Se({
  ...Tp,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Ce(), i = Mp(), r = Ie();
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
    }), (s, a) => (j(), ue("div", Ip, [
      r.value ? (j(!0), ue(He, { key: 0 }, Ft(W(t), (u, l, c, d) => {
        const f = [u.id];
        if (d && d.key === u.id && Eu(d, f))
          return d;
        const h = (j(), Re(W(Cp), {
          id: u.id,
          key: u.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return h.memo = f, h;
      }, a, 0), 128)) : ke("", !0)
    ]));
  }
});
function Dp() {
  const { emits: e } = Ce();
  _t(() => {
    if (ol()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Be(ze.MISSING_STYLES));
    }
  });
}
const Pp = /* @__PURE__ */ Ee("div", { class: "vue-flow__edge-labels" }, null, -1), Ap = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, zp = /* @__PURE__ */ Se({
  ...Ap,
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
    const o = e, i = ua(), r = si(o, "modelValue", n), s = si(o, "nodes", n), a = si(o, "edges", n), u = Ce(o), l = hg({ modelValue: r, nodes: s, edges: a }, o, u);
    return pg(n, u.hooks), fp(), Dp(), Mt(qo, i), wu(l), t(u), (c, d) => (j(), ue("div", {
      ref: W(u).vueFlowRef,
      class: "vue-flow"
    }, [
      Ve(sp, null, {
        default: Ke(() => [
          Ve(Np),
          Pp,
          Ve(Op),
          Te(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Te(c.$slots, "default"),
      Ve(dp)
    ], 512));
  }
}), Rp = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, vl = /* @__PURE__ */ Se({
  ...Rp,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Ce(), o = le(() => `${t.position}`.split("-"));
    return (i, r) => (j(), ue("div", {
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
const Bp = {
  [vt.Dots]: "#81818a",
  [vt.Lines]: "#eee"
}, Vp = ["id", "x", "y", "width", "height", "patternTransform"], Lp = {
  key: 2,
  height: "100",
  width: "100"
}, Hp = ["fill"], Fp = ["x", "y", "fill"], Yp = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, Xp = /* @__PURE__ */ Se({
  ...Yp,
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
    const { id: t, viewport: n } = Ce(), o = le(() => {
      const s = n.value.zoom, [a, u] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], l = [a * s || 1, u * s || 1], c = e.size * s, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], h = [d * s || 1 + l[0] / 2, f * s || 1 + l[1] / 2];
      return {
        scaledGap: l,
        offset: h,
        size: c
      };
    }), i = xe(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = xe(() => e.color || e.patternColor || Bp[e.variant || vt.Dots]);
    return (s, a) => (j(), ue("svg", {
      class: "vue-flow__background vue-flow__container",
      style: De({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Te(s.$slots, "pattern-container", { id: i.value }, () => [
        Ee("pattern", {
          id: i.value,
          x: W(n).x % o.value.scaledGap[0],
          y: W(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Te(s.$slots, "pattern", {}, () => [
            s.variant === W(vt).Lines ? (j(), Re(W(ml), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === W(vt).Dots ? (j(), Re(W(yl), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : ke("", !0),
            s.bgColor ? (j(), ue("svg", Lp, [
              Ee("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Hp)
            ])) : ke("", !0)
          ])
        ], 8, Vp)
      ]),
      Ee("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Fp),
      Te(s.$slots, "default", { id: i.value })
    ], 4));
  }
}), Gp = {
  name: "ControlButton",
  compatConfig: { MODE: 3 }
}, Up = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [o, i] of t)
    n[o] = i;
  return n;
}, qp = {
  type: "button",
  class: "vue-flow__controls-button"
};
function Wp(e, t, n, o, i, r) {
  return j(), ue("button", qp, [
    Te(e.$slots, "default")
  ]);
}
const oo = /* @__PURE__ */ Up(Gp, [["render", Wp]]), Kp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 32"
}, Zp = /* @__PURE__ */ Ee("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" }, null, -1), jp = [
  Zp
];
function Qp(e, t) {
  return j(), ue("svg", Kp, jp);
}
const Jp = { render: Qp }, ev = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 5"
}, tv = /* @__PURE__ */ Ee("path", { d: "M0 0h32v4.2H0z" }, null, -1), nv = [
  tv
];
function ov(e, t) {
  return j(), ue("svg", ev, nv);
}
const iv = { render: ov }, rv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 30"
}, sv = /* @__PURE__ */ Ee("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0 0 27.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94a.919.919 0 0 1-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" }, null, -1), av = [
  sv
];
function lv(e, t) {
  return j(), ue("svg", rv, av);
}
const uv = { render: lv }, cv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, dv = /* @__PURE__ */ Ee("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" }, null, -1), fv = [
  dv
];
function hv(e, t) {
  return j(), ue("svg", cv, fv);
}
const gv = { render: hv }, pv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, vv = /* @__PURE__ */ Ee("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047z" }, null, -1), mv = [
  vv
];
function yv(e, t) {
  return j(), ue("svg", pv, mv);
}
const wv = { render: yv }, _v = {
  name: "Controls",
  compatConfig: { MODE: 3 }
}, bv = /* @__PURE__ */ Se({
  ..._v,
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
    return (v, x) => (j(), Re(W(vl), {
      class: "vue-flow__controls",
      position: v.position
    }, {
      default: Ke(() => [
        Te(v.$slots, "top"),
        v.showZoom ? (j(), ue(He, { key: 0 }, [
          Te(v.$slots, "control-zoom-in", {}, () => [
            Ve(oo, {
              class: "vue-flow__controls-zoomin",
              disabled: m.value,
              onClick: w
            }, {
              default: Ke(() => [
                Te(v.$slots, "icon-zoom-in", {}, () => [
                  (j(), Re(Dt(W(Jp))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ]),
          Te(v.$slots, "control-zoom-out", {}, () => [
            Ve(oo, {
              class: "vue-flow__controls-zoomout",
              disabled: h.value,
              onClick: b
            }, {
              default: Ke(() => [
                Te(v.$slots, "icon-zoom-out", {}, () => [
                  (j(), Re(Dt(W(iv))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ])
        ], 64)) : ke("", !0),
        v.showFitView ? Te(v.$slots, "control-fit-view", { key: 1 }, () => [
          Ve(oo, {
            class: "vue-flow__controls-fitview",
            onClick: y
          }, {
            default: Ke(() => [
              Te(v.$slots, "icon-fit-view", {}, () => [
                (j(), Re(Dt(W(uv))))
              ])
            ]),
            _: 3
          })
        ]) : ke("", !0),
        v.showInteractive ? Te(v.$slots, "control-interactive", { key: 2 }, () => [
          v.showInteractive ? (j(), Re(oo, {
            key: 0,
            class: "vue-flow__controls-interactive",
            onClick: E
          }, {
            default: Ke(() => [
              f.value ? Te(v.$slots, "icon-unlock", { key: 0 }, () => [
                (j(), Re(Dt(W(wv))))
              ]) : ke("", !0),
              f.value ? ke("", !0) : Te(v.$slots, "icon-lock", { key: 1 }, () => [
                (j(), Re(Dt(W(gv))))
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
var Ev = { value: () => {
} };
function pr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new vo(n);
}
function vo(e) {
  this._ = e;
}
function xv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
vo.prototype = pr.prototype = {
  constructor: vo,
  on: function(e, t) {
    var n = this._, o = xv(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = $v(n[i], e.name))) return i;
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
    return new vo(e);
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
function $v(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ys(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Ev, e = e.slice(0, o).concat(e.slice(o + 1));
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
function Qo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), ws.hasOwnProperty(t) ? { space: ws[t], local: e } : e;
}
function kv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Yi && t.documentElement.namespaceURI === Yi ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Nv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function wl(e) {
  var t = Qo(e);
  return (t.local ? Nv : kv)(t);
}
function Sv() {
}
function vr(e) {
  return e == null ? Sv : function() {
    return this.querySelector(e);
  };
}
function Cv(e) {
  typeof e != "function" && (e = vr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new We(o, this._parents);
}
function Mv(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Iv() {
  return [];
}
function _l(e) {
  return e == null ? Iv : function() {
    return this.querySelectorAll(e);
  };
}
function Tv(e) {
  return function() {
    return Mv(e.apply(this, arguments));
  };
}
function Ov(e) {
  typeof e == "function" ? e = Tv(e) : e = _l(e);
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
var Dv = Array.prototype.find;
function Pv(e) {
  return function() {
    return Dv.call(this.children, e);
  };
}
function Av() {
  return this.firstElementChild;
}
function zv(e) {
  return this.select(e == null ? Av : Pv(typeof e == "function" ? e : El(e)));
}
var Rv = Array.prototype.filter;
function Bv() {
  return Array.from(this.children);
}
function Vv(e) {
  return function() {
    return Rv.call(this.children, e);
  };
}
function Lv(e) {
  return this.selectAll(e == null ? Bv : Vv(typeof e == "function" ? e : El(e)));
}
function Hv(e) {
  typeof e != "function" && (e = bl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new We(o, this._parents);
}
function xl(e) {
  return new Array(e.length);
}
function Fv() {
  return new We(this._enter || this._groups.map(xl), this._parents);
}
function Oo(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Oo.prototype = {
  constructor: Oo,
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
function Yv(e) {
  return function() {
    return e;
  };
}
function Xv(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Oo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function Gv(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), h;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = h = s.call(u, u.__data__, a, t) + "", l.has(h) ? i[a] = u : l.set(h, u));
  for (a = 0; a < d; ++a)
    h = s.call(e, r[a], a, r) + "", (u = l.get(h)) ? (o[a] = u, u.__data__ = r[a], l.delete(h)) : n[a] = new Oo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function Uv(e) {
  return e.__data__;
}
function qv(e, t) {
  if (!arguments.length) return Array.from(this, Uv);
  var n = t ? Gv : Xv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Yv(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, h = Wv(e.call(c, c && c.__data__, l, o)), m = h.length, w = a[l] = new Array(m), b = s[l] = new Array(m), y = u[l] = new Array(f);
    n(c, d, w, b, y, h, t);
    for (var E = 0, v = 0, x, M; E < m; ++E)
      if (x = w[E]) {
        for (E >= v && (v = E + 1); !(M = b[v]) && ++v < m; ) ;
        x._next = M || null;
      }
  }
  return s = new We(s, o), s._enter = a, s._exit = u, s;
}
function Wv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Kv() {
  return new We(this._exit || this._groups.map(xl), this._parents);
}
function Zv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function jv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), h, m = 0; m < d; ++m)
      (h = l[m] || c[m]) && (f[m] = h);
  for (; u < i; ++u)
    a[u] = n[u];
  return new We(a, this._parents);
}
function Qv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function Jv(e) {
  e || (e = em);
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
function em(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function tm() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function nm() {
  return Array.from(this);
}
function om() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function im() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function rm() {
  return !this.node();
}
function sm(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function am(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function lm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function um(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function cm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function dm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function fm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function hm(e, t) {
  var n = Qo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? lm : am : typeof t == "function" ? n.local ? fm : dm : n.local ? cm : um)(n, t));
}
function $l(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function gm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function pm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function vm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function mm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? gm : typeof t == "function" ? vm : pm)(e, t, n ?? "")) : sn(this.node(), e);
}
function sn(e, t) {
  return e.style.getPropertyValue(t) || $l(e).getComputedStyle(e, null).getPropertyValue(t);
}
function ym(e) {
  return function() {
    delete this[e];
  };
}
function wm(e, t) {
  return function() {
    this[e] = t;
  };
}
function _m(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function bm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? ym : typeof t == "function" ? _m : wm)(e, t)) : this.node()[e];
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
function Em(e) {
  return function() {
    Sl(this, e);
  };
}
function xm(e) {
  return function() {
    Cl(this, e);
  };
}
function $m(e, t) {
  return function() {
    (t.apply(this, arguments) ? Sl : Cl)(this, e);
  };
}
function km(e, t) {
  var n = kl(e + "");
  if (arguments.length < 2) {
    for (var o = mr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? $m : t ? Em : xm)(n, t));
}
function Nm() {
  this.textContent = "";
}
function Sm(e) {
  return function() {
    this.textContent = e;
  };
}
function Cm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Mm(e) {
  return arguments.length ? this.each(e == null ? Nm : (typeof e == "function" ? Cm : Sm)(e)) : this.node().textContent;
}
function Im() {
  this.innerHTML = "";
}
function Tm(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Om(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Dm(e) {
  return arguments.length ? this.each(e == null ? Im : (typeof e == "function" ? Om : Tm)(e)) : this.node().innerHTML;
}
function Pm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Am() {
  return this.each(Pm);
}
function zm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Rm() {
  return this.each(zm);
}
function Bm(e) {
  var t = typeof e == "function" ? e : wl(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Vm() {
  return null;
}
function Lm(e, t) {
  var n = typeof e == "function" ? e : wl(e), o = t == null ? Vm : typeof t == "function" ? t : vr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Hm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Fm() {
  return this.each(Hm);
}
function Ym() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Xm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Gm(e) {
  return this.select(e ? Xm : Ym);
}
function Um(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function qm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Wm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Km(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Zm(e, t, n) {
  return function() {
    var o = this.__on, i, r = qm(t);
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
function jm(e, t, n) {
  var o = Wm(e + ""), i, r = o.length, s;
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
  for (a = t ? Zm : Km, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function Ml(e, t, n) {
  var o = $l(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Qm(e, t) {
  return function() {
    return Ml(this, e, t);
  };
}
function Jm(e, t) {
  return function() {
    return Ml(this, e, t.apply(this, arguments));
  };
}
function ey(e, t) {
  return this.each((typeof t == "function" ? Jm : Qm)(e, t));
}
function* ty() {
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
function ny() {
  return this;
}
We.prototype = Gn.prototype = {
  constructor: We,
  select: Cv,
  selectAll: Ov,
  selectChild: zv,
  selectChildren: Lv,
  filter: Hv,
  data: qv,
  enter: Fv,
  exit: Kv,
  join: Zv,
  merge: jv,
  selection: ny,
  order: Qv,
  sort: Jv,
  call: tm,
  nodes: nm,
  node: om,
  size: im,
  empty: rm,
  each: sm,
  attr: hm,
  style: mm,
  property: bm,
  classed: km,
  text: Mm,
  html: Dm,
  raise: Am,
  lower: Rm,
  append: Bm,
  insert: Lm,
  remove: Fm,
  clone: Gm,
  datum: Um,
  on: jm,
  dispatch: ey,
  [Symbol.iterator]: ty
};
function St(e) {
  return typeof e == "string" ? new We([[document.querySelector(e)]], [document.documentElement]) : new We([[e]], Il);
}
function oy(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function $t(e, t) {
  if (e = oy(e), t === void 0 && (t = e.currentTarget), t) {
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
function iy(e) {
  var t = e.document.documentElement, n = St(e).on("dragstart.drag", Gi, Xi);
  "onselectstart" in t ? n.on("selectstart.drag", Gi, Xi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function ry(e, t) {
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
var Rn = 0.7, Do = 1 / Rn, Jt = "\\s*([+-]?\\d+)\\s*", Bn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ut = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", sy = /^#([0-9a-f]{3,8})$/, ay = new RegExp(`^rgb\\(${Jt},${Jt},${Jt}\\)$`), ly = new RegExp(`^rgb\\(${ut},${ut},${ut}\\)$`), uy = new RegExp(`^rgba\\(${Jt},${Jt},${Jt},${Bn}\\)$`), cy = new RegExp(`^rgba\\(${ut},${ut},${ut},${Bn}\\)$`), dy = new RegExp(`^hsl\\(${Bn},${ut},${ut}\\)$`), fy = new RegExp(`^hsla\\(${Bn},${ut},${ut},${Bn}\\)$`), _s = {
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
  formatHex8: hy,
  formatHsl: gy,
  formatRgb: Es,
  toString: Es
});
function bs() {
  return this.rgb().formatHex();
}
function hy() {
  return this.rgb().formatHex8();
}
function gy() {
  return Ol(this).formatHsl();
}
function Es() {
  return this.rgb().formatRgb();
}
function Vn(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = sy.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? xs(t) : n === 3 ? new Ye(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? io(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? io(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = ay.exec(e)) ? new Ye(t[1], t[2], t[3], 1) : (t = ly.exec(e)) ? new Ye(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = uy.exec(e)) ? io(t[1], t[2], t[3], t[4]) : (t = cy.exec(e)) ? io(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = dy.exec(e)) ? Ns(t[1], t[2] / 100, t[3] / 100, 1) : (t = fy.exec(e)) ? Ns(t[1], t[2] / 100, t[3] / 100, t[4]) : _s.hasOwnProperty(e) ? xs(_s[e]) : e === "transparent" ? new Ye(NaN, NaN, NaN, 0) : null;
}
function xs(e) {
  return new Ye(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function io(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ye(e, t, n, o);
}
function py(e) {
  return e instanceof Un || (e = Vn(e)), e ? (e = e.rgb(), new Ye(e.r, e.g, e.b, e.opacity)) : new Ye();
}
function Ui(e, t, n, o) {
  return arguments.length === 1 ? py(e) : new Ye(e, t, n, o ?? 1);
}
function Ye(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
yr(Ye, Ui, Tl(Un, {
  brighter(e) {
    return e = e == null ? Do : Math.pow(Do, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Rn : Math.pow(Rn, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ye(Ht(this.r), Ht(this.g), Ht(this.b), Po(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: $s,
  // Deprecated! Use color.formatHex.
  formatHex: $s,
  formatHex8: vy,
  formatRgb: ks,
  toString: ks
}));
function $s() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}`;
}
function vy() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}${Bt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function ks() {
  const e = Po(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Ht(this.r)}, ${Ht(this.g)}, ${Ht(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Po(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Ht(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Bt(e) {
  return e = Ht(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Ns(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Qe(e, t, n, o);
}
function Ol(e) {
  if (e instanceof Qe) return new Qe(e.h, e.s, e.l, e.opacity);
  if (e instanceof Un || (e = Vn(e)), !e) return new Qe();
  if (e instanceof Qe) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new Qe(s, a, u, e.opacity);
}
function my(e, t, n, o) {
  return arguments.length === 1 ? Ol(e) : new Qe(e, t, n, o ?? 1);
}
function Qe(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
yr(Qe, my, Tl(Un, {
  brighter(e) {
    return e = e == null ? Do : Math.pow(Do, e), new Qe(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Rn : Math.pow(Rn, e), new Qe(this.h, this.s, this.l * e, this.opacity);
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
    return new Qe(Ss(this.h), ro(this.s), ro(this.l), Po(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Po(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Ss(this.h)}, ${ro(this.s) * 100}%, ${ro(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Ss(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function ro(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function mi(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Dl = (e) => () => e;
function yy(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function wy(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function _y(e) {
  return (e = +e) == 1 ? Pl : function(t, n) {
    return n - t ? wy(t, n, e) : Dl(isNaN(t) ? n : t);
  };
}
function Pl(e, t) {
  var n = t - e;
  return n ? yy(e, n) : Dl(isNaN(e) ? t : e);
}
const Cs = (function e(t) {
  var n = _y(t);
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
function by(e) {
  return function() {
    return e;
  };
}
function Ey(e) {
  return function(t) {
    return e(t) + "";
  };
}
function xy(e, t) {
  var n = qi.lastIndex = yi.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = qi.exec(e)) && (i = yi.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: Nt(o, i) })), n = yi.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? Ey(u[0].x) : by(t) : (t = u.length, function(l) {
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
var so;
function $y(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Wi : Al(t.a, t.b, t.c, t.d, t.e, t.f);
}
function ky(e) {
  return e == null || (so || (so = document.createElementNS("http://www.w3.org/2000/svg", "g")), so.setAttribute("transform", e), !(e = so.transform.baseVal.consolidate())) ? Wi : (e = e.matrix, Al(e.a, e.b, e.c, e.d, e.e, e.f));
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
var Ny = zl($y, "px, ", "px)", "deg)"), Sy = zl(ky, ", ", ")", ")"), Cy = 1e-12;
function Is(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function My(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Iy(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Ty = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], h = c - a, m = d - u, w = h * h + m * m, b, y;
    if (w < Cy)
      y = Math.log(f / l) / t, b = function(V) {
        return [
          a + V * h,
          u + V * m,
          l * Math.exp(t * V * y)
        ];
      };
    else {
      var E = Math.sqrt(w), v = (f * f - l * l + o * w) / (2 * l * n * E), x = (f * f - l * l - o * w) / (2 * f * n * E), M = Math.log(Math.sqrt(v * v + 1) - v), H = Math.log(Math.sqrt(x * x + 1) - x);
      y = (H - M) / t, b = function(V) {
        var R = V * y, G = Is(M), Y = l / (n * E) * (G * Iy(t * R + M) - My(M));
        return [
          a + Y * h,
          u + Y * m,
          l * G / Is(t * R + M)
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
var an = 0, wn = 0, gn = 0, Rl = 1e3, Ao, _n, zo = 0, Ut = 0, Jo = 0, Ln = typeof performance == "object" && performance.now ? performance : Date, Bl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function wr() {
  return Ut || (Bl(Oy), Ut = Ln.now() + Jo);
}
function Oy() {
  Ut = 0;
}
function Ro() {
  this._call = this._time = this._next = null;
}
Ro.prototype = Vl.prototype = {
  constructor: Ro,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? wr() : +n) + (t == null ? 0 : +t), !this._next && _n !== this && (_n ? _n._next = this : Ao = this, _n = this), this._call = e, this._time = n, Ki();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ki());
  }
};
function Vl(e, t, n) {
  var o = new Ro();
  return o.restart(e, t, n), o;
}
function Dy() {
  wr(), ++an;
  for (var e = Ao, t; e; )
    (t = Ut - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --an;
}
function Ts() {
  Ut = (zo = Ln.now()) + Jo, an = wn = 0;
  try {
    Dy();
  } finally {
    an = 0, Ay(), Ut = 0;
  }
}
function Py() {
  var e = Ln.now(), t = e - zo;
  t > Rl && (Jo -= t, zo = e);
}
function Ay() {
  for (var e, t = Ao, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Ao = n);
  _n = e, Ki(o);
}
function Ki(e) {
  if (!an) {
    wn && (wn = clearTimeout(wn));
    var t = e - Ut;
    t > 24 ? (e < 1 / 0 && (wn = setTimeout(Ts, e - Ln.now() - Jo)), gn && (gn = clearInterval(gn))) : (gn || (zo = Ln.now(), gn = setInterval(Py, Rl)), an = 1, Bl(Ts));
  }
}
function Os(e, t, n) {
  var o = new Ro();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var zy = pr("start", "end", "cancel", "interrupt"), Ry = [], Ll = 0, Ds = 1, Zi = 2, mo = 3, Ps = 4, ji = 5, yo = 6;
function ei(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  By(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: zy,
    tween: Ry,
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
  if (n.state > mo) throw new Error("too late; already running");
  return n;
}
function et(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function By(e, t, n) {
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
        if (h.state === mo) return Os(s);
        h.state === Ps ? (h.state = yo, h.timer.stop(), h.on.call("interrupt", e, e.__data__, h.index, h.group), delete o[c]) : +c < t && (h.state = yo, h.timer.stop(), h.on.call("cancel", e, e.__data__, h.index, h.group), delete o[c]);
      }
    if (Os(function() {
      n.state === mo && (n.state = Ps, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Zi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Zi) {
      for (n.state = mo, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
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
    n.state = yo, n.timer.stop(), delete o[t];
    for (var l in o) return;
    delete e.__transition;
  }
}
function wo(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Zi && o.state < ji, o.state = yo, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function Vy(e) {
  return this.each(function() {
    wo(this, e);
  });
}
function Ly(e, t) {
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
function Hy(e, t, n) {
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
function Fy(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = et(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Ly : Hy)(n, e, t));
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
  return (typeof t == "number" ? Nt : t instanceof Vn ? Cs : (n = Vn(t)) ? (t = n, Cs) : xy)(e, t);
}
function Yy(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Xy(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Gy(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Uy(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function qy(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Wy(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Ky(e, t) {
  var n = Qo(e), o = n === "transform" ? Sy : Hl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Wy : qy)(n, o, br(this, "attr." + e, t)) : t == null ? (n.local ? Xy : Yy)(n) : (n.local ? Uy : Gy)(n, o, t));
}
function Zy(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function jy(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Qy(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && jy(e, r)), n;
  }
  return i._value = t, i;
}
function Jy(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Zy(e, r)), n;
  }
  return i._value = t, i;
}
function e0(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = Qo(e);
  return this.tween(n, (o.local ? Qy : Jy)(o, t));
}
function t0(e, t) {
  return function() {
    _r(this, e).delay = +t.apply(this, arguments);
  };
}
function n0(e, t) {
  return t = +t, function() {
    _r(this, e).delay = t;
  };
}
function o0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? t0 : n0)(t, e)) : et(this.node(), t).delay;
}
function i0(e, t) {
  return function() {
    dt(this, e).duration = +t.apply(this, arguments);
  };
}
function r0(e, t) {
  return t = +t, function() {
    dt(this, e).duration = t;
  };
}
function s0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? i0 : r0)(t, e)) : et(this.node(), t).duration;
}
function a0(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    dt(this, e).ease = t;
  };
}
function l0(e) {
  var t = this._id;
  return arguments.length ? this.each(a0(t, e)) : et(this.node(), t).ease;
}
function u0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    dt(this, e).ease = n;
  };
}
function c0(e) {
  if (typeof e != "function") throw new Error();
  return this.each(u0(this._id, e));
}
function d0(e) {
  typeof e != "function" && (e = bl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new wt(o, this._parents, this._name, this._id);
}
function f0(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, h = 0; h < c; ++h)
      (f = u[h] || l[h]) && (d[h] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new wt(s, this._parents, this._name, this._id);
}
function h0(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function g0(e, t, n) {
  var o, i, r = h0(t) ? _r : dt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function p0(e, t) {
  var n = this._id;
  return arguments.length < 2 ? et(this.node(), n).on.on(e) : this.each(g0(n, e, t));
}
function v0(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function m0() {
  return this.on("end.remove", v0(this._id));
}
function y0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = vr(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, ei(l[f], t, n, f, l, et(c, n)));
  return new wt(r, this._parents, t, n);
}
function w0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = _l(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), h, m = et(c, n), w = 0, b = f.length; w < b; ++w)
          (h = f[w]) && ei(h, t, n, w, f, m);
        r.push(f), s.push(c);
      }
  return new wt(r, s, t, n);
}
var _0 = Gn.prototype.constructor;
function b0() {
  return new _0(this._groups, this._parents);
}
function E0(e, t) {
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
function x0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = sn(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function $0(e, t, n) {
  var o, i, r;
  return function() {
    var s = sn(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), sn(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function k0(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = dt(this, e), l = u.on, c = u.value[r] == null ? a || (a = Fl(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function N0(e, t, n) {
  var o = (e += "") == "transform" ? Ny : Hl;
  return t == null ? this.styleTween(e, E0(e, o)).on("end.style." + e, Fl(e)) : typeof t == "function" ? this.styleTween(e, $0(e, o, br(this, "style." + e, t))).each(k0(this._id, e)) : this.styleTween(e, x0(e, o, t), n).on("end.style." + e, null);
}
function S0(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function C0(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && S0(e, s, n)), o;
  }
  return r._value = t, r;
}
function M0(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, C0(e, t, n ?? ""));
}
function I0(e) {
  return function() {
    this.textContent = e;
  };
}
function T0(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function O0(e) {
  return this.tween("text", typeof e == "function" ? T0(br(this, "text", e)) : I0(e == null ? "" : e + ""));
}
function D0(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function P0(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && D0(i)), t;
  }
  return o._value = e, o;
}
function A0(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, P0(e));
}
function z0() {
  for (var e = this._name, t = this._id, n = Yl(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = et(u, t);
        ei(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new wt(o, this._parents, e, n);
}
function R0() {
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
var B0 = 0;
function wt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Yl() {
  return ++B0;
}
var ht = Gn.prototype;
wt.prototype = {
  constructor: wt,
  select: y0,
  selectAll: w0,
  selectChild: ht.selectChild,
  selectChildren: ht.selectChildren,
  filter: d0,
  merge: f0,
  selection: b0,
  transition: z0,
  call: ht.call,
  nodes: ht.nodes,
  node: ht.node,
  size: ht.size,
  empty: ht.empty,
  each: ht.each,
  on: p0,
  attr: Ky,
  attrTween: e0,
  style: N0,
  styleTween: M0,
  text: O0,
  textTween: A0,
  remove: m0,
  tween: Fy,
  delay: o0,
  duration: s0,
  ease: l0,
  easeVarying: c0,
  end: R0,
  [Symbol.iterator]: ht[Symbol.iterator]
};
function V0(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var L0 = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: V0
};
function H0(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function F0(e) {
  var t, n;
  e instanceof wt ? (t = e._id, e = e._name) : (t = Yl(), (n = L0).time = wr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && ei(u, e, t, l, s, n || H0(u, t));
  return new wt(o, this._parents, e, t);
}
Gn.prototype.interrupt = Vy;
Gn.prototype.transition = F0;
const ao = (e) => () => e;
function Y0(e, {
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
function X0(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function G0() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function As() {
  return this.__zoom || Er;
}
function U0(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function q0() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function W0(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function K0() {
  var e = X0, t = G0, n = W0, o = U0, i = q0, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = Ty, l = pr("start", "zoom", "end"), c, d, f, h = 500, m = 150, w = 0, b = 10;
  function y(g) {
    g.property("__zoom", As).on("wheel.zoom", R, { passive: !1 }).on("mousedown.zoom", G).on("dblclick.zoom", Y).filter(i).on("touchstart.zoom", F).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", U).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  y.transform = function(g, $, p, D) {
    var T = g.selection ? g.selection() : g;
    T.property("__zoom", As), g !== T ? M(g, $, p, D) : T.interrupt().each(function() {
      H(this, arguments).event(D).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, y.scaleBy = function(g, $, p, D) {
    y.scaleTo(g, function() {
      var T = this.__zoom.k, z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return T * z;
    }, p, D);
  }, y.scaleTo = function(g, $, p, D) {
    y.transform(g, function() {
      var T = t.apply(this, arguments), z = this.__zoom, C = p == null ? x(T) : typeof p == "function" ? p.apply(this, arguments) : p, X = z.invert(C), Q = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(E(z, Q), C, X), T, s);
    }, p, D);
  }, y.translateBy = function(g, $, p, D) {
    y.transform(g, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, D);
  }, y.translateTo = function(g, $, p, D, T) {
    y.transform(g, function() {
      var z = t.apply(this, arguments), C = this.__zoom, X = D == null ? x(z) : typeof D == "function" ? D.apply(this, arguments) : D;
      return n(Er.translate(X[0], X[1]).scale(C.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), z, s);
    }, D, T);
  };
  function E(g, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === g.k ? g : new mt($, g.x, g.y);
  }
  function v(g, $, p) {
    var D = $[0] - p[0] * g.k, T = $[1] - p[1] * g.k;
    return D === g.x && T === g.y ? g : new mt(g.k, D, T);
  }
  function x(g) {
    return [(+g[0][0] + +g[1][0]) / 2, (+g[0][1] + +g[1][1]) / 2];
  }
  function M(g, $, p, D) {
    g.on("start.zoom", function() {
      H(this, arguments).event(D).start();
    }).on("interrupt.zoom end.zoom", function() {
      H(this, arguments).event(D).end();
    }).tween("zoom", function() {
      var T = this, z = arguments, C = H(T, z).event(D), X = t.apply(T, z), Q = p == null ? x(X) : typeof p == "function" ? p.apply(T, z) : p, te = Math.max(X[1][0] - X[0][0], X[1][1] - X[0][1]), ie = T.__zoom, q = typeof $ == "function" ? $.apply(T, z) : $, K = u(ie.invert(Q).concat(te / ie.k), q.invert(Q).concat(te / q.k));
      return function(J) {
        if (J === 1) J = q;
        else {
          var ge = K(J), _e = te / ge[2];
          J = new mt(_e, Q[0] - ge[0] * _e, Q[1] - ge[1] * _e);
        }
        C.zoom(null, J);
      };
    });
  }
  function H(g, $, p) {
    return !p && g.__zooming || new V(g, $);
  }
  function V(g, $) {
    this.that = g, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(g, $), this.taps = 0;
  }
  V.prototype = {
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
        new Y0(g, {
          sourceEvent: this.sourceEvent,
          target: y,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function R(g, ...$) {
    if (!e.apply(this, arguments)) return;
    var p = H(this, $).event(g), D = this.__zoom, T = Math.max(r[0], Math.min(r[1], D.k * Math.pow(2, o.apply(this, arguments)))), z = $t(g);
    if (p.wheel)
      (p.mouse[0][0] !== z[0] || p.mouse[0][1] !== z[1]) && (p.mouse[1] = D.invert(p.mouse[0] = z)), clearTimeout(p.wheel);
    else {
      if (D.k === T) return;
      p.mouse = [z, D.invert(z)], wo(this), p.start();
    }
    pn(g), p.wheel = setTimeout(C, m), p.zoom("mouse", n(v(E(D, T), p.mouse[0], p.mouse[1]), p.extent, s));
    function C() {
      p.wheel = null, p.end();
    }
  }
  function G(g, ...$) {
    if (f || !e.apply(this, arguments)) return;
    var p = g.currentTarget, D = H(this, $, !0).event(g), T = St(g.view).on("mousemove.zoom", Q, !0).on("mouseup.zoom", te, !0), z = $t(g, p), C = g.clientX, X = g.clientY;
    iy(g.view), wi(g), D.mouse = [z, this.__zoom.invert(z)], wo(this), D.start();
    function Q(ie) {
      if (pn(ie), !D.moved) {
        var q = ie.clientX - C, K = ie.clientY - X;
        D.moved = q * q + K * K > w;
      }
      D.event(ie).zoom("mouse", n(v(D.that.__zoom, D.mouse[0] = $t(ie, p), D.mouse[1]), D.extent, s));
    }
    function te(ie) {
      T.on("mousemove.zoom mouseup.zoom", null), ry(ie.view, D.moved), pn(ie), D.event(ie).end();
    }
  }
  function Y(g, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, D = $t(g.changedTouches ? g.changedTouches[0] : g, this), T = p.invert(D), z = p.k * (g.shiftKey ? 0.5 : 2), C = n(v(E(p, z), D, T), t.apply(this, $), s);
      pn(g), a > 0 ? St(this).transition().duration(a).call(M, C, D, g) : St(this).call(y.transform, C, D, g);
    }
  }
  function F(g, ...$) {
    if (e.apply(this, arguments)) {
      var p = g.touches, D = p.length, T = H(this, $, g.changedTouches.length === D).event(g), z, C, X, Q;
      for (wi(g), C = 0; C < D; ++C)
        X = p[C], Q = $t(X, this), Q = [Q, this.__zoom.invert(Q), X.identifier], T.touch0 ? !T.touch1 && T.touch0[2] !== Q[2] && (T.touch1 = Q, T.taps = 0) : (T.touch0 = Q, z = !0, T.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (T.taps < 2 && (d = Q[0], c = setTimeout(function() {
        c = null;
      }, h)), wo(this), T.start());
    }
  }
  function N(g, ...$) {
    if (this.__zooming) {
      var p = H(this, $).event(g), D = g.changedTouches, T = D.length, z, C, X, Q;
      for (pn(g), z = 0; z < T; ++z)
        C = D[z], X = $t(C, this), p.touch0 && p.touch0[2] === C.identifier ? p.touch0[0] = X : p.touch1 && p.touch1[2] === C.identifier && (p.touch1[0] = X);
      if (C = p.that.__zoom, p.touch1) {
        var te = p.touch0[0], ie = p.touch0[1], q = p.touch1[0], K = p.touch1[1], J = (J = q[0] - te[0]) * J + (J = q[1] - te[1]) * J, ge = (ge = K[0] - ie[0]) * ge + (ge = K[1] - ie[1]) * ge;
        C = E(C, Math.sqrt(J / ge)), X = [(te[0] + q[0]) / 2, (te[1] + q[1]) / 2], Q = [(ie[0] + K[0]) / 2, (ie[1] + K[1]) / 2];
      } else if (p.touch0) X = p.touch0[0], Q = p.touch0[1];
      else return;
      p.zoom("touch", n(v(C, X, Q), p.extent, s));
    }
  }
  function U(g, ...$) {
    if (this.__zooming) {
      var p = H(this, $).event(g), D = g.changedTouches, T = D.length, z, C;
      for (wi(g), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, h), z = 0; z < T; ++z)
        C = D[z], p.touch0 && p.touch0[2] === C.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === C.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0) p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (C = $t(C, this), Math.hypot(d[0] - C[0], d[1] - C[1]) < b)) {
        var X = St(this).on("dblclick.zoom");
        X && X.apply(this, arguments);
      }
    }
  }
  return y.wheelDelta = function(g) {
    return arguments.length ? (o = typeof g == "function" ? g : ao(+g), y) : o;
  }, y.filter = function(g) {
    return arguments.length ? (e = typeof g == "function" ? g : ao(!!g), y) : e;
  }, y.touchable = function(g) {
    return arguments.length ? (i = typeof g == "function" ? g : ao(!!g), y) : i;
  }, y.extent = function(g) {
    return arguments.length ? (t = typeof g == "function" ? g : ao([[+g[0][0], +g[0][1]], [+g[1][0], +g[1][1]]]), y) : t;
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
const Xl = /* @__PURE__ */ Symbol("MiniMapSlots"), Z0 = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], j0 = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, Q0 = /* @__PURE__ */ Se({
  ...j0,
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
    return (d, f) => !d.hidden && d.dimensions.width !== 0 && d.dimensions.height !== 0 ? (j(), ue(He, { key: 0 }, [
      W(o)[`node-${n.type}`] ? (j(), Re(Dt(W(o)[`node-${n.type}`]), Su(_o({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (j(), ue("rect", _o({
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
      }), null, 16, Z0))
    ], 64)) : ke("", !0);
  }
}), J0 = ["width", "height", "viewBox", "aria-labelledby"], e1 = ["id"], t1 = ["d", "fill", "stroke", "stroke-width"], n1 = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, o1 = /* @__PURE__ */ Se({
  ...n1,
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
      var T;
      return e.width ?? ((T = o.style) == null ? void 0 : T.width) ?? i;
    }), y = xe(() => {
      var T;
      return e.height ?? ((T = o.style) == null ? void 0 : T.height) ?? r;
    }), E = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", v = le(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), x = le(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), M = le(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), H = le(() => dr(m.value.filter((T) => !T.hidden))), V = le(() => ({
      x: -u.value.x / u.value.zoom,
      y: -u.value.y / u.value.zoom,
      width: c.value.width / u.value.zoom,
      height: c.value.height / u.value.zoom
    })), R = le(
      () => m.value && m.value.length ? Ah(H.value, V.value) : V.value
    ), G = le(() => {
      const T = R.value.width / b.value, z = R.value.height / y.value;
      return Math.max(T, z);
    }), Y = le(() => {
      const T = G.value * b.value, z = G.value * y.value, C = e.offsetScale * G.value;
      return {
        offset: C,
        x: R.value.x - (T - R.value.width) / 2 - C,
        y: R.value.y - (z - R.value.height) / 2 - C,
        width: T + C * 2,
        height: z + C * 2
      };
    }), F = le(() => !Y.value.x || !Y.value.y ? "" : `
    M${Y.value.x - Y.value.offset},${Y.value.y - Y.value.offset}
    h${Y.value.width + Y.value.offset * 2}
    v${Y.value.height + Y.value.offset * 2}
    h${-Y.value.width - Y.value.offset * 2}z
    M${V.value.x + e.maskBorderRadius},${V.value.y}
    h${V.value.width - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},${e.maskBorderRadius}
    v${V.value.height - 2 * e.maskBorderRadius}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},${e.maskBorderRadius}
    h${-(V.value.width - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 -${e.maskBorderRadius},-${e.maskBorderRadius}
    v${-(V.value.height - 2 * e.maskBorderRadius)}
    a${e.maskBorderRadius},${e.maskBorderRadius} 0 0 1 ${e.maskBorderRadius},-${e.maskBorderRadius}z`);
    Nu(
      (T) => {
        if (w.value) {
          const z = St(w.value), C = (te) => {
            if (te.sourceEvent.type !== "wheel" || !f.value || !h.value)
              return;
            const ie = te.sourceEvent.ctrlKey && zn() ? 10 : 1, q = -te.sourceEvent.deltaY * (te.sourceEvent.deltaMode === 1 ? 0.05 : te.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, K = u.value.zoom * 2 ** (q * ie);
            h.value.scaleTo(f.value, K);
          }, X = (te) => {
            if (te.sourceEvent.type !== "mousemove" || !f.value || !h.value)
              return;
            const ie = G.value * Math.max(1, u.value.zoom) * (e.inversePan ? -1 : 1), q = {
              x: u.value.x - te.sourceEvent.movementX * ie,
              y: u.value.y - te.sourceEvent.movementY * ie
            }, K = [
              [0, 0],
              [c.value.width, c.value.height]
            ], J = Er.translate(q.x, q.y).scale(u.value.zoom), ge = h.value.constrain()(J, K, l.value);
            h.value.transform(f.value, ge);
          }, Q = K0().wheelDelta((te) => Vi(te) * (e.zoomStep / 10)).on("zoom", e.pannable ? X : () => {
          }).on("zoom.wheel", e.zoomable ? C : () => {
          });
          z.call(Q), T(() => {
            z.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function N(T) {
      const [z, C] = $t(T);
      t("click", { event: T, position: { x: z, y: C } });
    }
    function U(T, z) {
      const C = { event: T, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeClick(C), t("nodeClick", C);
    }
    function g(T, z) {
      const C = { event: T, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeDoubleClick(C), t("nodeDblclick", C);
    }
    function $(T, z) {
      const C = { event: T, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeMouseEnter(C), t("nodeMouseenter", C);
    }
    function p(T, z) {
      const C = { event: T, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeMouseMove(C), t("nodeMousemove", C);
    }
    function D(T, z) {
      const C = { event: T, node: z, connectedEdges: At([z], a.value) };
      d.miniMapNodeMouseLeave(C), t("nodeMouseleave", C);
    }
    return (T, z) => (j(), Re(W(vl), {
      position: T.position,
      class: Ue(["vue-flow__minimap", { pannable: T.pannable, zoomable: T.zoomable }])
    }, {
      default: Ke(() => [
        (j(), ue("svg", {
          ref_key: "el",
          ref: w,
          width: b.value,
          height: y.value,
          viewBox: [Y.value.x, Y.value.y, Y.value.width, Y.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${W(s)}`,
          onClick: N
        }, [
          T.ariaLabel ? (j(), ue("title", {
            key: 0,
            id: `vue-flow__minimap-${W(s)}`
          }, Pe(T.ariaLabel), 9, e1)) : ke("", !0),
          (j(!0), ue(He, null, Ft(W(m), (C) => (j(), Re(Q0, {
            id: C.id,
            key: C.id,
            f: "",
            position: C.computedPosition,
            dimensions: C.dimensions,
            selected: C.selected,
            dragging: C.dragging,
            style: De(C.style),
            class: Ue(M.value(C)),
            color: v.value(C),
            "border-radius": T.nodeBorderRadius,
            "stroke-color": x.value(C),
            "stroke-width": T.nodeStrokeWidth,
            "shape-rendering": W(E),
            type: C.type,
            hidden: C.hidden,
            onClick: (X) => U(X, C),
            onDblclick: (X) => g(X, C),
            onMouseenter: (X) => $(X, C),
            onMousemove: (X) => p(X, C),
            onMouseleave: (X) => D(X, C)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          Ee("path", {
            class: "vue-flow__minimap-mask",
            d: F.value,
            fill: T.maskColor,
            stroke: T.maskStrokeColor,
            "stroke-width": T.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, t1)
        ], 8, J0))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
var Gl = Object.defineProperty, i1 = (e, t, n) => t in e ? Gl(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, r1 = (e, t) => {
  for (var n in t) Gl(e, n, { get: t[n], enumerable: !0 });
}, s1 = (e, t, n) => i1(e, t + "", n), Ul = {};
r1(Ul, { Graph: () => tt, alg: () => $r });
var a1 = Object.defineProperty, ql = (e, t) => {
  for (var n in t) a1(e, n, { get: t[n], enumerable: !0 });
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
    let c = l1(this._isDirected, i, r, s);
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
function l1(e, t, n, o) {
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
var u1 = {};
ql(u1, { read: () => h1, write: () => c1 });
function c1(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: d1(e), edges: f1(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function d1(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), o = e.parent(t), i = { v: t };
    return n !== void 0 && (i.value = n), o !== void 0 && (i.parent = o), i;
  });
}
function f1(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), o = { v: t.v, w: t.w };
    return t.name !== void 0 && (o.name = t.name), n !== void 0 && (o.value = n), o;
  });
}
function h1(e) {
  let t = new xr(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var $r = {};
ql($r, { CycleException: () => Vo, bellmanFord: () => Wl, components: () => v1, dijkstra: () => Bo, dijkstraAll: () => w1, findCycles: () => _1, floydWarshall: () => E1, isAcyclic: () => $1, postorder: () => N1, preorder: () => S1, prim: () => C1, shortestPaths: () => M1, tarjan: () => Zl, topsort: () => jl });
var g1 = () => 1;
function Wl(e, t, n, o) {
  return p1(e, String(t), n || g1, o || function(i) {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  });
}
function p1(e, t, n, o) {
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
function v1(e) {
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
}, m1 = () => 1;
function Bo(e, t, n, o) {
  let i = function(r) {
    var s;
    return (s = e.outEdges(r)) != null ? s : [];
  };
  return y1(e, String(t), n || m1, o || i);
}
function y1(e, t, n, o) {
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
function w1(e, t, n) {
  return e.nodes().reduce(function(o, i) {
    return o[i] = Bo(e, i, t, n), o;
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
function _1(e) {
  return Zl(e).filter(function(t) {
    var n;
    let o = t[0];
    return o ? t.length > 1 || t.length === 1 && ((n = e.outEdges(o, o)) != null ? n : []).length > 0 : !1;
  });
}
var b1 = () => 1;
function E1(e, t, n) {
  return x1(e, t || b1, n || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function x1(e, t, n) {
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
var Vo = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function jl(e) {
  let t = {}, n = {}, o = [];
  function i(r) {
    var s;
    if (r in n) throw new Vo();
    r in t || (n[r] = !0, t[r] = !0, (s = e.predecessors(r)) == null || s.forEach(i), delete n[r], o.push(r));
  }
  if (e.sinks().forEach(i), Object.keys(t).length !== e.nodeCount()) throw new Vo();
  return o;
}
function $1(e) {
  try {
    jl(e);
  } catch (t) {
    if (t instanceof Vo) return !1;
    throw t;
  }
  return !0;
}
function k1(e, t, n, o, i) {
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
  return k1(e, t, n, function(o, i) {
    return o.push(i), o;
  }, []);
}
function N1(e, t) {
  return Jl(e, t, "post");
}
function S1(e, t) {
  return Jl(e, t, "pre");
}
function C1(e, t) {
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
function M1(e, t, n, o) {
  return I1(e, t, n, o ?? ((i) => {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  }));
}
function I1(e, t, n, o) {
  if (n === void 0) return Bo(e, t, n, o);
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
  return Bo(e, t, n, o);
}
var tt = xr;
function cn(e, t, n, o) {
  let i = o;
  for (; e.hasNode(i); ) i = kr(o);
  return n.dummy = t, e.setNode(i, n), i;
}
function T1(e) {
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
function qn(e) {
  let t = Hn(nu(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let o = e.node(n), i = o.rank;
    i !== void 0 && (t[i] || (t[i] = []), t[i][o.order] = n);
  }), t;
}
function O1(e) {
  let t = e.nodes().map((o) => {
    let i = e.node(o).rank;
    return i === void 0 ? Number.MAX_VALUE : i;
  }), n = at(Math.min, t);
  e.nodes().forEach((o) => {
    let i = e.node(o);
    Object.hasOwn(i, "rank") && (i.rank -= n);
  });
}
function D1(e) {
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
function P1(e, t = tu) {
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
    let n = P1(t);
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
function A1(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((o) => {
    t(o) ? n.lhs.push(o) : n.rhs.push(o);
  }), n;
}
function z1(e, t) {
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
var R1 = 0;
function kr(e) {
  let t = ++R1;
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
function Lo(e, t) {
  let n = {};
  for (let o of t) e[o] !== void 0 && (n[o] = e[o]);
  return n;
}
function ti(e, t) {
  let n;
  return typeof t == "string" ? n = (o) => o[t] : n = t, Object.entries(e).reduce((o, [i, r]) => (o[i] = n(r, i), o), {});
}
function B1(e, t) {
  return e.reduce((n, o, i) => (n[o] = t[i], n), {});
}
var ni = "\0";
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
var V1 = "3.1.3", L1 = class {
  constructor() {
    s1(this, "_sentinel");
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
    for (; n !== t; ) e.push(JSON.stringify(n, H1)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Ls(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function H1(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var F1 = L1, Y1 = () => 1;
function X1(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = U1(e, t || Y1);
  return G1(n.graph, n.buckets, n.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function G1(e, t, n) {
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
function U1(e, t) {
  let n = new tt(), o = 0, i = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let u = n.edge(a.v, a.w) || 0, l = t(a), c = u + l;
    n.setEdge(a.v, a.w, c);
    let d = n.node(a.v), f = n.node(a.w);
    i = Math.max(i, d.out += l), o = Math.max(o, f.in += l);
  });
  let r = q1(i + o + 3).map(() => new F1()), s = o + 1;
  return n.nodes().forEach((a) => {
    Qi(r, s, n.node(a));
  }), { graph: n, buckets: r, zeroIdx: s };
}
function Qi(e, t, n) {
  var o, i, r;
  n.out ? n.in ? (r = e[n.out - n.in + t]) == null || r.enqueue(n) : (i = e[e.length - 1]) == null || i.enqueue(n) : (o = e[0]) == null || o.enqueue(n);
}
function q1(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function W1(e, t) {
  (e.graph().acyclicer === "greedy" ? X1(e, n(e)) : K1(e, t ?? null)).forEach((o) => {
    let i = e.edge(o);
    e.removeEdge(o), i.forwardName = o.name, i.reversed = !0, e.setEdge(o.w, o.v, i, kr("rev"));
  });
  function n(o) {
    return (i) => o.edge(i).weight;
  }
}
function K1(e, t) {
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
      Object.hasOwn(o, c.w) || ((d = t.node(u)) == null ? void 0 : d.rank) > ((f = t.node(c.w)) == null ? void 0 : f.rank) && j1(e, c.w, c) ? n.push(c) : s(c.w);
    }), delete o[u]);
  }
  let a = r;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function Z1(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let o = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, o);
    }
  });
}
function j1(e, t, n) {
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
function Q1(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => J1(e, t));
}
function J1(e, t) {
  let n = t.v, o = e.node(n).rank, i = t.w, r = e.node(i).rank, s = t.name, a = e.edge(t), u = a.labelRank;
  if (r === o + 1) return;
  e.removeEdge(t);
  let l, c, d;
  for (d = 0, ++o; o < r; ++d, ++o) a.points = [], c = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: o }, l = cn(e, "edge", c, "_d"), o === u && (c.width = a.width, c.height = a.height, c.dummy = "edge-label", c.labelpos = a.labelpos), e.setEdge(n, l, { weight: a.weight }, s), d === 0 && e.graph().dummyChains.push(l), n = l;
  e.setEdge(n, i, { weight: a.weight }, s);
}
function ew(e) {
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
var ru = tw;
function tw(e) {
  let t = new tt({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let o = n[0], i = e.nodeCount();
  t.setNode(o, {});
  let r, s;
  for (; nw(t, e) < i && (r = ow(t, e), !!r); ) s = t.hasNode(r.v) ? ln(e, r) : -ln(e, r), iw(t, e, s);
  return t;
}
function nw(e, t) {
  function n(o) {
    let i = t.nodeEdges(o);
    i && i.forEach((r) => {
      let s = r.v, a = o === s ? r.w : s;
      !e.hasNode(a) && !ln(t, r) && (e.setNode(a, {}), e.setEdge(o, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function ow(e, t) {
  return t.edges().reduce((n, o) => {
    let i = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (i = ln(t, o)), i < n[0] ? [i, o] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function iw(e, t, n) {
  e.nodes().forEach((o) => t.node(o).rank += n);
}
var { preorder: rw, postorder: sw } = $r, aw = qt;
qt.initLowLimValues = Cr;
qt.initCutValues = Sr;
qt.calcCutValue = su;
qt.leaveEdge = lu;
qt.enterEdge = uu;
qt.exchangeEdges = cu;
function qt(e) {
  e = T1(e), Nr(e);
  let t = ru(e);
  Cr(t), Sr(t, e);
  let n, o;
  for (; n = lu(t); ) o = uu(t, e, n), cu(t, e, n, o);
}
function Sr(e, t) {
  let n = sw(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((o) => lw(e, t, o));
}
function lw(e, t, n) {
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
      if (s += d ? f : -f, cw(e, n, c)) {
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
  e.removeEdge(i, r), e.setEdge(o.v, o.w, {}), Cr(e), Sr(e, t), uw(e, t);
}
function uw(e, t) {
  let n = e.nodes().find((i) => !e.node(i).parent);
  if (!n) return;
  let o = rw(e, [n]);
  o = o.slice(1), o.forEach((i) => {
    let r = e.node(i).parent, s = t.edge(i, r), a = !1;
    s || (s = t.edge(r, i), a = !0), t.node(i).rank = t.node(r).rank + (a ? s.minlen : -s.minlen);
  });
}
function cw(e, t, n) {
  return e.hasEdge(t, n);
}
function Hs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var dw = fw;
function fw(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Fs(e);
      break;
    case "tight-tree":
      gw(e);
      break;
    case "longest-path":
      hw(e);
      break;
    case "none":
      break;
    default:
      Fs(e);
  }
}
var hw = Nr;
function gw(e) {
  Nr(e), ru(e);
}
function Fs(e) {
  aw(e);
}
var pw = vw;
function vw(e) {
  let t = yw(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((o) => {
    let i = e.node(o), r = i.edgeObj, s = mw(e, t, r.v, r.w), a = s.path, u = s.lca, l = 0, c = a[l], d = !0;
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
function mw(e, t, n, o) {
  let i = [], r = [], s = Math.min(t[n].low, t[o].low), a = Math.max(t[n].lim, t[o].lim), u;
  u = n;
  do
    u = e.parent(u), i.push(u);
  while (u && (t[u].low > s || a > t[u].lim));
  let l = u, c = o;
  for (; (c = e.parent(c)) !== l; ) r.push(c);
  return { path: i.concat(r.reverse()), lca: l };
}
function yw(e) {
  let t = {}, n = 0;
  function o(i) {
    let r = n;
    e.children(i).forEach(o), t[i] = { low: r, lim: n++ };
  }
  return e.children(ni).forEach(o), t;
}
function ww(e) {
  let t = cn(e, "root", {}, "_root"), n = _w(e), o = Object.values(n), i = at(Math.max, o) - 1, r = 2 * i + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= r);
  let s = bw(e) + 1;
  e.children(ni).forEach((a) => {
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
function _w(e) {
  let t = {};
  function n(o, i) {
    let r = e.children(o);
    r && r.length && r.forEach((s) => n(s, i + 1)), t[o] = i;
  }
  return e.children(ni).forEach((o) => n(o, 1)), t;
}
function bw(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function Ew(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var xw = $w;
function $w(e) {
  function t(n) {
    let o = e.children(n), i = e.node(n);
    if (o.length && o.forEach(t), i && Object.hasOwn(i, "minRank")) {
      i.borderLeft = [], i.borderRight = [];
      for (let r = i.minRank, s = i.maxRank + 1; r < s; ++r) Ys(e, "borderLeft", "_bl", n, i, r), Ys(e, "borderRight", "_br", n, i, r);
    }
  }
  e.children(ni).forEach(t);
}
function Ys(e, t, n, o, i, r) {
  let s = { width: 0, height: 0, rank: r, borderType: t }, a = i[t][r - 1], u = cn(e, "border", s, n);
  i[t][r] = u, e.setParent(u, o), a && e.setEdge(a, u, { weight: 1 });
}
function kw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && fu(e);
}
function Nw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && Sw(e), (n === "lr" || n === "rl") && (Cw(e), fu(e));
}
function fu(e) {
  e.nodes().forEach((t) => Xs(e.node(t))), e.edges().forEach((t) => Xs(e.edge(t)));
}
function Xs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function Sw(e) {
  e.nodes().forEach((t) => Ei(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(Ei), Object.hasOwn(o, "y") && Ei(o);
  });
}
function Ei(e) {
  e.y = -e.y;
}
function Cw(e) {
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
function Mw(e, t = null) {
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
function Iw(e, t) {
  let n = 0;
  for (let o = 1; o < t.length; ++o) n += Tw(e, t[o - 1], t[o]);
  return n;
}
function Tw(e, t, n) {
  let o = B1(n, n.map((l, c) => c)), i = t.flatMap((l) => {
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
function Ow(e, t = []) {
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
function Dw(e, t) {
  let n = {};
  e.forEach((i, r) => {
    let s = { indegree: 0, in: [], out: [], vs: [i.v], i: r };
    i.barycenter !== void 0 && (s.barycenter = i.barycenter, s.weight = i.weight), n[i.v] = s;
  }), t.edges().forEach((i) => {
    let r = n[i.v], s = n[i.w];
    r !== void 0 && s !== void 0 && (s.indegree++, r.out.push(s));
  });
  let o = Object.values(n).filter((i) => !i.indegree);
  return Pw(o);
}
function Pw(e) {
  let t = [];
  function n(i) {
    return (r) => {
      r.merged || (r.barycenter === void 0 || i.barycenter === void 0 || r.barycenter >= i.barycenter) && Aw(i, r);
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
  return t.filter((i) => !i.merged).map((i) => Lo(i, ["vs", "i", "barycenter", "weight"]));
}
function Aw(e, t) {
  let n = 0, o = 0;
  e.weight && (n += e.barycenter * e.weight, o += e.weight), t.weight && (n += t.barycenter * t.weight, o += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / o, e.weight = o, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function zw(e, t, n, o, i) {
  let r = {}, s = null, a = null, u = i;
  typeof t == "boolean" ? (u = t, r = {}) : t && (r = t, s = n ?? null, a = o ?? null);
  let l = A1(e, (y) => Object.hasOwn(y, "barycenter")), c = l.lhs, d = l.rhs.sort((y, E) => E.i - y.i), f = [], h = 0, m = 0, w = 0;
  c.sort(Rw(a, s, !!u));
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
function Rw(e, t, n) {
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
  let E = e.children(t), v = e.node(t), x = v ? v.borderLeft : void 0, M = v ? v.borderRight : void 0, H = {};
  x && (E = E.filter((N) => N !== x && N !== M));
  let V = Ow(e, E);
  V.forEach((N) => {
    if (e.children(N.v).length) {
      let { result: U } = hu(e, N.v, n, b, y);
      H[N.v] = U, Object.hasOwn(U, "barycenter") && Vw(N, U);
    }
  });
  let R = Dw(V, n);
  Bw(R, H);
  let G = {}, Y = !1;
  for (let N = 0; N < R.length; N++) for (let U = N + 1; U < R.length; U++) if (!(!R[N] || !R[U] || !((r = R[N]) != null && r.barycenter) || !((s = R[U]) != null && s.barycenter)) && ((a = R[N]) == null ? void 0 : a.barycenter) === R[U].barycenter) {
    let g = (l = (u = R[N]) == null ? void 0 : u.vs[0]) != null ? l : "", $ = (d = (c = R[U]) == null ? void 0 : c.vs[0]) != null ? d : "", p = e.node(g), D = e.node($);
    if (p.dummy === "edge" && D.dummy === "edge" && ((f = p.edgeObj) == null ? void 0 : f.v) === ((h = D.edgeObj) == null ? void 0 : h.v) && ((m = p.edgeObj) == null ? void 0 : m.w) === ((w = D.edgeObj) == null ? void 0 : w.w)) if (p.edgeLabel.reversed) {
      G[$] = R[N], R.splice(N, 1), N--;
      break;
    } else G[g] || (G[g] = R[U], R.splice(U, 1), U--);
    else Y = !0;
  }
  let F = zw(R, G, b, e, y);
  if (x && M) {
    F.vs = [x, F.vs, M].flat(1);
    let N = e.predecessors(x);
    if (N && N.length) {
      let U = e.node(N[0]), g = e.predecessors(M), $ = e.node(g[0]);
      Object.hasOwn(F, "barycenter") || (F.barycenter = 0, F.weight = 0), F.barycenter = (F.barycenter * F.weight + U.order + $.order) / (F.weight + 2), F.weight += 2;
    }
  }
  return Object.defineProperty(F, "result", { value: F, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(F, "usedBias", { value: Y, enumerable: !1, configurable: !0, writable: !0 }), F;
}
function Bw(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((o) => t[o] ? t[o].vs : o);
  });
}
function Vw(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function Lw(e, t, n, o) {
  o || (o = e.nodes());
  let i = Hw(e), r = new tt({ compound: !0 }).setGraph({ root: i }).setDefaultNodeLabel((s) => e.node(s));
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
function Hw(e) {
  let t;
  for (; e.hasNode(t = kr("_root")); ) ;
  return t;
}
function Fw(e, t, n) {
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
  let o = nu(e), i = Us(e, Hn(1, o + 1), "inEdges"), r = Us(e, Hn(o - 1, -1, -1), "outEdges"), s = Mw(e, n);
  if (qs(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, u, l = t.constraints || [];
  for (let c = 0, d = 0; d < 4; ++c, ++d) {
    Yw(c % 2 ? i : r, c % 4 >= 2, l, n), s = qn(e);
    let f = Iw(e, s);
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
    return Lw(e, r, n, o.get(r) || []);
  });
}
function Yw(e, t, n, o) {
  let i = !0, r = new tt();
  e.forEach(function(s) {
    n.forEach((c) => r.setEdge(c.left, c.right));
    let a = s.graph().root, { result: u, usedBias: l } = hu(s, a, r, o, i);
    t && l && (i = !i), u.vs.forEach((c, d) => s.node(c).order = d), Fw(s, r, u.vs);
  });
}
function qs(e, t) {
  Object.values(t).forEach((n) => n.forEach((o, i) => e.node(o).order = i));
}
function Xw(e, t) {
  let n = {};
  function o(i, r) {
    let s = 0, a = 0, u = i.length, l = r[r.length - 1];
    return r.forEach((c, d) => {
      let f = Uw(e, c), h = f ? e.node(f).order : u;
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
function Gw(e, t) {
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
function Uw(e, t) {
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
function qw(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  return o !== void 0 && Object.hasOwn(o, n);
}
function Ww(e, t, n, o, i) {
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
          let M = a[v], H = a[x];
          return (M !== void 0 ? M : 0) - (H !== void 0 ? H : 0);
        }), E = (y.length - 1) / 2;
        for (let v = Math.floor(E), x = Math.ceil(E); v <= x; ++v) {
          let M = y[v];
          if (M === void 0) continue;
          let H = a[M];
          if (H !== void 0 && s[m] === m && l < H && a[M] !== c && !qw(n, m, M)) {
            let V = r[M];
            V !== void 0 && (s[M] = m, s[m] = r[m] = V, l = H, d && (l = -1, c = (w = a[M]) != null ? w : -1, d = !1));
          }
        }
      }
    });
  }), { root: r, align: s };
}
function Kw(e, t, n, o, i = !1) {
  let r = {}, s = Zw(e, t, n, i), a = i ? "borderLeft" : "borderRight";
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
function Zw(e, t, n, o) {
  let i = new tt(), r = e.graph(), s = t_(r.nodesep, r.edgesep, o);
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
function jw(e, t) {
  return Object.values(t).reduce((n, o) => {
    let i = Number.NEGATIVE_INFINITY, r = Number.POSITIVE_INFINITY;
    Object.entries(o).forEach(([a, u]) => {
      let l = n_(e, a) / 2;
      i = Math.max(u + l, i), r = Math.min(u - l, r);
    });
    let s = i - r;
    return s < n[0] && (n = [s, o]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function Qw(e, t) {
  let n = Object.values(t), o = at(Math.min, n), i = at(Math.max, n);
  ["u", "d"].forEach((r) => {
    ["l", "r"].forEach((s) => {
      let a = r + s, u = e[a];
      if (!u || u === t) return;
      let l = Object.values(u), c = o - at(Math.min, l);
      s !== "l" && (c = i - at(Math.max, l)), c && (e[a] = ti(u, (d) => d + c));
    });
  });
}
function Jw(e, t = void 0) {
  let n = e.ul;
  return n ? ti(n, (o, i) => {
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
function e_(e, t) {
  let n = qn(e), o = Object.assign(Xw(e, n), Gw(e, n)), i = {}, r;
  ["u", "d"].forEach((a) => {
    r = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((u) => {
      u === "r" && (r = r.map((d) => Object.values(d).reverse()));
      let l = Ww(e, r, o, (d) => (a === "u" ? e.predecessors(d) : e.successors(d)) || [], t), c = Kw(e, r, l.root, l.align, u === "r");
      u === "r" && (c = ti(c, (d) => -d)), i[a + u] = c;
    });
  });
  let s = jw(e, i);
  return Qw(i, s), Jw(i, e.graph().align);
}
function t_(e, t, n) {
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
function n_(e, t) {
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
function o_(e, t) {
  e = eu(e), i_(e), Object.entries(e_(e, t)).forEach(([n, o]) => e.node(n).x = o);
}
function i_(e) {
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
function r_(e, t = {}) {
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
      let x = new tt({ multigraph: !0, compound: !0 });
      x.setGraph({ rankdir: v.rankdir });
      let M = e.children(E);
      M.forEach((g) => {
        let $ = { ...e.node(g) };
        x.setNode(g, $);
        let p = e.parent(g);
        p && p !== E && M.includes(p) && x.setParent(g, p);
      });
      let H = /* @__PURE__ */ new Set();
      e.edges().forEach((g) => {
        let $ = Zs(e, g.v, E), p = Zs(e, g.w, E);
        if ($ === g.v && p === g.w) x.setEdge(g, { ...e.edge(g) });
        else if ($ && p && $ !== p) {
          let D = `${$}\0${p}`;
          H.has(D) || (H.add(D), x.setEdge($, p, { ...e.edge(g) }));
        }
      }), vu(x, t, n);
      let V = ta(x);
      Qs(V, t, n, null), Js(x, V);
      let R = 1 / 0, G = 1 / 0, Y = -1 / 0, F = -1 / 0;
      x.nodes().forEach((g) => {
        if (g === E) return;
        let $ = x.node(g);
        $ && typeof $.x == "number" && typeof $.y == "number" && typeof $.width == "number" && typeof $.height == "number" && (R = Math.min(R, $.x - $.width / 2), Y = Math.max(Y, $.x + $.width / 2), G = Math.min(G, $.y - $.height / 2), F = Math.max(F, $.y + $.height / 2));
      }), (!isFinite(R) || !isFinite(G) || !isFinite(Y) || !isFinite(F)) && (R = G = 0, Y = F = 0);
      let N = Y - R, U = F - G;
      r[E] = { minX: R, minY: G, maxX: Y, maxY: F, width: N, height: U, offsetX: R, offsetY: G }, v._dagreClusterSubgraph = x;
    }
  });
  let s = [], a = (E) => {
    let v = [], x = (e.children(E) || []).filter((M) => M !== E);
    for (; x.length > 0; ) {
      let M = x.shift();
      v.push(M), (e.children(M) || []).filter((H) => H !== M).forEach((H) => x.push(H));
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
    let x = e.node(v), M = [];
    E.forEach((R) => {
      let G = e.node(R);
      G && (M.push({ id: R, node: G, parent: m.get(R) }), e.removeNode(R));
    });
    let H = h.filter(({ edge: R }) => E.includes(R.v) || E.includes(R.w)), V = r[v];
    x && (s.push({ clusterId: v, subgraph: x._dagreClusterSubgraph, bounds: V, children: E, removedNodes: M, removedEdges: H }), x.width = V.width, x.height = V.height);
  });
  let w = /* @__PURE__ */ new Set();
  h.forEach(({ edge: E, label: v }) => {
    let x = f(E.v), M = f(E.w);
    if (x !== M && e.hasNode(x) && e.hasNode(M)) {
      let H = `${x}\0${M}`;
      w.has(H) || (w.add(H), e.setEdge(x, M, { ...v, width: 0, height: 0 }));
    }
  });
  let b = ta(e), y = Qs(b, t, n, (o = Ks.get(e)) != null ? o : null);
  Ks.set(e, y), Js(e, b), w.forEach((E) => {
    let v = E.indexOf("\0"), x = E.slice(0, v), M = E.slice(v + 1);
    e.hasEdge(x, M) && e.removeEdge(x, M);
  }), s.forEach(({ clusterId: E, subgraph: v, bounds: x, removedNodes: M, removedEdges: H }) => {
    var V, R;
    let G = e.node(E), Y = (V = G?.x) != null ? V : 0, F = (R = G?.y) != null ? R : 0, N = (x.minX + x.maxX) / 2, U = (x.minY + x.maxY) / 2;
    M.forEach(({ id: g, node: $, parent: p }) => {
      e.setNode(g, $), p !== void 0 && e.setParent(g, p);
    }), H.forEach(({ edge: g, label: $ }) => {
      e.setEdge(g, $);
    }), v.nodes().forEach((g) => {
      if (g === E) return;
      let $ = v.node(g), p = e.node(g);
      p && $ && typeof $.x == "number" && typeof $.y == "number" && (p.x = Y + ($.x - N), p.y = F + ($.y - U));
    }), js(e, v, Y - N, F - U), delete G._dagreClusterSubgraph;
  }), i.forEach((E) => {
    var v, x;
    let M = e.node(E), H = r[E];
    if (M && M.rankdir && M._dagreClusterSubgraph && H) {
      let V = M._dagreClusterSubgraph, R = (v = M.x) != null ? v : 0, G = (x = M.y) != null ? x : 0, Y = (H.minX + H.maxX) / 2, F = (H.minY + H.maxY) / 2;
      V.nodes().forEach((N) => {
        if (N === E) return;
        let U = V.node(N), g = e.node(N);
        if (g && U && typeof U.x == "number" && typeof U.y == "number") {
          let $ = U.x - Y, p = U.y - F;
          g.x = R + $, g.y = G + p;
        }
      }), js(e, V, R - Y, G - F), delete M._dagreClusterSubgraph;
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
  t("    makeSpaceForEdgeLabels", () => h_(e)), t("    removeSelfEdges", () => E_(e)), t("    acyclic", () => W1(e, a)), t("    nestingGraph.run", () => ww(e)), t("    rank", () => dw(eu(e))), t("    injectEdgeLabelProxies", () => g_(e)), t("    removeEmptyRanks", () => D1(e)), t("    nestingGraph.cleanup", () => Ew(e)), t("    normalizeRanks", () => O1(e)), t("    assignRankMinMax", () => p_(e)), t("    removeEdgeLabelProxies", () => v_(e)), t("    normalize.run", () => Q1(e)), t("    parentDummyChains", () => pw(e)), t("    addBorderSegments", () => xw(e)), t("    order", () => gu(e, n, u)), t("    insertSelfEdges", () => x_(e)), t("    adjustCoordinateSystem", () => kw(e)), t("    position", () => o_(e, n.corePath)), t("    positionSelfEdges", () => $_(e));
  let l = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => b_(e)), t("    normalize.undo", () => ew(e)), t("    fixupEdgeLabelCoords", () => w_(e)), t("    undoCoordinateSystem", () => Nw(e)), t("    translateGraph", () => m_(e)), t("    assignNodeIntersects", () => y_(e)), t("    reversePoints", () => __(e)), t("    acyclic.undo", () => Z1(e)), { graph: e, rawNodes: l };
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
var s_ = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], a_ = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, l_ = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], u_ = ["width", "height", "rank"], ea = { width: 0, height: 0 }, c_ = ["minlen", "weight", "width", "height", "labeloffset"], d_ = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, f_ = ["labelpos"];
function ta(e) {
  let t = new tt({ multigraph: !0, compound: !0 }), n = ki(e.graph());
  return t.setGraph(Object.assign({}, a_, $i(n, s_), Lo(n, l_))), e.nodes().forEach((o) => {
    let i = ki(e.node(o)), r = $i(i, u_);
    Object.keys(ea).forEach((a) => {
      r[a] === void 0 && (r[a] = ea[a]);
    }), t.setNode(o, r);
    let s = e.parent(o);
    s !== void 0 && t.setParent(o, s);
  }), e.edges().forEach((o) => {
    let i = ki(e.edge(o));
    t.setEdge(o, Object.assign({}, d_, $i(i, c_), Lo(i, f_)));
  }), t;
}
function h_(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var o;
    let i = e.edge(n);
    i.minlen *= 2, ((o = i.labelpos) != null ? o : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? i.width += i.labeloffset : i.height += i.labeloffset);
  });
}
function g_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let o = e.node(t.v), i = { rank: (e.node(t.w).rank - o.rank) / 2 + o.rank, e: t };
      cn(e, "edge-proxy", i, "_ep");
    }
  });
}
function p_(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let o = e.node(n);
    o.borderTop && (o.minRank = e.node(o.borderTop).rank, o.maxRank = e.node(o.borderBottom).rank, t = Math.max(t, o.maxRank));
  }), e.graph().maxRank = t;
}
function v_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let o = n;
      e.edge(o.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function m_(e) {
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
function y_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), o = e.node(t.v), i = e.node(t.w), r, s;
    n.points ? (r = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], r = i, s = o), n.points.unshift(Bs(o, r)), n.points.push(Bs(i, s));
  });
}
function w_(e) {
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
function __(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function b_(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), o = e.node(n.borderTop), i = e.node(n.borderBottom), r = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - r.x), n.height = Math.abs(i.y - o.y), n.x = r.x + n.width / 2, n.y = o.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function E_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function x_(e) {
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
function $_(e) {
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
  return ti(Lo(e, t), Number);
}
function ki(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, o]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = o;
  }), t;
}
function k_(e) {
  let t = qn(e), n = new tt({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((o) => {
    n.setNode(o, { label: o }), n.setParent(o, "layer" + e.node(o).rank);
  }), e.edges().forEach((o) => n.setEdge(o.v, o.w, {}, o.name)), t.forEach((o, i) => {
    let r = "layer" + i;
    n.setNode(r, { rank: "same" }), o.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var N_ = { graphlib: Ul, version: V1, layout: r_, debug: k_, util: { time: z1, notime: ou } }, na = N_;
const S_ = {
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
function C_(e) {
  return String(e || "").split("[")[0].trim();
}
function En(e) {
  const t = C_(e);
  if (oa[t]) return oa[t];
  let n = 0;
  for (const o of t) n = n * 31 + o.charCodeAt(0) >>> 0;
  return ia[n % ia.length];
}
function Ji(e) {
  return S_[e] || "#607d8b";
}
const M_ = ["data-node-id", "data-block-type", "title"], I_ = { class: "gc-node-id" }, T_ = {
  key: 0,
  class: "gc-bypass-badge",
  title: "Bypassed: left out of training (Ctrl+B)"
}, O_ = { class: "gc-node-type" }, D_ = { class: "gc-node-body" }, P_ = ["data-port"], A_ = { class: "gc-port-name" }, z_ = {
  key: 1,
  class: "gc-port gc-in"
}, R_ = ["data-port"], B_ = { class: "gc-port-name" }, V_ = {
  key: 3,
  class: "gc-port gc-out"
}, L_ = {
  key: 0,
  class: "gc-summary"
}, H_ = {
  key: 1,
  class: "gc-node-error"
}, F_ = {
  __name: "BlockNode",
  props: {
    id: { type: String, required: !0 },
    data: { type: Object, required: !0 },
    selected: { type: Boolean, default: !1 }
  },
  setup(e) {
    const t = e, n = le(() => Ji(t.data.kind)), o = Ot("gcWiring", { handleHint: () => "", keyWire: () => {
    } });
    function i(a, u) {
      const l = o.handleHint(t.id, a, u);
      return l ? `gc-${l}` : "";
    }
    function r(a, u, l) {
      a.key !== "Enter" && a.key !== " " || (a.preventDefault(), a.stopPropagation(), o.keyWire(t.id, u, l));
    }
    const s = le(() => Math.max(t.data.inputs.length, t.data.outputs.length));
    return (a, u) => (j(), ue("div", {
      class: Ue(["gc-node", { "gc-invalid": e.data.invalid, "gc-selected": e.selected, "gc-unknown": e.data.unknown, "gc-bypassed": e.data.bypass, "gc-subgraph": e.data.kind === "subgraph" }]),
      "data-node-id": e.id,
      "data-block-type": e.data.blockType,
      title: e.data.messages.join(`
`)
    }, [
      Ee("div", {
        class: "gc-node-header",
        style: De({ background: n.value })
      }, [
        Ee("span", I_, Pe(e.id), 1),
        e.data.bypass ? (j(), ue("span", T_, "BYPASSED")) : ke("", !0),
        Ee("span", O_, Pe(e.data.title), 1)
      ], 4),
      Ee("div", D_, [
        (j(!0), ue(He, null, Ft(s.value, (l) => (j(), ue("div", {
          key: l,
          class: "gc-row"
        }, [
          e.data.inputs[l - 1] ? (j(), ue("div", {
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
            Ee("span", A_, Pe(e.data.inputs[l - 1].name), 1),
            Ee("span", {
              class: "gc-port-type",
              style: De({ color: W(En)(e.data.inputs[l - 1].types[0]) })
            }, Pe(e.data.inputs[l - 1].label), 5)
          ], 8, P_)) : (j(), ue("div", z_)),
          e.data.outputs[l - 1] ? (j(), ue("div", {
            key: 2,
            class: "gc-port gc-out",
            "data-port": `${e.id}.${e.data.outputs[l - 1].name}`
          }, [
            Ee("span", {
              class: "gc-port-type",
              style: De({ color: W(En)(e.data.outputs[l - 1].type) })
            }, Pe(e.data.outputs[l - 1].label), 5),
            Ee("span", B_, Pe(e.data.outputs[l - 1].name), 1),
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
          ], 8, R_)) : (j(), ue("div", V_))
        ]))), 128)),
        e.data.summary ? (j(), ue("div", L_, Pe(e.data.summary), 1)) : ke("", !0),
        e.data.invalid ? (j(), ue("div", H_, Pe(e.data.messages[0]), 1)) : ke("", !0)
      ])
    ], 10, M_));
  }
}, Y_ = ["data-group-id"], X_ = ["title"], G_ = { class: "gc-frame-label" }, U_ = ["aria-label"], lo = 22, ra = 26, q_ = {
  __name: "GroupFrame",
  props: {
    group: { type: Object, required: !0 },
    flow: { type: Object, required: !0 }
  },
  emits: ["select", "moved", "frame"],
  setup(e, { emit: t }) {
    const n = e, o = t, i = le(() => {
      let a = 1 / 0, u = 1 / 0, l = -1 / 0, c = -1 / 0;
      for (const d of n.group.nodes) {
        const f = n.flow.findNode(d);
        if (!f) continue;
        const h = f.dimensions || {};
        a = Math.min(a, f.position.x), u = Math.min(u, f.position.y), l = Math.max(l, f.position.x + (h.width || 220)), c = Math.max(c, f.position.y + (h.height || 120));
      }
      return a === 1 / 0 ? null : { left: a - lo, top: u - lo - ra, width: l - a + 2 * lo, height: c - u + 2 * lo + ra };
    }), r = le(() => n.group.color || "#546e7a");
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
    return (a, u) => i.value ? (j(), ue("div", {
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
      Ee("div", {
        class: "gc-frame-title",
        style: De({ background: r.value }),
        title: `${e.group.label}: drag to move its ${e.group.nodes.length} blocks, double-click to rename`,
        onMousedown: s,
        onDblclick: u[1] || (u[1] = $n((l) => o("frame", { action: "rename", id: e.group.id }), ["stop"]))
      }, [
        Ee("span", G_, Pe(e.group.label), 1),
        Ee("button", {
          class: "gc-frame-close",
          type: "button",
          "aria-label": `Remove frame ${e.group.label}`,
          title: "Remove the frame (the blocks stay)",
          onClick: u[0] || (u[0] = $n((l) => o("frame", { action: "ungroup", id: e.group.id }), ["stop"]))
        }, "×", 8, U_)
      ], 44, X_)
    ], 12, Y_)) : ke("", !0);
  }
}, W_ = {
  key: 0,
  class: "gc-empty"
}, K_ = {
  key: 1,
  class: "gc-key-wire",
  role: "status"
}, Z_ = {
  key: 0,
  class: "gc-quick-note"
}, j_ = {
  class: "gc-quick-list",
  role: "listbox",
  "aria-label": "Blocks"
}, Q_ = ["aria-selected", "data-quick-block", "onMouseenter", "onClick"], J_ = { class: "gc-quick-title" }, eb = { class: "gc-quick-type" }, tb = {
  key: 0,
  class: "gc-quick-none"
}, sa = "application/x-gancanvas-block", nb = 135, ib = {
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
    const o = e, i = n, r = Ce(o.flowId), s = { block: xn(F_) }, a = Ie(null), u = Ie(!1), l = le(() => {
      const I = {}, A = {};
      for (const L of o.issues || []) {
        const B = String(L.path || "").split(".");
        (B[0] === "nodes" || B[0] === "subgraphs") && B[1] && (I[B[1]] ||= []).push(L.message), B[0] === "edges" && B[1] !== void 0 && (A[B[1]] ||= []).push(L.message);
      }
      return { byNode: I, byEdge: A };
    });
    function c(I, A) {
      return o.shapes[I] || A;
    }
    function d(I) {
      return Object.entries(I || {}).slice(0, 3).map(([L, B]) => `${L}=${JSON.stringify(B)}`).join("  ");
    }
    const f = le(() => [
      ...o.graph.nodes || [],
      ...Object.keys(o.graph.subgraphs || {}).map((I) => ({ id: I, type: `subgraph:${I}`, params: {} }))
    ]);
    function h(I) {
      if (!I.startsWith("subgraph:")) return o.catalog[I];
      const A = (o.graph.subgraphs || {})[I.slice(9)];
      return A && { kind: "subgraph", title: A.label || "Subgraph", inputs: A.inputs, outputs: A.outputs };
    }
    function m() {
      const I = new Set(o.selection?.nodes || []), A = o.graph.layout || {};
      return f.value.map((L, B) => {
        const Z = h(L.type), ce = (o.graph.subgraphs || {})[L.id], me = l.value.byNode[L.id] || [], Me = A[L.id] || [40 + B % 5 * 260, 40 + Math.floor(B / 5) * 200];
        return {
          id: L.id,
          type: "block",
          position: { x: Me[0], y: Me[1] },
          selected: I.has(L.id),
          data: {
            blockType: L.type,
            kind: Z ? Z.kind : L.type.split(".")[0],
            title: Z ? Z.title : `${L.type} (unknown)`,
            unknown: !Z,
            invalid: me.length > 0,
            messages: me,
            bypass: !!L.bypass,
            summary: ce ? `${ce.size} blocks · double-click to expand` : d(L.params),
            inputs: (Z ? Z.inputs : []).map((Oe) => {
              const Le = Oe.accepts && Oe.accepts.length ? Oe.accepts : [Oe.type];
              return { ...Oe, types: Le, label: c(`${L.id}.${Oe.name}`, Le.join("|")) };
            }),
            outputs: (Z ? Z.outputs : []).map((Oe) => ({
              ...Oe,
              label: c(`${L.id}.${Oe.name}`, Oe.type)
            }))
          }
        };
      });
    }
    function w(I, A) {
      const L = f.value.find((ce) => ce.id === I), B = L && h(L.type), Z = B && B.outputs.find((ce) => ce.name === A);
      return Z ? Z.type : "";
    }
    function b() {
      const I = new Set(o.selection?.edges || []);
      return (o.graph.edges || []).map((A, L) => {
        const [B, ...Z] = A.from.split("."), [ce, ...me] = A.to.split("."), Me = l.value.byEdge[String(L)] || [], Oe = Me.length ? "#e53935" : En(w(B, Z.join("."))), Le = y.value.has(B) || y.value.has(ce);
        return {
          id: `e${L}:${A.from}->${A.to}`,
          source: B,
          target: ce,
          sourceHandle: Z.join("."),
          targetHandle: me.join("."),
          selected: I.has(L),
          class: Me.length ? "gc-edge-invalid" : Le ? "gc-edge-muted" : "",
          style: { stroke: Oe, strokeWidth: Me.length ? 3 : 2 },
          markerEnd: { type: Co.ArrowClosed, color: Oe },
          label: Me.length ? "!" : void 0,
          data: { index: L, messages: Me, from: A.from, to: A.to }
        };
      });
    }
    const y = le(() => new Set((o.graph.nodes || []).filter((I) => I.bypass).map((I) => I.id))), E = Ie([]), v = Ie([]);
    function x() {
      E.value = m(), v.value = b(), Ge(() => r.updateNodeInternals(E.value.map((I) => I.id)));
    }
    $e(() => [o.graph, o.catalog, o.issues, o.selection, o.shapes], x, {
      deep: !0,
      immediate: !0
    });
    const M = Ni({ from: null, to: "", tip: "", x: 0, y: 0, keyboard: !1 });
    let H = !1, V = { x: 0, y: 0, inside: !1 };
    function R(I) {
      const A = f.value.find((L) => L.id === I);
      return A ? h(A.type) : null;
    }
    function G(I, A, L) {
      const B = R(I);
      return B && (L === "source" ? B.outputs : B.inputs).find((Z) => Z.name === A) || null;
    }
    function Y(I) {
      return I.accepts && I.accepts.length ? I.accepts : [I.type];
    }
    function F(I, A, L, B) {
      if (!I) return "";
      const Z = `${I.node}.${I.handle}`, ce = `${A}.${L}`;
      if (I.type === B)
        return `${Z} and ${ce} are both ${B === "target" ? "inputs" : "outputs"}: a wire runs from an output (right side) to an input (left side)`;
      const me = I.type === "source" ? I : { node: A, handle: L }, Me = I.type === "source" ? { node: A, handle: L } : I;
      if (me.node === Me.node) return "a block cannot be wired to itself";
      const Oe = G(me.node, me.handle, "source"), Le = G(Me.node, Me.handle, "target");
      if (!Oe || !Le) return "";
      const ot = `${me.node}.${me.handle}`, bt = `${Me.node}.${Me.handle}`;
      if (!Y(Le).includes(Oe.type)) return `${bt} takes ${Y(Le).join(" or ")}, not ${Oe.type} (${ot})`;
      const Mr = o.graph.edges || [];
      return Mr.some((dn) => dn.from === ot && dn.to === bt) ? `${ot} is already wired to ${bt}` : !Le.multiple && Mr.some((dn) => dn.to === bt) ? `${bt} already has a wire (it takes one)` : "";
    }
    function N(I, A, L) {
      const B = M.from;
      return B ? B.node === I && B.handle === A && B.type === L ? "from" : F(B, I, A, L) ? "unfit" : "fit" : "";
    }
    function U(I, A, L) {
      const Z = r.findNode(I)?.handleBounds || {}, ce = (Z.source || []).some((Me) => Me.id === A), me = (Z.target || []).some((Me) => Me.id === A);
      return ce && !me ? "source" : me && !ce || L === "source" ? "target" : "source";
    }
    function g(I) {
      const A = M.from;
      if (!A) return !0;
      const L = A.type === "source" ? [I.target, I.targetHandle] : [I.source, I.sourceHandle], B = F(A, L[0], L[1], U(L[0], L[1], A.type));
      return M.tip = B, M.to = `${L[0]}.${L[1]}`, !B;
    }
    function $({ nodeId: I, handleId: A, handleType: L }) {
      H = !1, M.keyboard = !1, M.tip = "", M.from = { node: I, handle: A, type: L };
    }
    function p(I) {
      const A = a.value?.getBoundingClientRect();
      if (A && (V = { x: I.clientX - A.left, y: I.clientY - A.top, inside: !0, cx: I.clientX, cy: I.clientY }), !M.from || M.keyboard) return;
      M.x = V.x, M.y = V.y, document.elementFromPoint(I.clientX, I.clientY)?.closest?.(".vue-flow__handle") || (M.tip = "");
    }
    function D(I) {
      H = !0, i("connect", { source: `${I.source}.${I.sourceHandle}`, target: `${I.target}.${I.targetHandle}` });
    }
    function T(I) {
      const A = M.from, L = M.tip;
      if (M.from = null, M.tip = "", H || !A || M.keyboard) return;
      if (L) {
        i("refused", { reason: L, source: `${A.node}.${A.handle}`, target: M.to });
        return;
      }
      const B = I?.clientX ?? V.cx, Z = I?.clientY ?? V.cy, ce = document.elementFromPoint(B, Z);
      ce?.closest?.(".vue-flow__node, .vue-flow__handle, .vue-flow__controls, .vue-flow__minimap") || ce?.closest?.(".vue-flow") && q(B, Z, A);
    }
    function z(I, A, L) {
      const B = M.from;
      if (!B || !M.keyboard) {
        M.from = { node: I, handle: A, type: L }, M.keyboard = !0, M.tip = "";
        return;
      }
      if (M.from = null, M.keyboard = !1, B.node === I && B.handle === A && B.type === L) return;
      const Z = F(B, I, A, L), ce = `${B.node}.${B.handle}`, me = `${I}.${A}`;
      if (Z) {
        i("refused", { reason: Z, source: ce, target: me });
        return;
      }
      i("connect", B.type === "source" ? { source: ce, target: me } : { source: me, target: ce });
    }
    Mt("gcWiring", { handleHint: N, keyWire: z, wiring: M });
    const C = Ni({ open: !1, x: 0, y: 0, flowX: 0, flowY: 0, text: "", index: 0, wire: null }), X = Ie(null);
    function Q(I, A) {
      if (!A) return !0;
      if (A.type === "source") {
        const B = G(A.node, A.handle, "source");
        return !!B && I.inputs.some((Z) => Y(Z).includes(B.type));
      }
      const L = G(A.node, A.handle, "target");
      return !!L && I.outputs.some((B) => Y(L).includes(B.type));
    }
    const te = le(() => {
      if (!C.open) return [];
      const I = C.text.toLowerCase().split(/\s+/).filter(Boolean), A = [];
      for (const [L, B] of Object.entries(o.catalog)) {
        if (!Q(B, C.wire)) continue;
        const Z = `${L} ${B.title} ${B.kind}`.toLowerCase();
        I.every((ce) => Z.includes(ce)) && A.push({ type: L, title: B.title, kind: B.kind });
      }
      return A.slice(0, 40);
    });
    let ie = 0;
    function q(I, A, L = null) {
      ie = performance.now();
      const B = a.value.getBoundingClientRect(), Z = r.screenToFlowCoordinate({ x: I, y: A });
      Object.assign(C, {
        open: !0,
        x: Math.min(Math.max(I - B.left, 4), Math.max(B.width - 330, 4)),
        y: Math.min(Math.max(A - B.top, 4), Math.max(B.height - 330, 4)),
        flowX: Math.round(Z.x),
        flowY: Math.round(Z.y),
        text: "",
        index: 0,
        wire: L
      }), Ge(() => X.value?.focus());
    }
    function K() {
      C.open = !1, C.wire = null, a.value?.focus();
    }
    function J(I) {
      if (!I) return;
      const A = C.wire ? { port: `${C.wire.node}.${C.wire.handle}`, side: C.wire.type } : null;
      i("add", { type: I.type, x: C.flowX, y: C.flowY, wire: A }), K();
    }
    function ge(I) {
      const A = te.value.length;
      if (I.key === "Escape") K();
      else if (I.key === "ArrowDown") C.index = A ? (C.index + 1) % A : 0;
      else if (I.key === "ArrowUp") C.index = A ? (C.index - 1 + A) % A : 0;
      else if (I.key === "Enter") J(te.value[C.index]);
      else return;
      I.preventDefault(), I.stopPropagation();
    }
    $e(() => C.text, () => C.index = 0);
    function _e(I) {
      I.target?.closest?.(".vue-flow__node, .vue-flow__edge, .vue-flow__controls, .vue-flow__minimap, .gc-quick") || q(I.clientX, I.clientY);
    }
    function pe(I, A) {
      for (const L of document.elementsFromPoint(I, A)) {
        const B = L.closest?.(".vue-flow__edge");
        if (!B) continue;
        const Z = /^e(\d+):/.exec(B.getAttribute("data-id") || "");
        if (Z) return Number(Z[1]);
      }
      return null;
    }
    function be(I) {
      return (o.graph.edges || []).some((A) => A.from.split(".")[0] === I || A.to.split(".")[0] === I);
    }
    function de(I) {
      const A = {};
      for (const B of I.nodes || [I.node])
        A[B.id] = [Math.round(B.position.x), Math.round(B.position.y)];
      i("move", { positions: A });
      const L = I.nodes || [I.node];
      if (L.length === 1 && !be(L[0].id)) {
        const Z = a.value?.querySelector(`.vue-flow__node[data-id="${L[0].id}"]`)?.getBoundingClientRect(), ce = Z ? pe(Z.left + Z.width / 2, Z.top + Z.height / 2) : null;
        ce !== null && i("insert", { node: L[0].id, edge: ce });
      }
    }
    function he() {
      return {
        nodes: r.getSelectedNodes.value.map((I) => I.id),
        edges: r.getSelectedEdges.value.map((I) => I.data.index)
      };
    }
    function k({ node: I, event: A }) {
      if (A && (A.ctrlKey || A.metaKey)) Ge(() => i("select", he()));
      else {
        const L = r.getSelectedNodes.value.filter((B) => B.id !== I.id);
        L.length && r.removeSelectedNodes(L), i("select", { nodes: [I.id], edges: [] });
      }
    }
    function _({ node: I }) {
      (o.graph.subgraphs || {})[I.id] && i("shortcut", { action: "expand", nodes: [I.id], edges: [] });
    }
    function S({ edge: I }) {
      i("select", { nodes: [], edges: [I.data.index] });
    }
    function P() {
      C.open && performance.now() - ie > 400 && K(), i("select", { nodes: [], edges: [] });
    }
    function O() {
      Ge(() => i("select", he()));
    }
    function ee(I) {
      if (I.defaultPrevented) return;
      const A = I.target, L = A && A.tagName || "";
      if (["INPUT", "TEXTAREA", "SELECT"].includes(L) || A?.isContentEditable || A?.closest && A.closest(".q-dialog, .q-menu")) return;
      const B = I.ctrlKey || I.metaKey, Z = I.key.toLowerCase();
      if (Z === "escape" && M.keyboard) {
        M.from = null, M.keyboard = !1;
        return;
      }
      if (!B && (Z === "/" || Z === " ") && !A?.closest?.(".vue-flow__handle, button, a")) {
        I.preventDefault();
        const me = a.value.getBoundingClientRect(), Me = V.inside && V.cx >= me.left && V.cx <= me.right && V.cy >= me.top && V.cy <= me.bottom;
        q(Me ? V.cx : me.left + me.width / 2, Me ? V.cy : me.top + me.height / 3);
        return;
      }
      let ce = null;
      if (Z === "delete" || Z === "backspace" ? ce = "delete" : B && Z === "z" && !I.shiftKey ? ce = "undo" : B && (Z === "y" || Z === "z" && I.shiftKey) ? ce = "redo" : B && Z === "c" ? ce = "copy" : B && Z === "v" ? ce = "paste" : B && Z === "x" ? ce = "cut" : B && Z === "d" ? ce = "duplicate" : B && Z === "a" ? ce = "select_all" : B && Z === "s" ? ce = "save" : B && Z === "g" ? ce = I.shiftKey ? "collapse" : "group" : B && Z === "b" ? ce = "bypass" : !B && Z === "f" ? ce = "fit" : !B && Z === "l" && (ce = "layout"), !!ce) {
        if (I.preventDefault(), ce === "fit") return ye();
        if (ce === "layout") return Xe();
        if (ce === "select_all") {
          i("select", { nodes: f.value.map((me) => me.id), edges: [] });
          return;
        }
        i("shortcut", { action: ce, ...he() });
      }
    }
    function oe(I, A) {
      const L = r.getSelectedNodes.value;
      if (!L.length) return !1;
      const B = I === "arrowleft" ? -A : I === "arrowright" ? A : 0, Z = I === "arrowup" ? -A : I === "arrowdown" ? A : 0, ce = {};
      for (const me of L)
        me.position = { x: Math.round(me.position.x + B), y: Math.round(me.position.y + Z) }, ce[me.id] = [me.position.x, me.position.y];
      return i("move", { positions: ce }), !0;
    }
    function ae(I) {
      const A = I.key.toLowerCase();
      if (!A.startsWith("arrow") || I.ctrlKey || I.metaKey || I.altKey) return;
      const L = I.target;
      ["INPUT", "TEXTAREA", "SELECT"].includes(L?.tagName) || L?.isContentEditable || L?.closest?.(".q-dialog, .q-menu, .gc-quick") || oe(A, I.shiftKey ? 50 : 10) && (I.preventDefault(), I.stopPropagation());
    }
    _t(() => {
      document.addEventListener("keydown", ae, !0), document.addEventListener("keydown", ee), document.addEventListener("mousemove", p);
    }), er(() => {
      document.removeEventListener("keydown", ae, !0), document.removeEventListener("keydown", ee), document.removeEventListener("mousemove", p);
    });
    function re(I) {
      I.preventDefault();
      const A = Array.from(I.dataTransfer?.types || []);
      u.value = A.includes(sa) || A.includes("Files"), I.dataTransfer && (I.dataTransfer.dropEffect = A.includes("Files") ? "copy" : "move");
    }
    function fe() {
      u.value = !1;
    }
    async function ve(I) {
      I.preventDefault(), u.value = !1;
      const A = I.dataTransfer;
      if (!A) return;
      const L = A.getData(sa);
      if (L) {
        const Z = r.screenToFlowCoordinate({ x: I.clientX, y: I.clientY }), ce = pe(I.clientX, I.clientY);
        i("add", { type: L, x: Math.round(Z.x), y: Math.round(Z.y), edge: ce });
        return;
      }
      const B = A.files && A.files[0];
      if (B) {
        const Z = B.size > 5e6 ? "" : await B.text();
        i("file", { name: B.name, text: Z, size: B.size });
      }
    }
    function ye() {
      const I = r.getNodes.value, A = a.value;
      if (!I.length || !A) return r.fitView({ padding: 0.15, duration: 0 });
      let L = 1 / 0, B = 1 / 0, Z = -1 / 0, ce = -1 / 0;
      for (const Le of I) {
        const ot = Le.computedPosition || Le.position, bt = Le.dimensions || {};
        L = Math.min(L, ot.x), B = Math.min(B, ot.y), Z = Math.max(Z, ot.x + (bt.width || 220)), ce = Math.max(ce, ot.y + (bt.height || 120));
      }
      const me = Math.max(Z - L, 1), Me = Math.max(ce - B, 1);
      let Oe = 0;
      for (let Le = 0; Le < 4; Le++) {
        const ot = Math.min(A.clientWidth / (me * 1.15), A.clientHeight / ((Me + Oe) * 1.15), 2.5);
        Oe = nb / Math.max(ot, 0.1);
      }
      r.fitBounds({ x: L, y: B, width: me, height: Me + Oe }, { padding: 0.15, duration: 0 });
    }
    function nt(I) {
      const A = new Set(I), L = r.getNodes.value.filter((B) => A.has(B.id));
      L.length && r.fitView({ nodes: L.map((B) => B.id), padding: 0.6, maxZoom: 1.2, duration: 200 });
    }
    function Xe() {
      const I = new na.graphlib.Graph();
      I.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 70, marginx: 20, marginy: 20 }), I.setDefaultEdgeLabel(() => ({}));
      for (const L of r.getNodes.value) {
        const B = L.dimensions || {};
        I.setNode(L.id, { width: B.width || 220, height: B.height || 120 });
      }
      for (const L of r.getEdges.value) I.setEdge(L.source, L.target);
      na.layout(I);
      const A = {};
      for (const L of r.getNodes.value) {
        const B = I.node(L.id), Z = L.dimensions || {};
        A[L.id] = [Math.round(B.x - (Z.width || 220) / 2), Math.round(B.y - (Z.height || 120) / 2)];
      }
      return i("layout", { positions: A }), setTimeout(ye, 50), A;
    }
    function oi() {
      return r.getViewport();
    }
    function ii() {
      ye(), window.__gancanvasPaneReady = performance.now(), E.value.length || (window.__gancanvasReady = window.__gancanvasPaneReady);
    }
    function ri() {
      const I = window.__gancanvasReady === void 0;
      window.__gancanvasReady = performance.now(), window.__gancanvasNodes = r.getNodes.value.length, I && (ye(), i("ready", { t: window.__gancanvasReady, nodes: window.__gancanvasNodes }));
    }
    t({ fitView: ye, focus: nt, autoLayout: Xe, getViewport: oi });
    const mu = le(() => ({ stroke: "#90a4ae", strokeWidth: 2 })), yu = (I) => Ji(I.data?.kind);
    return (I, A) => (j(), ue("div", {
      ref_key: "root",
      ref: a,
      class: Ue(["gc-canvas", { "gc-drop-active": u.value }]),
      tabindex: "0",
      onDragover: re,
      onDragleave: fe,
      onDrop: ve,
      onDblclick: _e
    }, [
      Ve(W(zp), {
        id: e.flowId,
        nodes: E.value,
        edges: v.value,
        "node-types": s,
        "delete-key-code": null,
        "selection-key-code": "Shift",
        "multi-selection-key-code": "Control",
        "connection-line-style": mu.value,
        "default-edge-options": { type: "default" },
        "min-zoom": 0.1,
        "max-zoom": 2.5,
        "nodes-draggable": !0,
        "elevate-edges-on-select": !0,
        "zoom-on-double-click": !1,
        "is-valid-connection": g,
        onConnect: D,
        onConnectStart: $,
        onConnectEnd: T,
        onNodeDragStop: de,
        onNodeClick: k,
        onNodeDoubleClick: _,
        onEdgeClick: S,
        onPaneClick: P,
        onSelectionEnd: O,
        onPaneReady: ii,
        onNodesInitialized: ri
      }, {
        "zoom-pane": Ke(() => [
          (j(!0), ue(He, null, Ft(e.graph.groups || [], (L) => (j(), Re(q_, {
            key: L.id,
            group: L,
            flow: W(r),
            onSelect: A[0] || (A[0] = (B) => i("select", { nodes: B, edges: [] })),
            onMoved: A[1] || (A[1] = (B) => i("move", { positions: B })),
            onFrame: A[2] || (A[2] = (B) => i("frame", B))
          }, null, 8, ["group", "flow"]))), 128))
        ]),
        default: Ke(() => [
          Ve(W(Xp), {
            "pattern-color": "#cfd8dc",
            gap: 18
          }),
          Ve(W(bv), { "show-interactive": !1 }),
          Ve(W(o1), {
            pannable: "",
            zoomable: "",
            width: 170,
            height: 110,
            "node-color": yu
          }),
          (e.graph.nodes || []).length ? ke("", !0) : (j(), ue("div", W_, [...A[7] || (A[7] = [
            Si(" Drag blocks here from the palette, or drop a graph JSON file.", -1),
            Ee("br", null, null, -1),
            Si(" Double-click (or press /) to search for a block. ", -1)
          ])]))
        ]),
        _: 1
      }, 8, ["id", "nodes", "edges", "connection-line-style"]),
      M.from && M.tip && !M.keyboard ? (j(), ue("div", {
        key: 0,
        class: "gc-wire-tip",
        role: "status",
        style: De({ left: `${M.x + 16}px`, top: `${M.y + 14}px` })
      }, Pe(M.tip), 5)) : ke("", !0),
      M.keyboard && M.from ? (j(), ue("div", K_, " Wiring from " + Pe(M.from.node) + "." + Pe(M.from.handle) + ": focus a port (Tab) and press Enter · Esc cancels ", 1)) : ke("", !0),
      C.open ? (j(), ue("div", {
        key: 2,
        class: "gc-quick",
        role: "dialog",
        "aria-label": "Add a block",
        style: De({ left: `${C.x}px`, top: `${C.y}px` }),
        onMousedown: A[4] || (A[4] = $n(() => {
        }, ["stop"])),
        onDblclick: A[5] || (A[5] = $n(() => {
        }, ["stop"])),
        onWheel: A[6] || (A[6] = $n(() => {
        }, ["stop"]))
      }, [
        Cu(Ee("input", {
          ref_key: "quickInput",
          ref: X,
          "onUpdate:modelValue": A[3] || (A[3] = (L) => C.text = L),
          class: "gc-quick-input",
          placeholder: "Search blocks…",
          "aria-label": "Search blocks",
          "data-testid": "quick-add-input",
          onKeydown: ge
        }, null, 544), [
          [Mu, C.text]
        ]),
        C.wire ? (j(), ue("div", Z_, " blocks that fit " + Pe(C.wire.node) + "." + Pe(C.wire.handle), 1)) : ke("", !0),
        Ee("div", j_, [
          (j(!0), ue(He, null, Ft(te.value, (L, B) => (j(), ue("div", {
            key: L.type,
            class: Ue(["gc-quick-item", { "gc-active": B === C.index }]),
            role: "option",
            "aria-selected": B === C.index,
            "data-quick-block": L.type,
            onMouseenter: (Z) => C.index = B,
            onClick: (Z) => J(L)
          }, [
            Ee("span", {
              class: "gc-quick-dot",
              style: De({ background: W(Ji)(L.kind) })
            }, null, 4),
            Ee("span", J_, Pe(L.title), 1),
            Ee("span", eb, Pe(L.type), 1)
          ], 42, Q_))), 128)),
          te.value.length ? ke("", !0) : (j(), ue("div", tb, "no block matches"))
        ])
      ], 36)) : ke("", !0)
    ], 34));
  }
};
export {
  ib as GanCanvas,
  S_ as KIND_COLORS,
  Ji as kindColor,
  En as typeColor
};
