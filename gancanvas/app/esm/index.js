import { getCurrentScope as la, inject as Ot, effectScope as ua, watch as $e, provide as Mt, getCurrentInstance as cn, defineComponent as Se, useSlots as ca, onUnmounted as xu, openBlock as Q, createElementBlock as le, unref as Z, createVNode as Ve, withCtx as je, renderSlot as Te, reactive as Ni, computed as ae, onScopeDispose as co, createPropsRestProxy as $u, toRef as xe, ref as Ie, onMounted as bt, normalizeClass as Ue, nextTick as Ge, onBeforeMount as ku, shallowRef as Ct, createElementVNode as Ee, Fragment as He, renderList as Yt, normalizeStyle as De, onBeforeUnmount as er, isMemoSame as Nu, createBlock as Re, createCommentVNode as ke, toDisplayString as Pe, isRef as tr, toRefs as Su, customRef as Cu, toValue as we, resolveComponent as da, h as Ne, useAttrs as nr, mergeProps as bo, resolveDynamicComponent as Pt, createTextVNode as Si, markRaw as $n, readonly as Mu, watchEffect as Iu, normalizeProps as Tu, withModifiers as kn, withDirectives as Ou, vModelText as Du } from "vue";
function Mn(e) {
  return la() ? (co(e), !0) : !1;
}
function pt(e) {
  return typeof e == "function" ? e() : Z(e);
}
const Pu = typeof window < "u" && typeof document < "u", Au = (e) => typeof e < "u", zu = Object.prototype.toString, Ru = (e) => zu.call(e) === "[object Object]", Bu = () => {
};
function Vu(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const fa = (e) => e();
function Lu(e = fa) {
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
  return { isActive: Mu(t), pause: n, resume: o, eventFilter: i };
}
function Tr(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Hu(e, t, n = {}) {
  const {
    eventFilter: o = fa,
    ...i
  } = n;
  return $e(
    e,
    Vu(
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
  } = n, { eventFilter: r, pause: s, resume: a, isActive: u } = Lu(o);
  return { stop: Hu(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: u };
}
function Fu(e, t = {}) {
  if (!tr(e))
    return Su(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = Cu(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = pt(t.replaceRef)) != null ? r : !0)
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
  function n(d, { flush: f = "sync", deep: g = !1, timeout: m, throwOnTimeout: y } = {}) {
    let b = null;
    const E = [new Promise((v) => {
      b = $e(
        e,
        (x) => {
          d(x) !== t && (b?.(), v(x));
        },
        {
          flush: f,
          deep: g,
          immediate: !0
        }
      );
    })];
    return m != null && E.push(
      Tr(m, y).then(() => pt(e)).finally(() => b?.())
    ), Promise.race(E);
  }
  function o(d, f) {
    if (!tr(d))
      return n((x) => x === d, f);
    const { flush: g = "sync", deep: m = !1, timeout: y, throwOnTimeout: b } = f ?? {};
    let w = null;
    const v = [new Promise((x) => {
      w = $e(
        [e, d],
        ([A, H]) => {
          t !== (A === H) && (w?.(), x(A));
        },
        {
          flush: g,
          deep: m,
          immediate: !0
        }
      );
    })];
    return y != null && v.push(
      Tr(y, b).then(() => pt(e)).finally(() => (w?.(), pt(e)))
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
      const m = Array.from(g);
      return m.includes(d) || m.includes(pt(d));
    }, f);
  }
  function l(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let g = -1;
    return n(() => (g += 1, g >= d), f);
  }
  return Array.isArray(pt(e)) ? {
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
function Yu(e) {
  var t;
  const n = pt(e);
  return (t = n?.$el) != null ? t : n;
}
const ha = Pu ? window : void 0;
function ga(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = ha) : [t, n, o, i] = e, !t)
    return Bu;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, g) => (c.addEventListener(d, f, g), () => c.removeEventListener(d, f, g)), u = $e(
    () => [Yu(t), pt(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = Ru(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((g) => o.map((m) => a(c, g, m, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), l = () => {
    u(), s();
  };
  return Mn(l), l;
}
function Xu(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function Or(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = ha,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, u = Xu(t);
  return ga(i, r, (c) => {
    c.repeat && pt(a) || u(c) && n(c);
  }, s);
}
function Gu(e) {
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
  } = o, g = cn(), m = n || g?.emit || ((i = g?.$emit) == null ? void 0 : i.bind(g)) || ((s = (r = g?.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(g?.proxy));
  let y = l;
  t || (t = "modelValue"), y = y || `update:${t.toString()}`;
  const b = (v) => a ? typeof a == "function" ? a(v) : Gu(v) : v, w = () => Au(e[t]) ? b(e[t]) : d, E = (v) => {
    f ? f(v) && m(y, v) : m(y, v);
  };
  if (u) {
    const v = w(), x = Ie(v);
    let A = !1;
    return $e(
      () => e[t],
      (H) => {
        A || (A = !0, x.value = b(H), Ge(() => A = !1));
      }
    ), $e(
      x,
      (H) => {
        !A && (H !== e[t] || c) && E(H);
      },
      { deep: c }
    ), x;
  } else
    return ae({
      get() {
        return w();
      },
      set(v) {
        E(v);
      }
    });
}
var Uu = { value: () => {
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
function qu(e, t) {
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
    var n = this._, o = qu(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = Wu(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = Dr(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = Dr(n[i], e.name, null);
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
function Wu(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Dr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Uu, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Ii = "http://www.w3.org/1999/xhtml";
const Pr = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ii,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Yo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Pr.hasOwnProperty(t) ? { space: Pr[t], local: e } : e;
}
function Ku(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ii && t.documentElement.namespaceURI === Ii ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Zu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function pa(e) {
  var t = Yo(e);
  return (t.local ? Zu : Ku)(t);
}
function ju() {
}
function or(e) {
  return e == null ? ju : function() {
    return this.querySelector(e);
  };
}
function Qu(e) {
  typeof e != "function" && (e = or(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new qe(o, this._parents);
}
function Ju(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function ec() {
  return [];
}
function va(e) {
  return e == null ? ec : function() {
    return this.querySelectorAll(e);
  };
}
function tc(e) {
  return function() {
    return Ju(e.apply(this, arguments));
  };
}
function nc(e) {
  typeof e == "function" ? e = tc(e) : e = va(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new qe(o, i);
}
function ma(e) {
  return function() {
    return this.matches(e);
  };
}
function ya(e) {
  return function(t) {
    return t.matches(e);
  };
}
var oc = Array.prototype.find;
function ic(e) {
  return function() {
    return oc.call(this.children, e);
  };
}
function rc() {
  return this.firstElementChild;
}
function sc(e) {
  return this.select(e == null ? rc : ic(typeof e == "function" ? e : ya(e)));
}
var ac = Array.prototype.filter;
function lc() {
  return Array.from(this.children);
}
function uc(e) {
  return function() {
    return ac.call(this.children, e);
  };
}
function cc(e) {
  return this.selectAll(e == null ? lc : uc(typeof e == "function" ? e : ya(e)));
}
function dc(e) {
  typeof e != "function" && (e = ma(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new qe(o, this._parents);
}
function wa(e) {
  return new Array(e.length);
}
function fc() {
  return new qe(this._enter || this._groups.map(wa), this._parents);
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
function hc(e) {
  return function() {
    return e;
  };
}
function gc(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Eo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function pc(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = g = s.call(u, u.__data__, a, t) + "", l.has(g) ? i[a] = u : l.set(g, u));
  for (a = 0; a < d; ++a)
    g = s.call(e, r[a], a, r) + "", (u = l.get(g)) ? (o[a] = u, u.__data__ = r[a], l.delete(g)) : n[a] = new Eo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function vc(e) {
  return e.__data__;
}
function mc(e, t) {
  if (!arguments.length)
    return Array.from(this, vc);
  var n = t ? pc : gc, o = this._parents, i = this._groups;
  typeof e != "function" && (e = hc(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, g = yc(e.call(c, c && c.__data__, l, o)), m = g.length, y = a[l] = new Array(m), b = s[l] = new Array(m), w = u[l] = new Array(f);
    n(c, d, y, b, w, g, t);
    for (var E = 0, v = 0, x, A; E < m; ++E)
      if (x = y[E]) {
        for (E >= v && (v = E + 1); !(A = b[v]) && ++v < m; )
          ;
        x._next = A || null;
      }
  }
  return s = new qe(s, o), s._enter = a, s._exit = u, s;
}
function yc(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function wc() {
  return new qe(this._exit || this._groups.map(wa), this._parents);
}
function _c(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function bc(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), g, m = 0; m < d; ++m)
      (g = l[m] || c[m]) && (f[m] = g);
  for (; u < i; ++u)
    a[u] = n[u];
  return new qe(a, this._parents);
}
function Ec() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function xc(e) {
  e || (e = $c);
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
function $c(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function kc() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Nc() {
  return Array.from(this);
}
function Sc() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function Cc() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function Mc() {
  return !this.node();
}
function Ic(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Tc(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Oc(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Dc(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Pc(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Ac(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function zc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Rc(e, t) {
  var n = Yo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Oc : Tc : typeof t == "function" ? n.local ? zc : Ac : n.local ? Pc : Dc)(n, t));
}
function _a(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Bc(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Vc(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Lc(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Hc(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Bc : typeof t == "function" ? Lc : Vc)(e, t, n ?? "")) : tn(this.node(), e);
}
function tn(e, t) {
  return e.style.getPropertyValue(t) || _a(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Fc(e) {
  return function() {
    delete this[e];
  };
}
function Yc(e, t) {
  return function() {
    this[e] = t;
  };
}
function Xc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Gc(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Fc : typeof t == "function" ? Xc : Yc)(e, t)) : this.node()[e];
}
function ba(e) {
  return e.trim().split(/^|\s+/);
}
function ir(e) {
  return e.classList || new Ea(e);
}
function Ea(e) {
  this._node = e, this._names = ba(e.getAttribute("class") || "");
}
Ea.prototype = {
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
function xa(e, t) {
  for (var n = ir(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function $a(e, t) {
  for (var n = ir(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function Uc(e) {
  return function() {
    xa(this, e);
  };
}
function qc(e) {
  return function() {
    $a(this, e);
  };
}
function Wc(e, t) {
  return function() {
    (t.apply(this, arguments) ? xa : $a)(this, e);
  };
}
function Kc(e, t) {
  var n = ba(e + "");
  if (arguments.length < 2) {
    for (var o = ir(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Wc : t ? Uc : qc)(n, t));
}
function Zc() {
  this.textContent = "";
}
function jc(e) {
  return function() {
    this.textContent = e;
  };
}
function Qc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Jc(e) {
  return arguments.length ? this.each(e == null ? Zc : (typeof e == "function" ? Qc : jc)(e)) : this.node().textContent;
}
function ed() {
  this.innerHTML = "";
}
function td(e) {
  return function() {
    this.innerHTML = e;
  };
}
function nd(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function od(e) {
  return arguments.length ? this.each(e == null ? ed : (typeof e == "function" ? nd : td)(e)) : this.node().innerHTML;
}
function id() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function rd() {
  return this.each(id);
}
function sd() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function ad() {
  return this.each(sd);
}
function ld(e) {
  var t = typeof e == "function" ? e : pa(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function ud() {
  return null;
}
function cd(e, t) {
  var n = typeof e == "function" ? e : pa(e), o = t == null ? ud : typeof t == "function" ? t : or(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function dd() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function fd() {
  return this.each(dd);
}
function hd() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function gd() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function pd(e) {
  return this.select(e ? gd : hd);
}
function vd(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function md(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function yd(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function wd(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function _d(e, t, n) {
  return function() {
    var o = this.__on, i, r = md(t);
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
function bd(e, t, n) {
  var o = yd(e + ""), i, r = o.length, s;
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
  for (a = t ? _d : wd, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function ka(e, t, n) {
  var o = _a(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Ed(e, t) {
  return function() {
    return ka(this, e, t);
  };
}
function xd(e, t) {
  return function() {
    return ka(this, e, t.apply(this, arguments));
  };
}
function $d(e, t) {
  return this.each((typeof t == "function" ? xd : Ed)(e, t));
}
function* kd() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Na = [null];
function qe(e, t) {
  this._groups = e, this._parents = t;
}
function Yn() {
  return new qe([[document.documentElement]], Na);
}
function Nd() {
  return this;
}
qe.prototype = Yn.prototype = {
  constructor: qe,
  select: Qu,
  selectAll: nc,
  selectChild: sc,
  selectChildren: cc,
  filter: dc,
  data: mc,
  enter: fc,
  exit: wc,
  join: _c,
  merge: bc,
  selection: Nd,
  order: Ec,
  sort: xc,
  call: kc,
  nodes: Nc,
  node: Sc,
  size: Cc,
  empty: Mc,
  each: Ic,
  attr: Rc,
  style: Hc,
  property: Gc,
  classed: Kc,
  text: Jc,
  html: od,
  raise: rd,
  lower: ad,
  append: ld,
  insert: cd,
  remove: fd,
  clone: pd,
  datum: vd,
  on: bd,
  dispatch: $d,
  [Symbol.iterator]: kd
};
function Qe(e) {
  return typeof e == "string" ? new qe([[document.querySelector(e)]], [document.documentElement]) : new qe([[e]], Na);
}
function Sd(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function rt(e, t) {
  if (e = Sd(e), t === void 0 && (t = e.currentTarget), t) {
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
const Cd = { passive: !1 }, In = { capture: !0, passive: !1 };
function ai(e) {
  e.stopImmediatePropagation();
}
function jt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Sa(e) {
  var t = e.document.documentElement, n = Qe(e).on("dragstart.drag", jt, In);
  "onselectstart" in t ? n.on("selectstart.drag", jt, In) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Ca(e, t) {
  var n = e.document.documentElement, o = Qe(e).on("dragstart.drag", null);
  t && (o.on("click.drag", jt, In), setTimeout(function() {
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
function Md(e) {
  return !e.ctrlKey && !e.button;
}
function Id() {
  return this.parentNode;
}
function Td(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Od() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Dd() {
  var e = Md, t = Id, n = Td, o = Od, i = {}, r = Fo("start", "drag", "end"), s = 0, a, u, l, c, d = 0;
  function f(x) {
    x.on("mousedown.drag", g).filter(o).on("touchstart.drag", b).on("touchmove.drag", w, Cd).on("touchend.drag touchcancel.drag", E).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(x, A) {
    if (!(c || !e.call(this, x, A))) {
      var H = v(this, t.call(this, x, A), x, A, "mouse");
      H && (Qe(x.view).on("mousemove.drag", m, In).on("mouseup.drag", y, In), Sa(x.view), ai(x), l = !1, a = x.clientX, u = x.clientY, H("start", x));
    }
  }
  function m(x) {
    if (jt(x), !l) {
      var A = x.clientX - a, H = x.clientY - u;
      l = A * A + H * H > d;
    }
    i.mouse("drag", x);
  }
  function y(x) {
    Qe(x.view).on("mousemove.drag mouseup.drag", null), Ca(x.view, l), jt(x), i.mouse("end", x);
  }
  function b(x, A) {
    if (e.call(this, x, A)) {
      var H = x.changedTouches, Y = t.call(this, x, A), B = H.length, R, X;
      for (R = 0; R < B; ++R)
        (X = v(this, Y, x, A, H[R].identifier, H[R])) && (ai(x), X("start", x, H[R]));
    }
  }
  function w(x) {
    var A = x.changedTouches, H = A.length, Y, B;
    for (Y = 0; Y < H; ++Y)
      (B = i[A[Y].identifier]) && (jt(x), B("drag", x, A[Y]));
  }
  function E(x) {
    var A = x.changedTouches, H = A.length, Y, B;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), Y = 0; Y < H; ++Y)
      (B = i[A[Y].identifier]) && (ai(x), B("end", x, A[Y]));
  }
  function v(x, A, H, Y, B, R) {
    var X = r.copy(), L = rt(R || H, A), N, U, h;
    if ((h = n.call(x, new Ti("beforestart", {
      sourceEvent: H,
      target: f,
      identifier: B,
      active: s,
      x: L[0],
      y: L[1],
      dx: 0,
      dy: 0,
      dispatch: X
    }), Y)) != null)
      return N = h.x - L[0] || 0, U = h.y - L[1] || 0, function $(p, T, M) {
        var z = L, O;
        switch (p) {
          case "start":
            i[B] = $, O = s++;
            break;
          case "end":
            delete i[B], --s;
          case "drag":
            L = rt(M || T, A), O = s;
            break;
        }
        X.call(
          p,
          x,
          new Ti(p, {
            sourceEvent: T,
            subject: h,
            target: f,
            identifier: B,
            active: O,
            x: L[0] + N,
            y: L[1] + U,
            dx: L[0] - z[0],
            dy: L[1] - z[1],
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
function Ma(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Xn() {
}
var Tn = 0.7, xo = 1 / Tn, Qt = "\\s*([+-]?\\d+)\\s*", On = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ut = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Pd = /^#([0-9a-f]{3,8})$/, Ad = new RegExp(`^rgb\\(${Qt},${Qt},${Qt}\\)$`), zd = new RegExp(`^rgb\\(${ut},${ut},${ut}\\)$`), Rd = new RegExp(`^rgba\\(${Qt},${Qt},${Qt},${On}\\)$`), Bd = new RegExp(`^rgba\\(${ut},${ut},${ut},${On}\\)$`), Vd = new RegExp(`^hsl\\(${On},${ut},${ut}\\)$`), Ld = new RegExp(`^hsla\\(${On},${ut},${ut},${On}\\)$`), Ar = {
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
  hex: zr,
  // Deprecated! Use color.formatHex.
  formatHex: zr,
  formatHex8: Hd,
  formatHsl: Fd,
  formatRgb: Rr,
  toString: Rr
});
function zr() {
  return this.rgb().formatHex();
}
function Hd() {
  return this.rgb().formatHex8();
}
function Fd() {
  return Ia(this).formatHsl();
}
function Rr() {
  return this.rgb().formatRgb();
}
function Xt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Pd.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Br(t) : n === 3 ? new Fe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Zn(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Zn(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Ad.exec(e)) ? new Fe(t[1], t[2], t[3], 1) : (t = zd.exec(e)) ? new Fe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Rd.exec(e)) ? Zn(t[1], t[2], t[3], t[4]) : (t = Bd.exec(e)) ? Zn(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Vd.exec(e)) ? Hr(t[1], t[2] / 100, t[3] / 100, 1) : (t = Ld.exec(e)) ? Hr(t[1], t[2] / 100, t[3] / 100, t[4]) : Ar.hasOwnProperty(e) ? Br(Ar[e]) : e === "transparent" ? new Fe(NaN, NaN, NaN, 0) : null;
}
function Br(e) {
  return new Fe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Zn(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Fe(e, t, n, o);
}
function Yd(e) {
  return e instanceof Xn || (e = Xt(e)), e ? (e = e.rgb(), new Fe(e.r, e.g, e.b, e.opacity)) : new Fe();
}
function Oi(e, t, n, o) {
  return arguments.length === 1 ? Yd(e) : new Fe(e, t, n, o ?? 1);
}
function Fe(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
rr(Fe, Oi, Ma(Xn, {
  brighter(e) {
    return e = e == null ? xo : Math.pow(xo, e), new Fe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Tn : Math.pow(Tn, e), new Fe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Fe(Lt(this.r), Lt(this.g), Lt(this.b), $o(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Vr,
  // Deprecated! Use color.formatHex.
  formatHex: Vr,
  formatHex8: Xd,
  formatRgb: Lr,
  toString: Lr
}));
function Vr() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}`;
}
function Xd() {
  return `#${Bt(this.r)}${Bt(this.g)}${Bt(this.b)}${Bt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Lr() {
  const e = $o(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Lt(this.r)}, ${Lt(this.g)}, ${Lt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function $o(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Lt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Bt(e) {
  return e = Lt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Hr(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Je(e, t, n, o);
}
function Ia(e) {
  if (e instanceof Je)
    return new Je(e.h, e.s, e.l, e.opacity);
  if (e instanceof Xn || (e = Xt(e)), !e)
    return new Je();
  if (e instanceof Je)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new Je(s, a, u, e.opacity);
}
function Gd(e, t, n, o) {
  return arguments.length === 1 ? Ia(e) : new Je(e, t, n, o ?? 1);
}
function Je(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
rr(Je, Gd, Ma(Xn, {
  brighter(e) {
    return e = e == null ? xo : Math.pow(xo, e), new Je(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Tn : Math.pow(Tn, e), new Je(this.h, this.s, this.l * e, this.opacity);
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
    return new Je(Fr(this.h), jn(this.s), jn(this.l), $o(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = $o(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Fr(this.h)}, ${jn(this.s) * 100}%, ${jn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Fr(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function jn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function li(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const sr = (e) => () => e;
function Ud(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function qd(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function Wd(e) {
  return (e = +e) == 1 ? Ta : function(t, n) {
    return n - t ? qd(t, n, e) : sr(isNaN(t) ? n : t);
  };
}
function Ta(e, t) {
  var n = t - e;
  return n ? Ud(e, n) : sr(isNaN(e) ? t : e);
}
const ko = (function e(t) {
  var n = Wd(t);
  function o(i, r) {
    var s = n((i = Oi(i)).r, (r = Oi(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Ta(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Kd(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Zd(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function jd(e, t) {
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
function Qd(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function st(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Jd(e, t) {
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
function ef(e) {
  return function() {
    return e;
  };
}
function tf(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Oa(e, t) {
  var n = Di.lastIndex = ui.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Di.exec(e)) && (i = ui.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: st(o, i) })), n = ui.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? tf(u[0].x) : ef(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c)
      a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
function Nn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? sr(t) : (n === "number" ? st : n === "string" ? (o = Xt(t)) ? (t = o, ko) : Oa : t instanceof Xt ? ko : t instanceof Date ? Qd : Zd(t) ? Kd : Array.isArray(t) ? jd : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Jd : st)(e, t);
}
var Yr = 180 / Math.PI, Pi = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Da(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Yr,
    skewX: Math.atan(u) * Yr,
    scaleX: s,
    scaleY: a
  };
}
var Qn;
function nf(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Pi : Da(t.a, t.b, t.c, t.d, t.e, t.f);
}
function of(e) {
  return e == null || (Qn || (Qn = document.createElementNS("http://www.w3.org/2000/svg", "g")), Qn.setAttribute("transform", e), !(e = Qn.transform.baseVal.consolidate())) ? Pi : (e = e.matrix, Da(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Pa(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, g, m) {
    if (l !== d || c !== f) {
      var y = g.push("translate(", null, t, null, n);
      m.push({ i: y - 4, x: st(l, d) }, { i: y - 2, x: st(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: st(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: st(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, g, m) {
    if (l !== d || c !== f) {
      var y = g.push(i(g) + "scale(", null, ",", null, ")");
      m.push({ i: y - 4, x: st(l, d) }, { i: y - 2, x: st(c, f) });
    } else (d !== 1 || f !== 1) && g.push(i(g) + "scale(" + d + "," + f + ")");
  }
  return function(l, c) {
    var d = [], f = [];
    return l = e(l), c = e(c), r(l.translateX, l.translateY, c.translateX, c.translateY, d, f), s(l.rotate, c.rotate, d, f), a(l.skewX, c.skewX, d, f), u(l.scaleX, l.scaleY, c.scaleX, c.scaleY, d, f), l = c = null, function(g) {
      for (var m = -1, y = f.length, b; ++m < y; )
        d[(b = f[m]).i] = b.x(g);
      return d.join("");
    };
  };
}
var rf = Pa(nf, "px, ", "px)", "deg)"), sf = Pa(of, ", ", ")", ")"), af = 1e-12;
function Xr(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function lf(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function uf(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const ho = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], g = c - a, m = d - u, y = g * g + m * m, b, w;
    if (y < af)
      w = Math.log(f / l) / t, b = function(Y) {
        return [
          a + Y * g,
          u + Y * m,
          l * Math.exp(t * Y * w)
        ];
      };
    else {
      var E = Math.sqrt(y), v = (f * f - l * l + o * y) / (2 * l * n * E), x = (f * f - l * l - o * y) / (2 * f * n * E), A = Math.log(Math.sqrt(v * v + 1) - v), H = Math.log(Math.sqrt(x * x + 1) - x);
      w = (H - A) / t, b = function(Y) {
        var B = Y * w, R = Xr(A), X = l / (n * E) * (R * uf(t * B + A) - lf(A));
        return [
          a + X * g,
          u + X * m,
          l * R / Xr(t * B + A)
        ];
      };
    }
    return b.duration = w * 1e3 * t / Math.SQRT2, b;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, u = a * a;
    return e(s, a, u);
  }, i;
})(Math.SQRT2, 2, 4);
var nn = 0, mn = 0, hn = 0, Aa = 1e3, No, yn, So = 0, Gt = 0, Xo = 0, Dn = typeof performance == "object" && performance.now ? performance : Date, za = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ar() {
  return Gt || (za(cf), Gt = Dn.now() + Xo);
}
function cf() {
  Gt = 0;
}
function Co() {
  this._call = this._time = this._next = null;
}
Co.prototype = Ra.prototype = {
  constructor: Co,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? ar() : +n) + (t == null ? 0 : +t), !this._next && yn !== this && (yn ? yn._next = this : No = this, yn = this), this._call = e, this._time = n, Ai();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ai());
  }
};
function Ra(e, t, n) {
  var o = new Co();
  return o.restart(e, t, n), o;
}
function df() {
  ar(), ++nn;
  for (var e = No, t; e; )
    (t = Gt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --nn;
}
function Gr() {
  Gt = (So = Dn.now()) + Xo, nn = mn = 0;
  try {
    df();
  } finally {
    nn = 0, hf(), Gt = 0;
  }
}
function ff() {
  var e = Dn.now(), t = e - So;
  t > Aa && (Xo -= t, So = e);
}
function hf() {
  for (var e, t = No, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : No = n);
  yn = e, Ai(o);
}
function Ai(e) {
  if (!nn) {
    mn && (mn = clearTimeout(mn));
    var t = e - Gt;
    t > 24 ? (e < 1 / 0 && (mn = setTimeout(Gr, e - Dn.now() - Xo)), hn && (hn = clearInterval(hn))) : (hn || (So = Dn.now(), hn = setInterval(ff, Aa)), nn = 1, za(Gr));
  }
}
function Ur(e, t, n) {
  var o = new Co();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var gf = Fo("start", "end", "cancel", "interrupt"), pf = [], Ba = 0, qr = 1, zi = 2, go = 3, Wr = 4, Ri = 5, po = 6;
function Go(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  vf(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: gf,
    tween: pf,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Ba
  });
}
function lr(e, t) {
  var n = tt(e, t);
  if (n.state > Ba)
    throw new Error("too late; already scheduled");
  return n;
}
function dt(e, t) {
  var n = tt(e, t);
  if (n.state > go)
    throw new Error("too late; already running");
  return n;
}
function tt(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function vf(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Ra(r, 0, n.time);
  function r(l) {
    n.state = qr, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, g;
    if (n.state !== qr)
      return u();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === go)
          return Ur(s);
        g.state === Wr ? (g.state = po, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = po, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (Ur(function() {
      n.state === go && (n.state = Wr, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = zi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === zi) {
      for (n.state = go, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = g);
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
function mf(e) {
  return this.each(function() {
    vo(this, e);
  });
}
function yf(e, t) {
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
function wf(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
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
function _f(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = tt(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? yf : wf)(n, e, t));
}
function ur(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = dt(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return tt(i, o).value[t];
  };
}
function Va(e, t) {
  var n;
  return (typeof t == "number" ? st : t instanceof Xt ? ko : (n = Xt(t)) ? (t = n, ko) : Oa)(e, t);
}
function bf(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ef(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function xf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function $f(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function kf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Nf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Sf(e, t) {
  var n = Yo(e), o = n === "transform" ? sf : Va;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Nf : kf)(n, o, ur(this, "attr." + e, t)) : t == null ? (n.local ? Ef : bf)(n) : (n.local ? $f : xf)(n, o, t));
}
function Cf(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Mf(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function If(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Mf(e, r)), n;
  }
  return i._value = t, i;
}
function Tf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Cf(e, r)), n;
  }
  return i._value = t, i;
}
function Of(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = Yo(e);
  return this.tween(n, (o.local ? If : Tf)(o, t));
}
function Df(e, t) {
  return function() {
    lr(this, e).delay = +t.apply(this, arguments);
  };
}
function Pf(e, t) {
  return t = +t, function() {
    lr(this, e).delay = t;
  };
}
function Af(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Df : Pf)(t, e)) : tt(this.node(), t).delay;
}
function zf(e, t) {
  return function() {
    dt(this, e).duration = +t.apply(this, arguments);
  };
}
function Rf(e, t) {
  return t = +t, function() {
    dt(this, e).duration = t;
  };
}
function Bf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? zf : Rf)(t, e)) : tt(this.node(), t).duration;
}
function Vf(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    dt(this, e).ease = t;
  };
}
function Lf(e) {
  var t = this._id;
  return arguments.length ? this.each(Vf(t, e)) : tt(this.node(), t).ease;
}
function Hf(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    dt(this, e).ease = n;
  };
}
function Ff(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Hf(this._id, e));
}
function Yf(e) {
  typeof e != "function" && (e = ma(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new wt(o, this._parents, this._name, this._id);
}
function Xf(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = u[g] || l[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new wt(s, this._parents, this._name, this._id);
}
function Gf(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Uf(e, t, n) {
  var o, i, r = Gf(t) ? lr : dt;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function qf(e, t) {
  var n = this._id;
  return arguments.length < 2 ? tt(this.node(), n).on.on(e) : this.each(Uf(n, e, t));
}
function Wf(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Kf() {
  return this.on("end.remove", Wf(this._id));
}
function Zf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = or(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Go(l[f], t, n, f, l, tt(c, n)));
  return new wt(r, this._parents, t, n);
}
function jf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = va(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), g, m = tt(c, n), y = 0, b = f.length; y < b; ++y)
          (g = f[y]) && Go(g, t, n, y, f, m);
        r.push(f), s.push(c);
      }
  return new wt(r, s, t, n);
}
var Qf = Yn.prototype.constructor;
function Jf() {
  return new Qf(this._groups, this._parents);
}
function eh(e, t) {
  var n, o, i;
  return function() {
    var r = tn(this, e), s = (this.style.removeProperty(e), tn(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function La(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function th(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = tn(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function nh(e, t, n) {
  var o, i, r;
  return function() {
    var s = tn(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), tn(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function oh(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = dt(this, e), l = u.on, c = u.value[r] == null ? a || (a = La(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function ih(e, t, n) {
  var o = (e += "") == "transform" ? rf : Va;
  return t == null ? this.styleTween(e, eh(e, o)).on("end.style." + e, La(e)) : typeof t == "function" ? this.styleTween(e, nh(e, o, ur(this, "style." + e, t))).each(oh(this._id, e)) : this.styleTween(e, th(e, o, t), n).on("end.style." + e, null);
}
function rh(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function sh(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && rh(e, s, n)), o;
  }
  return r._value = t, r;
}
function ah(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, sh(e, t, n ?? ""));
}
function lh(e) {
  return function() {
    this.textContent = e;
  };
}
function uh(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function ch(e) {
  return this.tween("text", typeof e == "function" ? uh(ur(this, "text", e)) : lh(e == null ? "" : e + ""));
}
function dh(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function fh(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && dh(i)), t;
  }
  return o._value = e, o;
}
function hh(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, fh(e));
}
function gh() {
  for (var e = this._name, t = this._id, n = Ha(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = tt(u, t);
        Go(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new wt(o, this._parents, e, n);
}
function ph() {
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
var vh = 0;
function wt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Ha() {
  return ++vh;
}
var ht = Yn.prototype;
wt.prototype = {
  constructor: wt,
  select: Zf,
  selectAll: jf,
  selectChild: ht.selectChild,
  selectChildren: ht.selectChildren,
  filter: Yf,
  merge: Xf,
  selection: Jf,
  transition: gh,
  call: ht.call,
  nodes: ht.nodes,
  node: ht.node,
  size: ht.size,
  empty: ht.empty,
  each: ht.each,
  on: qf,
  attr: Sf,
  attrTween: Of,
  style: ih,
  styleTween: ah,
  text: ch,
  textTween: hh,
  remove: Kf,
  tween: _f,
  delay: Af,
  duration: Bf,
  ease: Lf,
  easeVarying: Ff,
  end: ph,
  [Symbol.iterator]: ht[Symbol.iterator]
};
function mh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var yh = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: mh
};
function wh(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function _h(e) {
  var t, n;
  e instanceof wt ? (t = e._id, e = e._name) : (t = Ha(), (n = yh).time = ar(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Go(u, e, t, l, s, n || wh(u, t));
  return new wt(o, this._parents, e, t);
}
Yn.prototype.interrupt = mf;
Yn.prototype.transition = _h;
const Jn = (e) => () => e;
function bh(e, {
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
function vt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
vt.prototype = {
  constructor: vt,
  scale: function(e) {
    return e === 1 ? this : new vt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new vt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var on = new vt(1, 0, 0);
vt.prototype;
function ci(e) {
  e.stopImmediatePropagation();
}
function gn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Eh(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function xh() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Kr() {
  return this.__zoom || on;
}
function $h(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function kh() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Nh(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Sh() {
  var e = Eh, t = xh, n = Nh, o = $h, i = kh, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = ho, l = Fo("start", "zoom", "end"), c, d, f, g = 500, m = 150, y = 0, b = 10;
  function w(h) {
    h.property("__zoom", Kr).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", R).on("dblclick.zoom", X).filter(i).on("touchstart.zoom", L).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", U).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  w.transform = function(h, $, p, T) {
    var M = h.selection ? h.selection() : h;
    M.property("__zoom", Kr), h !== M ? A(h, $, p, T) : M.interrupt().each(function() {
      H(this, arguments).event(T).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, w.scaleBy = function(h, $, p, T) {
    w.scaleTo(h, function() {
      var M = this.__zoom.k, z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * z;
    }, p, T);
  }, w.scaleTo = function(h, $, p, T) {
    w.transform(h, function() {
      var M = t.apply(this, arguments), z = this.__zoom, O = p == null ? x(M) : typeof p == "function" ? p.apply(this, arguments) : p, G = z.invert(O), J = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(E(z, J), O, G), M, s);
    }, p, T);
  }, w.translateBy = function(h, $, p, T) {
    w.transform(h, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, T);
  }, w.translateTo = function(h, $, p, T, M) {
    w.transform(h, function() {
      var z = t.apply(this, arguments), O = this.__zoom, G = T == null ? x(z) : typeof T == "function" ? T.apply(this, arguments) : T;
      return n(on.translate(G[0], G[1]).scale(O.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), z, s);
    }, T, M);
  };
  function E(h, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === h.k ? h : new vt($, h.x, h.y);
  }
  function v(h, $, p) {
    var T = $[0] - p[0] * h.k, M = $[1] - p[1] * h.k;
    return T === h.x && M === h.y ? h : new vt(h.k, T, M);
  }
  function x(h) {
    return [(+h[0][0] + +h[1][0]) / 2, (+h[0][1] + +h[1][1]) / 2];
  }
  function A(h, $, p, T) {
    h.on("start.zoom", function() {
      H(this, arguments).event(T).start();
    }).on("interrupt.zoom end.zoom", function() {
      H(this, arguments).event(T).end();
    }).tween("zoom", function() {
      var M = this, z = arguments, O = H(M, z).event(T), G = t.apply(M, z), J = p == null ? x(G) : typeof p == "function" ? p.apply(M, z) : p, ie = Math.max(G[1][0] - G[0][0], G[1][1] - G[0][1]), q = M.__zoom, K = typeof $ == "function" ? $.apply(M, z) : $, j = u(q.invert(J).concat(ie / q.k), K.invert(J).concat(ie / K.k));
      return function(ee) {
        if (ee === 1)
          ee = K;
        else {
          var he = j(ee), ye = ie / he[2];
          ee = new vt(ye, J[0] - he[0] * ye, J[1] - he[1] * ye);
        }
        O.zoom(null, ee);
      };
    });
  }
  function H(h, $, p) {
    return !p && h.__zooming || new Y(h, $);
  }
  function Y(h, $) {
    this.that = h, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(h, $), this.taps = 0;
  }
  Y.prototype = {
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
      var $ = Qe(this.that).datum();
      l.call(
        h,
        this.that,
        new bh(h, {
          sourceEvent: this.sourceEvent,
          target: w,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function B(h, ...$) {
    if (!e.apply(this, arguments))
      return;
    var p = H(this, $).event(h), T = this.__zoom, M = Math.max(r[0], Math.min(r[1], T.k * Math.pow(2, o.apply(this, arguments)))), z = rt(h);
    if (p.wheel)
      (p.mouse[0][0] !== z[0] || p.mouse[0][1] !== z[1]) && (p.mouse[1] = T.invert(p.mouse[0] = z)), clearTimeout(p.wheel);
    else {
      if (T.k === M)
        return;
      p.mouse = [z, T.invert(z)], vo(this), p.start();
    }
    gn(h), p.wheel = setTimeout(O, m), p.zoom("mouse", n(v(E(T, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function O() {
      p.wheel = null, p.end();
    }
  }
  function R(h, ...$) {
    if (f || !e.apply(this, arguments))
      return;
    var p = h.currentTarget, T = H(this, $, !0).event(h), M = Qe(h.view).on("mousemove.zoom", J, !0).on("mouseup.zoom", ie, !0), z = rt(h, p), O = h.clientX, G = h.clientY;
    Sa(h.view), ci(h), T.mouse = [z, this.__zoom.invert(z)], vo(this), T.start();
    function J(q) {
      if (gn(q), !T.moved) {
        var K = q.clientX - O, j = q.clientY - G;
        T.moved = K * K + j * j > y;
      }
      T.event(q).zoom("mouse", n(v(T.that.__zoom, T.mouse[0] = rt(q, p), T.mouse[1]), T.extent, s));
    }
    function ie(q) {
      M.on("mousemove.zoom mouseup.zoom", null), Ca(q.view, T.moved), gn(q), T.event(q).end();
    }
  }
  function X(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, T = rt(h.changedTouches ? h.changedTouches[0] : h, this), M = p.invert(T), z = p.k * (h.shiftKey ? 0.5 : 2), O = n(v(E(p, z), T, M), t.apply(this, $), s);
      gn(h), a > 0 ? Qe(this).transition().duration(a).call(A, O, T, h) : Qe(this).call(w.transform, O, T, h);
    }
  }
  function L(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = h.touches, T = p.length, M = H(this, $, h.changedTouches.length === T).event(h), z, O, G, J;
      for (ci(h), O = 0; O < T; ++O)
        G = p[O], J = rt(G, this), J = [J, this.__zoom.invert(J), G.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== J[2] && (M.touch1 = J, M.taps = 0) : (M.touch0 = J, z = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (M.taps < 2 && (d = J[0], c = setTimeout(function() {
        c = null;
      }, g)), vo(this), M.start());
    }
  }
  function N(h, ...$) {
    if (this.__zooming) {
      var p = H(this, $).event(h), T = h.changedTouches, M = T.length, z, O, G, J;
      for (gn(h), z = 0; z < M; ++z)
        O = T[z], G = rt(O, this), p.touch0 && p.touch0[2] === O.identifier ? p.touch0[0] = G : p.touch1 && p.touch1[2] === O.identifier && (p.touch1[0] = G);
      if (O = p.that.__zoom, p.touch1) {
        var ie = p.touch0[0], q = p.touch0[1], K = p.touch1[0], j = p.touch1[1], ee = (ee = K[0] - ie[0]) * ee + (ee = K[1] - ie[1]) * ee, he = (he = j[0] - q[0]) * he + (he = j[1] - q[1]) * he;
        O = E(O, Math.sqrt(ee / he)), G = [(ie[0] + K[0]) / 2, (ie[1] + K[1]) / 2], J = [(q[0] + j[0]) / 2, (q[1] + j[1]) / 2];
      } else if (p.touch0)
        G = p.touch0[0], J = p.touch0[1];
      else
        return;
      p.zoom("touch", n(v(O, G, J), p.extent, s));
    }
  }
  function U(h, ...$) {
    if (this.__zooming) {
      var p = H(this, $).event(h), T = h.changedTouches, M = T.length, z, O;
      for (ci(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), z = 0; z < M; ++z)
        O = T[z], p.touch0 && p.touch0[2] === O.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === O.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0)
        p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (O = rt(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < b)) {
        var G = Qe(this).on("dblclick.zoom");
        G && G.apply(this, arguments);
      }
    }
  }
  return w.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : Jn(+h), w) : o;
  }, w.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : Jn(!!h), w) : e;
  }, w.touchable = function(h) {
    return arguments.length ? (i = typeof h == "function" ? h : Jn(!!h), w) : i;
  }, w.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : Jn([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), w) : t;
  }, w.scaleExtent = function(h) {
    return arguments.length ? (r[0] = +h[0], r[1] = +h[1], w) : [r[0], r[1]];
  }, w.translateExtent = function(h) {
    return arguments.length ? (s[0][0] = +h[0][0], s[1][0] = +h[1][0], s[0][1] = +h[0][1], s[1][1] = +h[1][1], w) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, w.constrain = function(h) {
    return arguments.length ? (n = h, w) : n;
  }, w.duration = function(h) {
    return arguments.length ? (a = +h, w) : a;
  }, w.interpolate = function(h) {
    return arguments.length ? (u = h, w) : u;
  }, w.on = function() {
    var h = l.on.apply(l, arguments);
    return h === l ? w : h;
  }, w.clickDistance = function(h) {
    return arguments.length ? (y = (h = +h) * h, w) : Math.sqrt(y);
  }, w.tapDistance = function(h) {
    return arguments.length ? (b = +h, w) : b;
  }, w;
}
var se = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(se || {}), cr = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(cr || {}), At = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(At || {}), It = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(It || {}), Mo = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))(Mo || {}), Sn = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(Sn || {}), Fa = /* @__PURE__ */ ((e) => (e.TopLeft = "top-left", e.TopCenter = "top-center", e.TopRight = "top-right", e.BottomLeft = "bottom-left", e.BottomCenter = "bottom-center", e.BottomRight = "bottom-right", e))(Fa || {});
const Ch = ["INPUT", "SELECT", "TEXTAREA"], Mh = typeof document < "u" ? document : null;
function Bi(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return Ch.includes(o?.nodeName) || i || !!r;
}
function Ih(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Zr(e, t, n, o) {
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
function Th(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = Oh(n.code, e);
    return Array.isArray(e) ? e.some((i) => Zr(n[o], i, t, n.type === "keyup")) : Zr(n[o], e, t, n.type === "keyup");
  };
}
function Oh(e, t) {
  return t.includes(e) ? "code" : "key";
}
function Cn(e, t) {
  const n = ae(() => we(t?.target) ?? Mh), o = Ct(we(e) === !0);
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
  ), ga(["blur", "contextmenu"], a), Or(
    (...l) => s(...l),
    (l) => {
      var c, d;
      const f = we(t?.actInsideInputWithModifier) ?? !0, g = we(t?.preventDefault) ?? !1;
      if (i = Ih(l), (!i || i && !f) && Bi(l))
        return;
      const y = ((d = (c = l.composedPath) == null ? void 0 : c.call(l)) == null ? void 0 : d[0]) || l.target, b = y?.nodeName === "BUTTON" || y?.nodeName === "A";
      !g && (i || !b) && l.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), Or(
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
    return l === null ? (a(), () => !1) : typeof l == "boolean" ? (a(), o.value = l, () => !1) : Array.isArray(l) || typeof l == "string" ? Th(l, r) : l;
  }
  return o;
}
const Ya = "vue-flow__node-desc", Xa = "vue-flow__edge-desc", Dh = "vue-flow__aria-live", Ga = ["Enter", " ", "Escape"], Jt = {
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
function Ut(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Ua(e, t) {
  return {
    x: Ut(e.x, t[0][0], t[1][0]),
    y: Ut(e.y, t[0][1], t[1][1])
  };
}
function jr(e) {
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
function eo(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Ph(e) {
  return eo(e.width) && eo(e.height) && eo(e.x) && eo(e.y);
}
function Ah(e, t, n) {
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
function qa(e, t, n) {
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
function Wa(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function zh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return Wa(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.source === o).map((r) => n.find((s) => Ht(s) && s.id === r.target));
}
function Rh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return Wa(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => Tt(r) && r.target === o).map((r) => n.find((s) => Ht(s) && s.id === r.source));
}
function Ka({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function Bh(e, t) {
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
  return r ? qo(a, s) : a;
}
function Za(e, t) {
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
function ja({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Vh(e, t) {
  return ja(Za(Oo(e), Oo(t)));
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
    t = Za(
      t,
      Oo({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return ja(t);
}
function Qa(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...An(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: u, selectable: l = !0, hidden: c = !1 } = a, d = u.width ?? a.width ?? null, f = u.height ?? a.height ?? null;
    if (i && !l || c)
      continue;
    const g = To(r, Io(a)), m = d === null || f === null, y = o && g > 0, b = (d ?? 0) * (f ?? 0);
    (m || y || g >= b || a.dragging) && s.push(a);
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
function Lh(e, t, n) {
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
function Hh(e, t, n, o, i, r) {
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
function Qr(e, t, n, o, i, r = 0.1) {
  const s = Lh(r, t, n), a = (t - s.x) / e.width, u = (n - s.y) / e.height, l = Math.min(a, u), c = Ut(l, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - d * c, m = n / 2 - f * c, y = Hh(e, g, m, c, t, n), b = {
    left: Math.min(y.left - s.left, 0),
    top: Math.min(y.top - s.top, 0),
    right: Math.min(y.right - s.right, 0),
    bottom: Math.min(y.bottom - s.bottom, 0)
  };
  return {
    x: g - b.left + b.right,
    y: m - b.top + b.bottom,
    zoom: c
  };
}
function Fh(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function Ja(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : Ja(n, t) : !1;
}
function zn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Vi(e) {
  const t = e.ctrlKey && Rn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Jr(e, t, n) {
  return e < t ? Ut(Math.abs(e - t), 1, t) / t : e > n ? -Ut(Math.abs(e - n), 1, t) / t : 0;
}
function el(e, t, n = 15, o = 40) {
  const i = Jr(e.x, o, t.width - o) * n, r = Jr(e.y, o, t.height - o) * n;
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
function es(e, t) {
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
              u && wn(u) && (!!u.dimensions.width && !!u.dimensions.height ? di(s, u) : Ge(() => {
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
function ts(e) {
  return {
    item: e,
    type: "add"
  };
}
function ns(e) {
  return {
    id: e,
    type: "remove"
  };
}
function os(e, t, n, o, i) {
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
const is = () => {
};
function ne(e) {
  const t = /* @__PURE__ */ new Set();
  let n = is, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, s = () => {
    n = is;
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
      return Mn(g), { off: g };
    },
    off: l,
    trigger: (f) => {
      const g = [n];
      return i() ? g.push(...t) : e && g.push(e), Promise.allSettled(g.map((m) => m(f)));
    },
    hasListeners: i,
    listeners: t,
    setEmitter: r,
    removeEmitter: s,
    setHasEmitListeners: a,
    removeHasEmitListeners: u
  };
}
function rs(e, t, n) {
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
function Yh(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [a, u] of e)
    (u.selected || u.id === o) && (!u.parentNode || !Ja(u, e)) && (u.draggable || t && typeof u.draggable > "u") && e.get(a) && s.set(a, {
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
function tl(e) {
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
function Xh(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? tl(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Gh(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && i?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Xh(i, e, o);
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
    const [r, s, a, u] = tl(i.padding), l = o?.computedPosition.x || 0, c = o?.computedPosition.y || 0;
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
function Uh({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function fr(e, t, n, o, i) {
  const r = Uh(e.dimensions, Gh(e, n, o, i)), s = Ua(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function rn(e, t, n = se.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Zh(e);
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
function ss(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function qh({
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
function Wh(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var ze = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(ze || {});
const as = {
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
    super((o = as[t]) == null ? void 0 : o.call(as, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function hr(e) {
  return "clientX" in e;
}
function Kh(e) {
  return "sourceEvent" in e;
}
function at(e, t) {
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
function Zh(e) {
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
const jh = () => !0;
function hi(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Qh(e, t, n) {
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
const Jh = 250;
function eg(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const u = Qh(e, n, t + Jh);
  for (const l of u) {
    const c = [...((i = l.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = l.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: g } = rn(l, d, d.position, !0), m = Math.sqrt((f - e.x) ** 2 + (g - e.y) ** 2);
      m > t || (m < a ? (s = [{ ...d, x: f, y: g }], a = m) : m === a && s.push({ ...d, x: f, y: g }));
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
function ls(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: a,
  flowId: u,
  isValidConnection: l = jh
}, c, d, f, g) {
  const m = r === "target", y = t ? s.querySelector(`.${a}-flow__handle[data-id="${u}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: b, y: w } = at(e), E = s.elementFromPoint(b, w), v = E?.classList.contains(`${a}-flow__handle`) ? E : y, x = {
    handleDomNode: v,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (v) {
    const A = nl(void 0, v), H = v.getAttribute("data-nodeid"), Y = v.getAttribute("data-handleid"), B = v.classList.contains("connectable"), R = v.classList.contains("connectableend");
    if (!H || !A)
      return x;
    const X = {
      source: m ? H : o,
      sourceHandle: m ? Y : i,
      target: m ? o : H,
      targetHandle: m ? i : Y
    };
    x.connection = X;
    const N = B && R && (n === It.Strict ? m && A === "source" || !m && A === "target" : H !== o || Y !== i);
    x.isValid = N && l(X, {
      nodes: d,
      edges: c,
      sourceNode: f(X.source),
      targetNode: f(X.target)
    }), x.toHandle = ol(H, A, Y, g, n, !0);
  }
  return x;
}
function nl(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function tg(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function ng(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function ol(e, t, n, o, i, r = !1) {
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
}, og = ["production", "prod"];
function Gn(e, ...t) {
  il() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function il() {
  return !og.includes("production");
}
function us(e, t, n, o, i) {
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
  return typeof Z(e) < "u";
}
function ig(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new Be(ze.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let i;
  return Tt(e) ? i = e : i = {
    ...e,
    id: Ka(e)
  }, i = qa(i, void 0, o), Bh(i, t) ? !1 : i;
}
function rg(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new Be(ze.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new Be(ze.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? Ka(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function cs(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!Ht(s)) {
      n(
        new Be(ze.NODE_INVALID, s?.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = Ah(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = a;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((a) => a.id === r.parentNode);
    r.parentNode && !s && n(new Be(ze.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function ds(e, t, n, o, i, r) {
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
    ds("source", u, c, e, i, s), ds("target", u, l, e, r, a);
  }
}
function fs(e, t) {
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
    const c = Tt(l) ? l : ig(l, a, i, r);
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
    const g = o(c.id);
    u.push({
      ...qa(c, g, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return u;
}
const hs = /* @__PURE__ */ Symbol("vueFlow"), rl = /* @__PURE__ */ Symbol("nodeId"), sl = /* @__PURE__ */ Symbol("nodeRef"), sg = /* @__PURE__ */ Symbol("edgeId"), ag = /* @__PURE__ */ Symbol("edgeRef"), Wo = /* @__PURE__ */ Symbol("slots");
function al(e) {
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
    multiSelectionActive: m,
    nodesSelectionActive: y,
    selectNodesOnDrag: b,
    removeSelectedElements: w,
    addSelectedNodes: E,
    updateNodePositions: v,
    emits: x
  } = Ce(), { onStart: A, onDrag: H, onStop: Y, onClick: B, el: R, disabled: X, id: L, selectable: N, dragHandle: U } = e, h = Ct(!1);
  let $ = [], p, T = null, M = { x: void 0, y: void 0 }, z = { x: 0, y: 0 }, O = null, G = !1, J = !1, ie = 0, q = !1;
  const K = cg(), j = ({ x: de, y: ge }) => {
    M = { x: de, y: ge };
    let k = !1;
    if ($ = $.map((_) => {
      const S = { x: de - _.distance.x, y: ge - _.distance.y }, { computedPosition: D } = fr(
        _,
        n.value ? qo(S, o.value) : S,
        x.error,
        s.value,
        _.parentNode ? g(_.parentNode) : void 0
      );
      return k = k || _.position.x !== D.x || _.position.y !== D.y, _.position = D, _;
    }), J = J || k, !!k && (v($, !0, !0), h.value = !0, O)) {
      const [_, S] = fi({
        id: L,
        dragItems: $,
        findNode: g
      });
      H({ event: O, node: _, nodes: S });
    }
  }, ee = () => {
    if (!T)
      return;
    const [de, ge] = el(z, T, c.value);
    if (de !== 0 || ge !== 0) {
      const k = {
        x: (M.x ?? 0) - de / u.value.zoom,
        y: (M.y ?? 0) - ge / u.value.zoom
      };
      f({ x: de, y: ge }) && j(k);
    }
    ie = requestAnimationFrame(ee);
  }, he = (de, ge) => {
    G = !0;
    const k = g(L);
    !b.value && !m.value && k && (k.selected || w()), k && we(N) && b.value && Hi(
      k,
      m.value,
      E,
      w,
      y,
      !1,
      ge
    );
    const _ = K(de.sourceEvent);
    if (M = _, $ = Yh(r.value, d.value, _, L), $.length) {
      const [S, D] = fi({
        id: L,
        dragItems: $,
        findNode: g
      });
      A({ event: de.sourceEvent, node: S, nodes: D });
    }
  }, ye = (de, ge) => {
    var k;
    de.sourceEvent.type === "touchmove" && de.sourceEvent.touches.length > 1 || (J = !1, a.value === 0 && he(de, ge), M = K(de.sourceEvent), T = ((k = t.value) == null ? void 0 : k.getBoundingClientRect()) || null, z = at(de.sourceEvent, T));
  }, ve = (de, ge) => {
    const k = K(de.sourceEvent);
    if (!q && G && l.value && (q = !0, ee()), !G) {
      const _ = k.xSnapped - (M.x ?? 0), S = k.ySnapped - (M.y ?? 0);
      Math.sqrt(_ * _ + S * S) > a.value && he(de, ge);
    }
    (M.x !== k.xSnapped || M.y !== k.ySnapped) && $.length && G && (O = de.sourceEvent, z = at(de.sourceEvent, T), j(k));
  }, _e = (de) => {
    let ge = !1;
    if (!G && !h.value && !m.value) {
      const k = de.sourceEvent, _ = K(k), S = _.xSnapped - (M.x ?? 0), D = _.ySnapped - (M.y ?? 0), I = Math.sqrt(S * S + D * D);
      I !== 0 && I <= a.value && (B?.(k), ge = !0);
    }
    if ($.length && !ge) {
      J && (v($, !1, !1), J = !1);
      const [k, _] = fi({
        id: L,
        dragItems: $,
        findNode: g
      });
      Y({ event: de.sourceEvent, node: k, nodes: _ });
    }
    $ = [], h.value = !1, q = !1, G = !1, M = { x: void 0, y: void 0 }, cancelAnimationFrame(ie);
  };
  return $e([() => we(X), R], ([de, ge], k, _) => {
    if (ge) {
      const S = Qe(ge);
      de || (p = Dd().on("start", (D) => ye(D, ge)).on("drag", (D) => ve(D, ge)).on("end", (D) => _e(D)).filter((D) => {
        const I = D.target, te = we(U);
        return !D.button && (!i.value || !rs(I, `.${i.value}`, ge) && (!te || rs(I, te, ge)));
      }), S.call(p)), _(() => {
        S.on(".drag", null), p && (p.on("start", null), p.on("drag", null), p.on("end", null));
      });
    }
  }), h;
}
function lg() {
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
function ug(e, t) {
  const n = lg();
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
function cg() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Ce();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Kh(i) ? i.sourceEvent : i, { x: u, y: l } = at(a, s), c = An({ x: u, y: l }, e.value), { x: d, y: f } = n.value ? qo(c, t.value) : c;
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
function ll({
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
    autoPanOnConnect: m,
    autoPanSpeed: y,
    findNode: b,
    panBy: w,
    startConnection: E,
    updateConnection: v,
    endConnection: x,
    emits: A,
    viewport: H,
    edges: Y,
    nodes: B,
    isValidConnection: R,
    nodeLookup: X
  } = Ce();
  let L = null, N = !1, U = null;
  function h(p) {
    var T;
    const M = we(n) === "target", z = hr(p), O = jr(p.target), G = p.currentTarget;
    if (G && (z && p.button === 0 || !z)) {
      let J = function(re) {
        k = at(re, _e), j = eg(
          An(k, H.value, !1, [1, 1]),
          c.value,
          X.value,
          D
        ), _ || (S(), _ = !0);
        const fe = ls(
          re,
          {
            handle: j,
            connectionMode: l.value,
            fromNodeId: we(t),
            fromHandleId: we(e),
            fromType: M ? "target" : "source",
            isValidConnection: K,
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
        U = fe.handleDomNode, L = fe.connection, N = ng(!!j, fe.isValid);
        const me = {
          // from stays the same
          ...ue,
          isValid: N,
          to: fe.toHandle && N ? Pn({ x: fe.toHandle.x, y: fe.toHandle.y }, H.value) : k,
          toHandle: fe.toHandle,
          toPosition: N && fe.toHandle ? fe.toHandle.position : Li[D.position],
          toNode: fe.toHandle ? X.value.get(fe.toHandle.nodeId) : null
        };
        if (N && j && ue?.toHandle && me.toHandle && ue.toHandle.type === me.toHandle.type && ue.toHandle.nodeId === me.toHandle.nodeId && ue.toHandle.id === me.toHandle.id && ue.to.x === me.to.x && ue.to.y === me.to.y)
          return;
        const be = j ?? fe.toHandle;
        if (v(
          be && N ? Pn(
            {
              x: be.x,
              y: be.y
            },
            H.value
          ) : k,
          be,
          tg(!!be, N)
        ), ue = me, !j && !N && !U)
          return hi(ge);
        L && L.source !== L.target && U && (hi(ge), ge = U, U.classList.add("connecting", "vue-flow__handle-connecting"), U.classList.toggle("valid", !!N), U.classList.toggle("vue-flow__handle-valid", !!N));
      }, ie = function(re) {
        "touches" in re && re.touches.length > 0 || ((j || U) && L && N && (r ? r(re, L) : A.connect(L)), A.connectEnd(re), i && s?.(re), hi(ge), cancelAnimationFrame(ee), x(re), _ = !1, N = !1, L = null, U = null, O.removeEventListener("mousemove", J), O.removeEventListener("mouseup", ie), O.removeEventListener("touchmove", J), O.removeEventListener("touchend", ie));
      };
      const q = b(we(t));
      let K = we(o) || R.value || to;
      !K && q && (K = (M ? q.isValidSourcePos : q.isValidTargetPos) || to);
      let j, ee = 0;
      const { x: he, y: ye } = at(p), ve = nl(we(i), G), _e = (T = u.value) == null ? void 0 : T.getBoundingClientRect();
      if (!_e || !ve)
        return;
      const de = ol(we(t), ve, we(e), X.value, l.value);
      if (!de)
        return;
      let ge, k = at(p, _e), _ = !1;
      const S = () => {
        if (!m.value)
          return;
        const [re, fe] = el(k, _e, y.value);
        w({ x: re, y: fe }), ee = requestAnimationFrame(S);
      }, D = {
        ...de,
        nodeId: we(t),
        type: ve,
        position: de.position
      }, I = X.value.get(we(t)), oe = {
        inProgress: !0,
        isValid: null,
        from: rn(I, D, se.Left, !0),
        fromHandle: D,
        fromPosition: D.position,
        fromNode: I,
        to: k,
        toHandle: null,
        toPosition: Li[D.position],
        toNode: null
      };
      E(
        {
          nodeId: we(t),
          id: we(e),
          type: ve,
          position: G?.getAttribute("data-handlepos") || se.Top,
          ...k
        },
        {
          x: he - _e.left,
          y: ye - _e.top
        }
      ), A.connectStart({ event: p, nodeId: we(t), handleId: we(e), handleType: ve });
      let ue = oe;
      O.addEventListener("mousemove", J), O.addEventListener("mouseup", ie), O.addEventListener("touchmove", J), O.addEventListener("touchend", ie);
    }
  }
  function $(p) {
    var T, M;
    if (!d.value)
      return;
    const z = we(n) === "target";
    if (!f.value) {
      A.clickConnectStart({ event: p, nodeId: we(t), handleId: we(e) }), E(
        {
          nodeId: we(t),
          type: we(n),
          id: we(e),
          position: se.Top,
          ...at(p)
        },
        void 0,
        !0
      );
      return;
    }
    let O = we(o) || R.value || to;
    const G = b(we(t));
    if (!O && G && (O = (z ? G.isValidSourcePos : G.isValidTargetPos) || to), G && (typeof G.connectable > "u" ? g.value : G.connectable) === !1)
      return;
    const J = jr(p.target), ie = ls(
      p,
      {
        handle: {
          nodeId: we(t),
          id: we(e),
          type: we(n),
          position: se.Top,
          ...at(p)
        },
        connectionMode: l.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: O,
        doc: J,
        lib: "vue",
        flowId: a,
        nodeLookup: X.value
      },
      Y.value,
      B.value,
      b,
      X.value
    ), q = ((T = ie.connection) == null ? void 0 : T.source) === ((M = ie.connection) == null ? void 0 : M.target);
    ie.isValid && ie.connection && !q && A.connect(ie.connection), A.clickConnectEnd(p), x(p, !0);
  }
  return {
    handlePointerDown: h,
    handleClick: $
  };
}
function dg() {
  return Ot(rl, "");
}
function ul(e) {
  const t = e ?? dg() ?? "", n = Ot(sl, Ie(null)), { findNode: o, edges: i, emits: r } = Ce(), s = o(t);
  return s || r.error(new Be(ze.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: ae(() => o(s.parentNode)),
    connectedEdges: ae(() => zt([s], i.value))
  };
}
function fg() {
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
function hg(e, t) {
  const n = fg();
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
function cl() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = Ce();
  return (u, l = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = l ? 4 : 1, g = u.x * c * f, m = u.y * d * f, y = [];
    for (const b of e.value)
      if (b.draggable || s && typeof b.draggable > "u") {
        const w = { x: b.computedPosition.x + g, y: b.computedPosition.y + m }, { position: E } = fr(
          b,
          w,
          a.error,
          t.value,
          b.parentNode ? o(b.parentNode) : void 0
        );
        y.push({
          id: b.id,
          position: E,
          from: b.position,
          distance: { x: u.x, y: u.y },
          dimensions: b.dimensions
        });
      }
    n(y, !0, !1);
  };
}
const no = 0.1, gg = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function Et() {
  return Gn("Viewport not initialized yet."), Promise.resolve(!1);
}
const pg = {
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
function vg(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? Nn : ho).scaleBy(
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
      const { x: l, y: c } = Ua({ x: -o, y: -i }, e.translateExtent), d = on.translate(-l, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (u = e.d3Zoom) == null || u.interpolate(s?.interpolate === "linear" ? Nn : ho).transform(
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
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? Nn : ho).scaleTo(
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
      const u = dr(a), { x: l, y: c, zoom: d } = Qr(
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
      const { x: s, y: a, zoom: u } = Qr(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? no
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
  } : pg);
}
function vi(e, t = 0, n = gg, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function mg(e, t, n) {
  const o = ua(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let y, b, w = !!(n.nodes.value.length || n.edges.value.length);
        y = Kt([e.modelValue, () => {
          var E, v;
          return (v = (E = e.modelValue) == null ? void 0 : E.value) == null ? void 0 : v.length;
        }], ([E]) => {
          E && Array.isArray(E) && (b?.pause(), n.setElements(E), !b && !w && E.length ? w = !0 : b?.resume());
        }), b = Kt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([E, v]) => {
            var x;
            (x = e.modelValue) != null && x.value && Array.isArray(e.modelValue.value) && (y?.pause(), e.modelValue.value = [...E, ...v], Ge(() => {
              y?.resume();
            }));
          },
          { immediate: w }
        ), co(() => {
          y?.stop(), b?.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let y, b, w = !!n.nodes.value.length;
        y = Kt([e.nodes, () => {
          var E, v;
          return (v = (E = e.nodes) == null ? void 0 : E.value) == null ? void 0 : v.length;
        }], ([E]) => {
          E && Array.isArray(E) && (b?.pause(), n.setNodes(E), !b && !w && E.length ? w = !0 : b?.resume());
        }), b = Kt(
          [n.nodes, () => n.nodes.value.length],
          ([E]) => {
            var v;
            (v = e.nodes) != null && v.value && Array.isArray(e.nodes.value) && (y?.pause(), e.nodes.value = [...E], Ge(() => {
              y?.resume();
            }));
          },
          { immediate: w }
        ), co(() => {
          y?.stop(), b?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let y, b, w = !!n.edges.value.length;
        y = Kt([e.edges, () => {
          var E, v;
          return (v = (E = e.edges) == null ? void 0 : E.value) == null ? void 0 : v.length;
        }], ([E]) => {
          E && Array.isArray(E) && (b?.pause(), n.setEdges(E), !b && !w && E.length ? w = !0 : b?.resume());
        }), b = Kt(
          [n.edges, () => n.edges.value.length],
          ([E]) => {
            var v;
            (v = e.edges) != null && v.value && Array.isArray(e.edges.value) && (y?.pause(), e.edges.value = [...E], Ge(() => {
              y?.resume();
            }));
          },
          { immediate: w }
        ), co(() => {
          y?.stop(), b?.stop();
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
        const y = async (b) => {
          let w = b;
          typeof t.autoConnect == "function" && (w = await t.autoConnect(b)), w !== !1 && n.addEdges([w]);
        };
        $e(
          () => t.autoConnect,
          () => {
            Ae(t.autoConnect) && (n.autoConnect.value = t.autoConnect);
          },
          { immediate: !0 }
        ), $e(
          n.autoConnect,
          (b, w, E) => {
            b ? n.onConnect(y) : n.hooks.value.connect.off(y), E(() => {
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
      for (const b of Object.keys(t)) {
        const w = b;
        if (!y.includes(w)) {
          const E = xe(() => t[w]), v = n[w];
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
    i(), r(), s(), u(), a(), l(), c(), d(), f(), g();
  }), () => o.stop();
}
function yg() {
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
function wg(e, t) {
  const n = cn();
  ku(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), Mn(r.removeEmitter), r.setHasEmitListeners(() => o(i)), Mn(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = _g(i);
    return !!((r = n?.vnode.props) == null ? void 0 : r[s]);
  }
}
function _g(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function dl() {
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
    hooks: yg(),
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
const bg = [
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
function Eg(e, t, n) {
  const o = vg(e), i = (k) => {
    const _ = k ?? [];
    e.hooks.updateNodeInternals.trigger(_);
  }, r = (k) => Rh(k, e.nodes, e.edges), s = (k) => zh(k, e.nodes, e.edges), a = (k) => zt(k, e.edges), u = ({ id: k, type: _, nodeId: S }) => {
    var D;
    const I = k ? `-${_}-${k}` : `-${_}`;
    return Array.from(((D = e.connectionLookup.get(`${S}${I}`)) == null ? void 0 : D.values()) ?? []);
  }, l = (k) => {
    if (k)
      return t.value.get(k);
  }, c = (k) => {
    if (k)
      return n.value.get(k);
  }, d = (k, _, S) => {
    var D, I;
    const te = [];
    for (const oe of k) {
      const ue = {
        id: oe.id,
        type: "position",
        dragging: S,
        from: oe.from
      };
      if (_ && (ue.position = oe.position, oe.parentNode)) {
        const re = l(oe.parentNode);
        ue.position = {
          x: ue.position.x - (((D = re?.computedPosition) == null ? void 0 : D.x) ?? 0),
          y: ue.position.y - (((I = re?.computedPosition) == null ? void 0 : I.y) ?? 0)
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
    const S = window.getComputedStyle(_), { m22: D } = new window.DOMMatrixReadOnly(S.transform), I = [];
    for (const te of k) {
      const oe = te, ue = l(oe.id);
      if (ue) {
        const re = Uo(oe.nodeElement);
        if (!!(re.width && re.height && (ue.dimensions.width !== re.width || ue.dimensions.height !== re.height || oe.forceUpdate))) {
          const me = oe.nodeElement.getBoundingClientRect();
          ue.dimensions = re, ue.handleBounds.source = us("source", oe.nodeElement, me, D, ue.id), ue.handleBounds.target = us("target", oe.nodeElement, me, D, ue.id), I.push({
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
  }, g = (k, _) => {
    const S = /* @__PURE__ */ new Set(), D = /* @__PURE__ */ new Set();
    for (const oe of k)
      Ht(oe) ? S.add(oe.id) : Tt(oe) && D.add(oe.id);
    const I = kt(t.value, S, !0), te = kt(n.value, D);
    if (e.multiSelectionActive) {
      for (const oe of S)
        I.push(xt(oe, _));
      for (const oe of D)
        te.push(xt(oe, _));
    }
    I.length && e.hooks.nodesChange.trigger(I), te.length && e.hooks.edgesChange.trigger(te);
  }, m = (k) => {
    if (e.multiSelectionActive) {
      const _ = k.map((S) => xt(S.id, !0));
      e.hooks.nodesChange.trigger(_);
      return;
    }
    e.hooks.nodesChange.trigger(kt(t.value, new Set(k.map((_) => _.id)), !0)), e.hooks.edgesChange.trigger(kt(n.value));
  }, y = (k) => {
    if (e.multiSelectionActive) {
      const _ = k.map((S) => xt(S.id, !0));
      e.hooks.edgesChange.trigger(_);
      return;
    }
    e.hooks.edgesChange.trigger(kt(n.value, new Set(k.map((_) => _.id)))), e.hooks.nodesChange.trigger(kt(t.value, /* @__PURE__ */ new Set(), !0));
  }, b = (k) => {
    g(k, !0);
  }, w = (k) => {
    const S = (k || e.nodes).map((D) => (D.selected = !1, xt(D.id, !1)));
    e.hooks.nodesChange.trigger(S);
  }, E = (k) => {
    const S = (k || e.edges).map((D) => (D.selected = !1, xt(D.id, !1)));
    e.hooks.edgesChange.trigger(S);
  }, v = (k) => {
    if (!k || !k.length)
      return g([], !1);
    const _ = k.reduce(
      (S, D) => {
        const I = xt(D.id, !1);
        return Ht(D) ? S.nodes.push(I) : S.edges.push(I), S;
      },
      { nodes: [], edges: [] }
    );
    _.nodes.length && e.hooks.nodesChange.trigger(_.nodes), _.edges.length && e.hooks.edgesChange.trigger(_.edges);
  }, x = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([k, e.maxZoom]), e.minZoom = k;
  }, A = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.scaleExtent([e.minZoom, k]), e.maxZoom = k;
  }, H = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.translateExtent(k), e.translateExtent = k;
  }, Y = (k) => {
    e.nodeExtent = k, i();
  }, B = (k) => {
    var _;
    (_ = e.d3Zoom) == null || _.clickDistance(k);
  }, R = (k) => {
    e.nodesDraggable = k, e.nodesConnectable = k, e.elementsSelectable = k;
  }, X = (k) => {
    const _ = k instanceof Function ? k(e.nodes) : k;
    !e.initialized && !_.length || (e.nodes = cs(_, l, e.hooks.error.trigger));
  }, L = (k) => {
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
    !e.initialized && !_.length || (X(_.filter(Ht)), L(_.filter(Tt)));
  }, U = (k) => {
    let _ = k instanceof Function ? k(e.nodes) : k;
    _ = Array.isArray(_) ? _ : [_];
    const S = cs(_, l, e.hooks.error.trigger), D = [];
    for (const I of S)
      D.push(ts(I));
    D.length && e.hooks.nodesChange.trigger(D);
  }, h = (k) => {
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
    ), D = [];
    for (const I of S)
      D.push(ts(I));
    D.length && e.hooks.edgesChange.trigger(D);
  }, $ = (k, _ = !0, S = !1) => {
    const D = k instanceof Function ? k(e.nodes) : k, I = Array.isArray(D) ? D : [D], te = [], oe = [];
    function ue(fe) {
      const me = a(fe);
      for (const be of me)
        (!Ae(be.deletable) || be.deletable) && oe.push(os(be.id, be.source, be.target, be.sourceHandle, be.targetHandle));
    }
    function re(fe) {
      const me = [];
      for (const be of e.nodes)
        be.parentNode === fe && me.push(be);
      if (me.length) {
        for (const be of me)
          te.push(ns(be.id));
        _ && ue(me);
        for (const be of me)
          re(be.id);
      }
    }
    for (const fe of I) {
      const me = typeof fe == "string" ? l(fe) : fe;
      me && (Ae(me.deletable) && !me.deletable || (te.push(ns(me.id)), _ && ue([me]), S && re(me.id)));
    }
    oe.length && e.hooks.edgesChange.trigger(oe), te.length && e.hooks.nodesChange.trigger(te);
  }, p = (k) => {
    const _ = k instanceof Function ? k(e.edges) : k, S = Array.isArray(_) ? _ : [_], D = [];
    for (const I of S) {
      const te = typeof I == "string" ? c(I) : I;
      te && (Ae(te.deletable) && !te.deletable || D.push(
        os(
          typeof I == "string" ? I : I.id,
          te.source,
          te.target,
          te.sourceHandle,
          te.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(D);
  }, T = (k, _, S = !0) => {
    const D = c(k.id);
    if (!D)
      return !1;
    const I = e.edges.indexOf(D), te = rg(k, _, D, S, e.hooks.error.trigger);
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
      return e.edges = e.edges.map((ue, re) => re === I ? oe : ue), gi(e.connectionLookup, n.value, [oe]), oe;
    }
    return !1;
  }, M = (k, _, S = { replace: !1 }) => {
    const D = c(k);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    D.data = S.replace ? I : { ...D.data, ...I };
  }, z = (k) => es(k, e.nodes), O = (k) => {
    const _ = es(k, e.edges);
    return gi(e.connectionLookup, n.value, _), _;
  }, G = (k, _, S = { replace: !1 }) => {
    const D = l(k);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    S.replace ? e.nodes.splice(e.nodes.indexOf(D), 1, I) : Object.assign(D, I);
  }, J = (k, _, S = { replace: !1 }) => {
    const D = l(k);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    D.data = S.replace ? I : { ...D.data, ...I };
  }, ie = (k, _, S = !1) => {
    S ? e.connectionClickStartHandle = k : e.connectionStartHandle = k, e.connectionEndHandle = null, e.connectionStatus = null, _ && (e.connectionPosition = _);
  }, q = (k, _ = null, S = null) => {
    e.connectionStartHandle && (e.connectionPosition = k, e.connectionEndHandle = _, e.connectionStatus = S);
  }, K = (k, _) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, _ ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, j = (k) => {
    const _ = Ph(k), S = _ ? null : wn(k) ? k : l(k.id);
    return !_ && !S ? [null, null, _] : [_ ? k : Io(S), S, _];
  }, ee = (k, _ = !0, S = e.nodes) => {
    const [D, I, te] = j(k);
    if (!D)
      return [];
    const oe = [];
    for (const ue of S || e.nodes) {
      if (!te && (ue.id === I.id || !ue.computedPosition))
        continue;
      const re = Io(ue), fe = To(re, D);
      (_ && fe > 0 || fe >= re.width * re.height || fe >= Number(D.width) * Number(D.height)) && oe.push(ue);
    }
    return oe;
  }, he = (k, _, S = !0) => {
    const [D] = j(k);
    if (!D)
      return !1;
    const I = To(D, _);
    return S && I > 0 || I >= Number(D.width) * Number(D.height);
  }, ye = (k) => {
    const { viewport: _, dimensions: S, d3Zoom: D, d3Selection: I, translateExtent: te } = e;
    if (!D || !I || !k.x && !k.y)
      return !1;
    const oe = on.translate(_.x + k.x, _.y + k.y).scale(_.zoom), ue = [
      [0, 0],
      [S.width, S.height]
    ], re = D.constrain()(oe, ue, te), fe = e.viewport.x !== re.x || e.viewport.y !== re.y || e.viewport.zoom !== re.k;
    return D.transform(I, re), fe;
  }, ve = (k) => {
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
    const D = _.modelValue || _.nodes || _.edges ? [] : void 0;
    D && (_.modelValue && D.push(..._.modelValue), _.nodes && D.push(..._.nodes), _.edges && D.push(..._.edges), N(D));
    const I = () => {
      Ae(_.maxZoom) && A(_.maxZoom), Ae(_.minZoom) && x(_.minZoom), Ae(_.translateExtent) && H(_.translateExtent);
    };
    for (const te of Object.keys(_)) {
      const oe = te, ue = _[oe];
      ![...bg, ...S].includes(oe) && Ae(ue) && (e[oe] = ue);
    }
    Mi(() => e.d3Zoom).not.toBeNull().then(I), e.initialized || (e.initialized = !0);
  };
  return {
    updateNodePositions: d,
    updateNodeDimensions: f,
    setElements: N,
    setNodes: X,
    setEdges: L,
    addNodes: U,
    addEdges: h,
    removeNodes: $,
    removeEdges: p,
    findNode: l,
    findEdge: c,
    updateEdge: T,
    updateEdgeData: M,
    updateNode: G,
    updateNodeData: J,
    applyEdgeChanges: O,
    applyNodeChanges: z,
    addSelectedElements: b,
    addSelectedNodes: m,
    addSelectedEdges: y,
    setMinZoom: x,
    setMaxZoom: A,
    setTranslateExtent: H,
    setNodeExtent: Y,
    setPaneClickDistance: B,
    removeSelectedElements: v,
    removeSelectedNodes: w,
    removeSelectedEdges: E,
    startConnection: ie,
    updateConnection: q,
    endConnection: K,
    setInteractive: R,
    setState: ve,
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
          computedPosition: D,
          handleBounds: I,
          selected: te,
          dimensions: oe,
          isParent: ue,
          resizing: re,
          dragging: fe,
          events: me,
          ...be
        } = S;
        k.push(be);
      }
      for (const S of e.edges) {
        const { selected: D, sourceNode: I, targetNode: te, events: oe, ...ue } = S;
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
      const { nodes: S, edges: D, position: I, zoom: te, viewport: oe } = k;
      S && X(S), D && L(D);
      const [ue, re] = oe?.x && oe?.y ? [oe.x, oe.y] : I ?? [null, null];
      if (ue && re) {
        const fe = oe?.zoom || te || e.viewport.zoom;
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
      const k = dl();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const _ = on.translate(k.defaultViewport.x ?? 0, k.defaultViewport.y ?? 0).scale(Ut(k.defaultViewport.zoom ?? 1, k.minZoom, k.maxZoom)), S = e.viewportRef.getBoundingClientRect(), D = [
          [0, 0],
          [S.width, S.height]
        ], I = e.d3Zoom.constrain()(_, D, k.translateExtent);
        e.d3Zoom.transform(e.d3Selection, I);
      }
      ve(k);
    },
    $destroy: () => {
    }
  };
}
const xg = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], $g = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, sn = /* @__PURE__ */ Se({
  ...$g,
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
    const n = $u(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = xe(() => n.type ?? "source"), i = xe(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: u,
      vueFlowRef: l,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Ce(), { id: g, node: m, nodeEl: y, connectedEdges: b } = ul(), w = Ie(), E = xe(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), v = xe(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), x = xe(
      () => {
        var L, N, U, h, $, p;
        return ((L = s.value) == null ? void 0 : L.nodeId) === g && ((N = s.value) == null ? void 0 : N.id) === e.id && ((U = s.value) == null ? void 0 : U.type) === o.value || ((h = u.value) == null ? void 0 : h.nodeId) === g && (($ = u.value) == null ? void 0 : $.id) === e.id && ((p = u.value) == null ? void 0 : p.type) === o.value;
      }
    ), A = xe(
      () => {
        var L, N, U;
        return ((L = a.value) == null ? void 0 : L.nodeId) === g && ((N = a.value) == null ? void 0 : N.id) === e.id && ((U = a.value) == null ? void 0 : U.type) === o.value;
      }
    ), { handlePointerDown: H, handleClick: Y } = ll({
      nodeId: g,
      handleId: e.id,
      isValidConnection: i,
      type: o
    }), B = ae(() => typeof e.connectable == "string" && e.connectable === "single" ? !b.value.some((L) => {
      const N = L[`${o.value}Handle`];
      return L[o.value] !== g ? !1 : N ? N === e.id : !0;
    }) : typeof e.connectable == "number" ? b.value.filter((L) => {
      const N = L[`${o.value}Handle`];
      return L[o.value] !== g ? !1 : N ? N === e.id : !0;
    }).length < e.connectable : typeof e.connectable == "function" ? e.connectable(m, b.value) : Ae(e.connectable) ? e.connectable : c.value);
    bt(() => {
      var L;
      if (!m.dimensions.width || !m.dimensions.height)
        return;
      const N = (L = m.handleBounds[o.value]) == null ? void 0 : L.find((z) => z.id === e.id);
      if (!l.value || N)
        return;
      const U = l.value.querySelector(".vue-flow__transformationpane");
      if (!y.value || !w.value || !U || !e.id)
        return;
      const h = y.value.getBoundingClientRect(), $ = w.value.getBoundingClientRect(), p = window.getComputedStyle(U), { m22: T } = new window.DOMMatrixReadOnly(p.transform), M = {
        id: e.id,
        position: e.position,
        x: ($.left - h.left) / T,
        y: ($.top - h.top) / T,
        type: o.value,
        nodeId: g,
        ...Uo(w.value)
      };
      m.handleBounds[o.value] = [...m.handleBounds[o.value] ?? [], M];
    });
    function R(L) {
      const N = hr(L);
      B.value && E.value && (N && L.button === 0 || !N) && H(L);
    }
    function X(L) {
      !g || !a.value && !E.value || B.value && Y(L);
    }
    return t({
      handleClick: Y,
      handlePointerDown: H,
      onClick: X,
      onPointerDown: R
    }), (L, N) => (Q(), le("div", {
      ref_key: "handle",
      ref: w,
      "data-id": `${Z(r)}-${Z(g)}-${e.id}-${o.value}`,
      "data-handleid": e.id,
      "data-nodeid": Z(g),
      "data-handlepos": L.position,
      class: Ue(["vue-flow__handle", [
        `vue-flow__handle-${L.position}`,
        `vue-flow__handle-${e.id}`,
        Z(d),
        Z(f),
        o.value,
        {
          connectable: B.value,
          connecting: A.value,
          connectablestart: E.value,
          connectableend: v.value,
          connectionindicator: B.value && (E.value && !x.value || v.value && x.value)
        }
      ]]),
      onMousedown: R,
      onTouchstartPassive: R,
      onClick: X
    }, [
      Te(L.$slots, "default", { id: L.id })
    ], 42, xg));
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
    Ne(sn, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Ne(a) : Ne(He, [a]),
    Ne(sn, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Ko.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Ko.inheritAttrs = !1;
Ko.compatConfig = { MODE: 3 };
const kg = Ko, Zo = function({
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
Zo.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Zo.inheritAttrs = !1;
Zo.compatConfig = { MODE: 3 };
const Ng = Zo, jo = function({
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
jo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
jo.inheritAttrs = !1;
jo.compatConfig = { MODE: 3 };
const Sg = jo, Cg = ["transform"], Mg = ["width", "height", "x", "y", "rx", "ry"], Ig = ["y"], Tg = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, Og = /* @__PURE__ */ Se({
  ...Tg,
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
    bt(i), $e([() => e.x, () => e.y, n, () => e.label], i);
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
      }, null, 12, Mg)) : ke("", !0),
      Ee("text", bo(r.$attrs, {
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
      ], 16, Ig)
    ], 8, Cg));
  }
}), Dg = ["id", "d", "marker-end", "marker-start"], Pg = ["d", "stroke-width"], Ag = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, Qo = /* @__PURE__ */ Se({
  ...Ag,
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
      Ee("path", bo(Z(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, Dg),
      s.interactionWidth ? (Q(), le("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Pg)) : ke("", !0),
      s.label && s.labelX && s.labelY ? (Q(), Re(Og, {
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
function fl({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function hl({
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
function gs({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
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
function gl(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
    curvature: a = 0.25
  } = e, [u, l] = gs({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: a
  }), [c, d] = gs({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: a
  }), [f, g, m, y] = hl({
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
    m,
    y
  ];
}
function ps({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
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
function pl(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top
  } = e, [a, u] = ps({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [l, c] = ps({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, g, m] = hl({
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
    m
  ];
}
const vs = {
  [se.Left]: { x: -1, y: 0 },
  [se.Right]: { x: 1, y: 0 },
  [se.Top]: { x: 0, y: -1 },
  [se.Bottom]: { x: 0, y: 1 }
};
function zg({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n
}) {
  return t === se.Left || t === se.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function ms(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Rg({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n,
  targetPosition: o = se.Top,
  center: i,
  offset: r
}) {
  const s = vs[t], a = vs[o], u = { x: e.x + s.x * r, y: e.y + s.y * r }, l = { x: n.x + a.x * r, y: n.y + a.y * r }, c = zg({
    source: u,
    sourcePosition: t,
    target: l
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let g, m, y;
  const b = { x: 0, y: 0 }, w = { x: 0, y: 0 }, [E, v, x, A] = fl({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (s[d] * a[d] === -1) {
    m = i.x ?? E, y = i.y ?? v;
    const Y = [
      { x: m, y: u.y },
      { x: m, y: l.y }
    ], B = [
      { x: u.x, y },
      { x: l.x, y }
    ];
    s[d] === f ? g = d === "x" ? Y : B : g = d === "x" ? B : Y;
  } else {
    const Y = [{ x: u.x, y: l.y }], B = [{ x: l.x, y: u.y }];
    if (d === "x" ? g = s.x === f ? B : Y : g = s.y === f ? Y : B, t === o) {
      const U = Math.abs(e[d] - n[d]);
      if (U <= r) {
        const h = Math.min(r - 1, r - U);
        s[d] === f ? b[d] = (u[d] > e[d] ? -1 : 1) * h : w[d] = (l[d] > n[d] ? -1 : 1) * h;
      }
    }
    if (t !== o) {
      const U = d === "x" ? "y" : "x", h = s[d] === a[U], $ = u[U] > l[U], p = u[U] < l[U];
      (s[d] === 1 && (!h && $ || h && p) || s[d] !== 1 && (!h && p || h && $)) && (g = d === "x" ? Y : B);
    }
    const R = { x: u.x + b.x, y: u.y + b.y }, X = { x: l.x + w.x, y: l.y + w.y }, L = Math.max(Math.abs(R.x - g[0].x), Math.abs(X.x - g[0].x)), N = Math.max(Math.abs(R.y - g[0].y), Math.abs(X.y - g[0].y));
    L >= N ? (m = (R.x + X.x) / 2, y = g[0].y) : (m = g[0].x, y = (R.y + X.y) / 2);
  }
  return [[
    e,
    { x: u.x + b.x, y: u.y + b.y },
    ...g,
    { x: l.x + w.x, y: l.y + w.y },
    n
  ], m, y, x, A];
}
function Bg(e, t, n, o) {
  const i = Math.min(ms(e, t) / 2, ms(t, n) / 2, o), { x: r, y: s } = t;
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
  } = e, [d, f, g, m, y] = Rg({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: u, y: l },
    offset: c
  });
  return [d.reduce((w, E, v) => {
    let x;
    return v > 0 && v < d.length - 1 ? x = Bg(d[v - 1], E, d[v + 1], a) : x = `${v === 0 ? "M" : "L"}${E.x} ${E.y}`, w += x, w;
  }, ""), f, g, m, y];
}
function Vg(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, u] = fl({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, u];
}
const Lg = Se({
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
      const [n, o, i] = Vg(e);
      return Ne(Qo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Hg = Lg, Fg = Se({
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
}), vl = Fg, Yg = Se({
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
    return () => Ne(vl, { ...e, ...t, borderRadius: 0 });
  }
}), Xg = Yg, Gg = Se({
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
}), Ug = Gg, qg = Se({
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
      const [n, o, i] = pl({
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
}), Wg = qg, Kg = {
  input: Sg,
  default: kg,
  output: Ng
}, Zg = {
  default: Ug,
  straight: Hg,
  step: Xg,
  smoothstep: vl,
  simplebezier: Wg
};
function jg(e, t, n) {
  const o = ae(() => (y) => t.value.get(y)), i = ae(() => (y) => n.value.get(y)), r = ae(() => {
    const y = {
      ...Zg,
      ...e.edgeTypes
    }, b = Object.keys(y);
    for (const w of e.edges)
      w.type && !b.includes(w.type) && (y[w.type] = w.type);
    return y;
  }), s = ae(() => {
    const y = {
      ...Kg,
      ...e.nodeTypes
    }, b = Object.keys(y);
    for (const w of e.nodes)
      w.type && !b.includes(w.type) && (y[w.type] = w.type);
    return y;
  }), a = ae(() => e.onlyRenderVisibleElements ? Qa(
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
      const y = [];
      for (const b of e.edges) {
        const w = t.value.get(b.source), E = t.value.get(b.target);
        qh({
          sourcePos: w.computedPosition || { x: 0, y: 0 },
          targetPos: E.computedPosition || { x: 0, y: 0 },
          sourceWidth: w.dimensions.width,
          sourceHeight: w.dimensions.height,
          targetWidth: E.dimensions.width,
          targetHeight: E.dimensions.height,
          width: e.dimensions.width,
          height: e.dimensions.height,
          viewport: e.viewport
        }) && y.push(b);
      }
      return y;
    }
    return e.edges;
  }), l = ae(() => [...a.value, ...u.value]), c = ae(() => {
    const y = [];
    for (const b of e.nodes)
      b.selected && y.push(b);
    return y;
  }), d = ae(() => {
    const y = [];
    for (const b of e.edges)
      b.selected && y.push(b);
    return y;
  }), f = ae(() => [
    ...c.value,
    ...d.value
  ]), g = ae(() => {
    const y = [];
    for (const b of e.nodes)
      b.dimensions.width && b.dimensions.height && b.handleBounds !== void 0 && y.push(b);
    return y;
  }), m = ae(
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
    const o = dl(), i = Ni(o), r = {};
    for (const [f, g] of Object.entries(i.hooks)) {
      const m = `on${f.charAt(0).toUpperCase() + f.slice(1)}`;
      r[m] = g.on;
    }
    const s = {};
    for (const [f, g] of Object.entries(i.hooks))
      s[f] = g.trigger;
    const a = ae(() => {
      const f = /* @__PURE__ */ new Map();
      for (const g of i.nodes)
        f.set(g.id, g);
      return f;
    }), u = ae(() => {
      const f = /* @__PURE__ */ new Map();
      for (const g of i.edges)
        f.set(g.id, g);
      return f;
    }), l = jg(i, a, u), c = Eg(i, a, u);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...l,
      ...c,
      ...Fu(i),
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
  const t = Rt.getInstance(), n = la(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? n?.vueFlowId;
  let a;
  if (n) {
    const u = Ot(hs, null);
    typeof u < "u" && u !== null && (!s || u.id === s) && (a = u);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const u = r ?? t.getId(), l = t.create(u, i);
    a = l, (n ?? ua(!0)).run(() => {
      $e(
        l.applyDefault,
        (d, f, g) => {
          const m = (b) => {
            l.applyNodeChanges(b);
          }, y = (b) => {
            l.applyEdgeChanges(b);
          };
          d ? (l.onNodesChange(m), l.onEdgesChange(y)) : (l.hooks.value.nodesChange.off(m), l.hooks.value.edgesChange.off(y)), g(() => {
            l.hooks.value.nodesChange.off(m), l.hooks.value.edgesChange.off(y);
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
  if (n && (Mt(hs, a), n.vueFlowId = a.id), o) {
    const u = cn();
    u?.type.name !== "VueFlow" && a.emits.error(new Be(ze.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function Qg(e) {
  const { emits: t, dimensions: n } = Ce();
  let o;
  bt(() => {
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
const Jg = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, ep = /* @__PURE__ */ Se({
  ...Jg,
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
}), tp = ["tabIndex"], np = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, op = /* @__PURE__ */ Se({
  ...np,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Ce(), a = cl(), u = Ie(null), l = al({
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
    bt(() => {
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
    function g(m) {
      r.value || Jt[m.key] && (m.preventDefault(), a(
        {
          x: Jt[m.key].x,
          y: Jt[m.key].y
        },
        m.shiftKey
      ));
    }
    return (m, y) => !Z(s) && c.value.width && c.value.height ? (Q(), le("div", {
      key: 0,
      class: Ue(["vue-flow__nodesselection vue-flow__container", Z(i)]),
      style: De({ transform: `translate(${Z(n).x}px,${Z(n).y}px) scale(${Z(n).zoom})` })
    }, [
      Ee("div", {
        ref_key: "el",
        ref: u,
        class: Ue([{ dragging: Z(l) }, "vue-flow__nodesselection-rect"]),
        style: De(d.value),
        tabIndex: Z(r) ? void 0 : -1,
        onContextmenu: f,
        onKeydown: g
      }, null, 46, tp)
    ], 6)) : ke("", !0);
  }
});
function ip(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const rp = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, sp = /* @__PURE__ */ Se({
  ...rp,
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
      selectionMode: m,
      deleteKeyCode: y,
      multiSelectionKeyCode: b,
      multiSelectionActive: w,
      edgeLookup: E,
      nodeLookup: v,
      connectionLookup: x,
      defaultEdgeOptions: A,
      connectionStartHandle: H,
      panOnDrag: Y
    } = Ce(), B = Ct(null), R = Ct(/* @__PURE__ */ new Set()), X = Ct(/* @__PURE__ */ new Set()), L = Ct(null), N = xe(() => u.value && (e.isSelecting || r.value)), U = xe(() => H.value !== null);
    let h = !1, $ = !1;
    const p = Cn(y, { actInsideInputWithModifier: !1 }), T = Cn(b);
    $e(p, (K) => {
      K && (f(d.value), g(c.value), l.value = !1);
    }), $e(T, (K) => {
      w.value = K;
    });
    function M(K, j) {
      return (ee) => {
        ee.target === j && K?.(ee);
      };
    }
    function z(K) {
      if (h || U.value) {
        h = !1;
        return;
      }
      i.paneClick(K), s(), l.value = !1;
    }
    function O(K) {
      var j;
      if (Array.isArray(Y.value) && ((j = Y.value) != null && j.includes(2))) {
        K.preventDefault();
        return;
      }
      i.paneContextMenu(K);
    }
    function G(K) {
      i.paneScroll(K);
    }
    function J(K) {
      var j, ee, he;
      if (L.value = ((j = t.value) == null ? void 0 : j.getBoundingClientRect()) ?? null, !u.value || !e.isSelecting || K.button !== 0 || K.target !== B.value || !L.value)
        return;
      (he = (ee = K.target) == null ? void 0 : ee.setPointerCapture) == null || he.call(ee, K.pointerId);
      const { x: ye, y: ve } = ip(K, L.value);
      $ = !0, h = !1, s(), a.value = {
        width: 0,
        height: 0,
        startX: ye,
        startY: ve,
        x: ye,
        y: ve
      }, i.selectionStart(K);
    }
    function ie(K) {
      var j;
      if (!L.value || !a.value)
        return;
      h = !0;
      const { x: ee, y: he } = at(K, L.value), { startX: ye = 0, startY: ve = 0 } = a.value, _e = {
        startX: ye,
        startY: ve,
        x: ee < ye ? ee : ye,
        y: he < ve ? he : ve,
        width: Math.abs(ee - ye),
        height: Math.abs(he - ve)
      }, de = R.value, ge = X.value;
      R.value = new Set(
        Qa(n.value, _e, o.value, m.value === cr.Partial, !0).map(
          (_) => _.id
        )
      ), X.value = /* @__PURE__ */ new Set();
      const k = ((j = A.value) == null ? void 0 : j.selectable) ?? !0;
      for (const _ of R.value) {
        const S = x.value.get(_);
        if (S)
          for (const { edgeId: D } of S.values()) {
            const I = E.value.get(D);
            I && (I.selectable ?? k) && X.value.add(D);
          }
      }
      if (!fs(de, R.value)) {
        const _ = kt(v.value, R.value, !0);
        i.nodesChange(_);
      }
      if (!fs(ge, X.value)) {
        const _ = kt(E.value, X.value);
        i.edgesChange(_);
      }
      a.value = _e, r.value = !0, l.value = !1;
    }
    function q(K) {
      var j;
      K.button !== 0 || !$ || ((j = K.target) == null || j.releasePointerCapture(K.pointerId), !r.value && a.value && K.target === B.value && z(K), r.value = !1, a.value = null, l.value = R.value.size > 0, i.selectionEnd(K), e.selectionKeyPressed && (h = !1), $ = !1);
    }
    return (K, j) => (Q(), le("div", {
      ref_key: "container",
      ref: B,
      class: Ue(["vue-flow__pane vue-flow__container", { selection: K.isSelecting }]),
      onClick: j[0] || (j[0] = (ee) => N.value ? void 0 : M(z, B.value)(ee)),
      onContextmenu: j[1] || (j[1] = (ee) => M(O, B.value)(ee)),
      onWheelPassive: j[2] || (j[2] = (ee) => M(G, B.value)(ee)),
      onPointerenter: j[3] || (j[3] = (ee) => N.value ? void 0 : Z(i).paneMouseEnter(ee)),
      onPointerdown: j[4] || (j[4] = (ee) => N.value ? J(ee) : Z(i).paneMouseMove(ee)),
      onPointermove: j[5] || (j[5] = (ee) => N.value ? ie(ee) : Z(i).paneMouseMove(ee)),
      onPointerup: j[6] || (j[6] = (ee) => N.value ? q(ee) : void 0),
      onPointerleave: j[7] || (j[7] = (ee) => Z(i).paneMouseLeave(ee))
    }, [
      Te(K.$slots, "default"),
      Z(r) && Z(a) ? (Q(), Re(ep, {
        key: 0,
        "user-selection-rect": Z(a)
      }, null, 8, ["user-selection-rect"])) : ke("", !0),
      Z(l) && Z(d).length ? (Q(), Re(op, { key: 1 })) : ke("", !0)
    ], 34));
  }
}), ap = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, lp = /* @__PURE__ */ Se({
  ...ap,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Ce(), i = ae(() => n.value ? !o.value : !1), r = ae(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (Q(), le("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: De({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Te(s.$slots, "default")
    ], 4));
  }
}), up = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, cp = /* @__PURE__ */ Se({
  ...up,
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
      zoomOnScroll: m,
      preventScrolling: y,
      noWheelClassName: b,
      noPanClassName: w,
      emits: E,
      connectionStartHandle: v,
      userSelectionActive: x,
      paneDragging: A,
      d3Zoom: H,
      d3Selection: Y,
      d3ZoomHandler: B,
      viewport: R,
      viewportRef: X,
      paneClickDistance: L
    } = Ce();
    Qg(X);
    const N = Ct(!1), U = Ct(!1);
    let h = null, $ = !1, p = 0, T = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const M = Cn(a), z = Cn(s), O = Cn(r), G = xe(
      () => (!z.value || z.value && s.value === !0) && (M.value || d.value)
    ), J = xe(() => M.value || u.value), ie = xe(() => s.value === !0 && G.value !== !0), q = xe(
      () => z.value && s.value !== !0 || x.value || ie.value
    ), K = xe(() => v.value !== null);
    bt(() => {
      if (!X.value) {
        Gn("Viewport element is missing");
        return;
      }
      const ve = X.value, _e = ve.getBoundingClientRect(), de = Sh().clickDistance(L.value).scaleExtent([t.value, n.value]).translateExtent(i.value), ge = Qe(ve).call(de), k = ge.on("wheel.zoom"), _ = on.translate(o.value.x ?? 0, o.value.y ?? 0).scale(Ut(o.value.zoom ?? 1, t.value, n.value)), S = [
        [0, 0],
        [_e.width, _e.height]
      ], D = de.constrain()(_, S, i.value);
      de.transform(ge, D), de.wheelDelta(Vi), H.value = de, Y.value = ge, B.value = k, R.value = { x: D.x, y: D.y, zoom: D.k }, de.on("start", (I) => {
        var te;
        if (!I.sourceEvent)
          return null;
        p = I.sourceEvent.button, N.value = !0;
        const oe = he(I.transform);
        ((te = I.sourceEvent) == null ? void 0 : te.type) === "mousedown" && (A.value = !0), T = oe, E.viewportChangeStart(oe), E.moveStart({ event: I, flowTransform: oe });
      }), de.on("end", (I) => {
        if (!I.sourceEvent)
          return null;
        if (N.value = !1, A.value = !1, j(G.value, p ?? 0) && !$ && E.paneContextMenu(I.sourceEvent), $ = !1, ee(T, I.transform)) {
          const te = he(I.transform);
          T = te, E.viewportChangeEnd(te), E.moveEnd({ event: I, flowTransform: te });
        }
      }), de.filter((I) => {
        var te;
        const oe = O.value || m.value, ue = g.value && I.ctrlKey, re = I.button, fe = I.type === "wheel";
        if (re === 1 && I.type === "mousedown" && (ye(I, "vue-flow__node") || ye(I, "vue-flow__edge")))
          return !0;
        if (!G.value && !oe && !J.value && !f.value && !g.value || x.value || K.value && !fe || !f.value && I.type === "dblclick" || ye(I, b.value) && fe || ye(I, w.value) && (!fe || J.value && fe && !O.value) || !g.value && I.ctrlKey && fe || !oe && !J.value && !ue && fe)
          return !1;
        if (!g && I.type === "touchstart" && ((te = I.touches) == null ? void 0 : te.length) > 1)
          return I.preventDefault(), !1;
        if (!G.value && (I.type === "mousedown" || I.type === "touchstart") || ie.value && Array.isArray(d.value) && d.value.includes(0) && re === 0 || Array.isArray(d.value) && !d.value.includes(re) && (I.type === "mousedown" || I.type === "touchstart"))
          return !1;
        const me = Array.isArray(d.value) && d.value.includes(re) || s.value === !0 && Array.isArray(d.value) && !d.value.includes(0) || !re || re <= 1;
        return (!I.ctrlKey || M.value || fe) && me;
      }), $e(
        [x, G],
        () => {
          x.value && !N.value ? de.on("zoom", null) : x.value || de.on("zoom", (I) => {
            R.value = { x: I.transform.x, y: I.transform.y, zoom: I.transform.k };
            const te = he(I.transform);
            $ = j(G.value, p ?? 0), E.viewportChange(te), E.move({ event: I, flowTransform: te });
          });
        },
        { immediate: !0 }
      ), $e(
        [x, J, l, O, g, y, b],
        () => {
          J.value && !O.value && !x.value ? ge.on(
            "wheel.zoom",
            (I) => {
              if (ye(I, b.value))
                return !1;
              const te = O.value || m.value, oe = g.value && I.ctrlKey;
              if (!(!y.value || J.value || te || oe))
                return !1;
              I.preventDefault(), I.stopImmediatePropagation();
              const re = ge.property("__zoom").k || 1, fe = Rn();
              if (!M.value && I.ctrlKey && g.value && fe) {
                const ii = rt(I), Dt = Vi(I), ri = re * 2 ** Dt;
                de.scaleTo(ge, ri, ii, I);
                return;
              }
              const me = I.deltaMode === 1 ? 20 : 1;
              let be = l.value === Sn.Vertical ? 0 : I.deltaX * me, it = l.value === Sn.Horizontal ? 0 : I.deltaY * me;
              !fe && I.shiftKey && l.value !== Sn.Vertical && !be && it && (be = it, it = 0), de.translateBy(
                ge,
                -(be / re) * c.value,
                -(it / re) * c.value
              );
              const Ke = he(ge.property("__zoom"));
              h && clearTimeout(h), U.value ? (E.move({ event: I, flowTransform: Ke }), E.viewportChange(Ke), h = setTimeout(() => {
                E.moveEnd({ event: I, flowTransform: Ke }), E.viewportChangeEnd(Ke), U.value = !1;
              }, 150)) : (U.value = !0, E.moveStart({ event: I, flowTransform: Ke }), E.viewportChangeStart(Ke));
            },
            { passive: !1 }
          ) : typeof k < "u" && ge.on(
            "wheel.zoom",
            function(I, te) {
              const oe = !y.value && I.type === "wheel" && !I.ctrlKey, ue = O.value || m.value, re = g.value && I.ctrlKey;
              if (!ue && !u.value && !re && I.type === "wheel" || oe || ye(I, b.value))
                return null;
              I.preventDefault(), k.call(this, I, te);
            },
            { passive: !1 }
          );
        },
        { immediate: !0 }
      );
    });
    function j(ve, _e) {
      return _e === 2 && Array.isArray(ve) && ve.includes(2);
    }
    function ee(ve, _e) {
      return ve.x !== _e.x && !Number.isNaN(_e.x) || ve.y !== _e.y && !Number.isNaN(_e.y) || ve.zoom !== _e.k && !Number.isNaN(_e.k);
    }
    function he(ve) {
      return {
        x: ve.x,
        y: ve.y,
        zoom: ve.k
      };
    }
    function ye(ve, _e) {
      return ve.target.closest(`.${_e}`);
    }
    return (ve, _e) => (Q(), le("div", {
      ref_key: "viewportRef",
      ref: X,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      Ve(sp, {
        "is-selecting": q.value,
        "selection-key-pressed": Z(z),
        class: Ue({
          connecting: K.value,
          dragging: Z(A),
          draggable: Z(d) === !0 || Array.isArray(Z(d)) && Z(d).includes(0)
        })
      }, {
        default: je(() => [
          Ve(lp, null, {
            default: je(() => [
              Te(ve.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), dp = ["id"], fp = ["id"], hp = ["id"], gp = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, pp = /* @__PURE__ */ Se({
  ...gp,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Ce();
    return (i, r) => (Q(), le(He, null, [
      Ee("div", {
        id: `${Z(Ya)}-${Z(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Pe(Z(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, dp),
      Ee("div", {
        id: `${Z(Xa)}-${Z(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, fp),
      Z(n) ? ke("", !0) : (Q(), le("div", {
        key: 0,
        id: `${Z(Dh)}-${Z(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Pe(Z(o)), 9, hp))
    ], 64));
  }
});
function vp() {
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
function mp(e, t, n) {
  return n === se.Left ? e - t : n === se.Right ? e + t : e;
}
function yp(e, t, n) {
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
    cx: mp(t, e, o),
    cy: yp(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
gr.props = ["radius", "centerX", "centerY", "position", "type"];
gr.compatConfig = { MODE: 3 };
const ys = gr, wp = Se({
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
      disableKeyboardA11y: m,
      elementsSelectable: y,
      edgesUpdatable: b,
      edgesFocusable: w,
      hooks: E
    } = Ce(), v = ae(() => c(e.id)), { emit: x, on: A } = ug(v.value, r), H = Ot(Wo), Y = cn(), B = Ie(!1), R = Ie(!1), X = Ie(""), L = Ie(null), N = Ie("source"), U = Ie(null), h = xe(
      () => typeof v.value.selectable > "u" ? y.value : v.value.selectable
    ), $ = xe(() => typeof v.value.updatable > "u" ? b.value : v.value.updatable), p = xe(() => typeof v.value.focusable > "u" ? w.value : v.value.focusable);
    Mt(sg, e.id), Mt(ag, U);
    const T = ae(() => v.value.class instanceof Function ? v.value.class(v.value) : v.value.class), M = ae(() => v.value.style instanceof Function ? v.value.style(v.value) : v.value.style), z = ae(() => {
      const _ = v.value.type || "default", S = H?.[`edge-${_}`];
      if (S)
        return S;
      let D = v.value.template ?? u.value[_];
      if (typeof D == "string" && Y) {
        const I = Object.keys(Y.appContext.components);
        I && I.includes(_) && (D = da(_, !1));
      }
      return D && typeof D != "string" ? D : (r.error(new Be(ze.EDGE_TYPE_MISSING, D)), !1);
    }), { handlePointerDown: O } = ll({
      nodeId: X,
      handleId: L,
      type: N,
      isValidConnection: f,
      edgeUpdaterType: N,
      onEdgeUpdate: ie,
      onEdgeUpdateEnd: q
    });
    return () => {
      const _ = d(v.value.source), S = d(v.value.target), D = "pathOptions" in v.value ? v.value.pathOptions : {};
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
      const te = ss(I, v.value.sourceHandle);
      let oe;
      o.value === It.Strict ? oe = S.handleBounds.target : oe = [...S.handleBounds.target || [], ...S.handleBounds.source || []];
      const ue = ss(oe, v.value.targetHandle), re = te?.position || se.Bottom, fe = ue?.position || se.Top, { x: me, y: be } = rn(_, te, re), { x: it, y: Ke } = rn(S, ue, fe);
      return v.value.sourceX = me, v.value.sourceY = be, v.value.targetX = it, v.value.targetY = Ke, Ne(
        "g",
        {
          ref: U,
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
              inactive: !h.value && !E.value.edgeClick.hasListeners()
            }
          ],
          tabIndex: p.value ? 0 : void 0,
          "aria-label": v.value.ariaLabel === null ? void 0 : v.value.ariaLabel ?? `Edge from ${v.value.source} to ${v.value.target}`,
          "aria-describedby": p.value ? `${Xa}-${t}` : void 0,
          "aria-roledescription": "edge",
          role: p.value ? "group" : "img",
          ...v.value.domAttributes,
          onClick: j,
          onContextmenu: ee,
          onDblclick: he,
          onMouseenter: ye,
          onMousemove: ve,
          onMouseleave: _e,
          onKeyDown: p.value ? k : void 0
        },
        [
          R.value ? null : Ne(z.value === !1 ? u.value.default : z.value, {
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
            events: { ...v.value.events, ...A },
            style: M.value,
            markerStart: `url('#${zn(v.value.markerStart, t)}')`,
            markerEnd: `url('#${zn(v.value.markerEnd, t)}')`,
            sourcePosition: re,
            targetPosition: fe,
            sourceX: me,
            sourceY: be,
            targetX: it,
            targetY: Ke,
            sourceHandleId: v.value.sourceHandle,
            targetHandleId: v.value.targetHandle,
            interactionWidth: v.value.interactionWidth,
            ...D
          }),
          [
            $.value === "source" || $.value === !0 ? [
              Ne(
                "g",
                {
                  onMousedown: de,
                  onMouseenter: G,
                  onMouseout: J
                },
                Ne(ys, {
                  position: re,
                  centerX: me,
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
                  onMousedown: ge,
                  onMouseenter: G,
                  onMouseout: J
                },
                Ne(ys, {
                  position: fe,
                  centerX: it,
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
    function G() {
      B.value = !0;
    }
    function J() {
      B.value = !1;
    }
    function ie(_, S) {
      x.update({ event: _, edge: v.value, connection: S });
    }
    function q(_) {
      x.updateEnd({ event: _, edge: v.value }), R.value = !1;
    }
    function K(_, S) {
      _.button === 0 && (R.value = !0, X.value = S ? v.value.target : v.value.source, L.value = (S ? v.value.targetHandle : v.value.sourceHandle) ?? null, N.value = S ? "target" : "source", x.updateStart({ event: _, edge: v.value }), O(_));
    }
    function j(_) {
      var S;
      const D = { event: _, edge: v.value };
      h.value && (s.value = !1, v.value.selected && g.value ? (l([v.value]), (S = U.value) == null || S.blur()) : n([v.value])), x.click(D);
    }
    function ee(_) {
      x.contextMenu({ event: _, edge: v.value });
    }
    function he(_) {
      x.doubleClick({ event: _, edge: v.value });
    }
    function ye(_) {
      x.mouseEnter({ event: _, edge: v.value });
    }
    function ve(_) {
      x.mouseMove({ event: _, edge: v.value });
    }
    function _e(_) {
      x.mouseLeave({ event: _, edge: v.value });
    }
    function de(_) {
      K(_, !0);
    }
    function ge(_) {
      K(_, !1);
    }
    function k(_) {
      var S;
      !m.value && Ga.includes(_.key) && h.value && (_.key === "Escape" ? ((S = U.value) == null || S.blur(), l([c(e.id)])) : n([c(e.id)]));
    }
  }
}), _p = wp, bp = Se({
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
    } = Ce(), f = (e = Ot(Wo)) == null ? void 0 : e["connection-line"], g = ae(() => {
      var E;
      return d((E = o.value) == null ? void 0 : E.nodeId);
    }), m = ae(() => {
      var E;
      return d((E = i.value) == null ? void 0 : E.nodeId) ?? null;
    }), y = ae(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), b = ae(
      () => u.value.markerStart ? `url(#${zn(u.value.markerStart, t)})` : ""
    ), w = ae(
      () => u.value.markerEnd ? `url(#${zn(u.value.markerEnd, t)})` : ""
    );
    return () => {
      var E, v, x;
      if (!g.value || !o.value)
        return null;
      const A = o.value.id, H = o.value.type, Y = g.value.handleBounds;
      let B = Y?.[H] ?? [];
      if (n.value === It.Loose) {
        const M = Y?.[H === "source" ? "target" : "source"] ?? [];
        B = [...B, ...M];
      }
      if (!B)
        return null;
      const R = (A ? B.find((M) => M.id === A) : B[0]) ?? null, X = R?.position ?? se.Top, { x: L, y: N } = rn(g.value, R, X);
      let U = null;
      m.value && (n.value === It.Strict ? U = ((E = m.value.handleBounds[H === "source" ? "target" : "source"]) == null ? void 0 : E.find(
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
      const h = ((x = i.value) == null ? void 0 : x.position) ?? (X ? Li[X] : null);
      if (!X || !h)
        return null;
      const $ = s.value ?? u.value.type ?? At.Bezier;
      let p = "";
      const T = {
        sourceX: L,
        sourceY: N,
        sourcePosition: X,
        targetX: y.value.x,
        targetY: y.value.y,
        targetPosition: h
      };
      return $ === At.Bezier ? [p] = gl(T) : $ === At.Step ? [p] = Fi({
        ...T,
        borderRadius: 0
      }) : $ === At.SmoothStep ? [p] = Fi(T) : $ === At.SimpleBezier ? [p] = pl(T) : p = `M${L},${N} ${y.value.x},${y.value.y}`, Ne(
        "svg",
        { class: "vue-flow__edges vue-flow__connectionline vue-flow__container" },
        Ne(
          "g",
          { class: "vue-flow__connection" },
          f ? Ne(f, {
            sourceX: L,
            sourceY: N,
            sourcePosition: X,
            targetX: y.value.x,
            targetY: y.value.y,
            targetPosition: h,
            sourceNode: g.value,
            sourceHandle: R,
            targetNode: m.value,
            targetHandle: U,
            markerEnd: w.value,
            markerStart: b.value,
            connectionStatus: l.value
          }) : Ne("path", {
            d: p,
            class: [u.value.class, l.value, "vue-flow__connection-path"],
            style: {
              ...a.value,
              ...u.value.style
            },
            "marker-end": w.value,
            "marker-start": b.value
          })
        )
      );
    };
  }
}), Ep = bp, xp = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], $p = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, kp = /* @__PURE__ */ Se({
  ...$p,
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
      t.type === Z(Mo).ArrowClosed ? (Q(), le("polyline", {
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
      t.type === Z(Mo).Arrow ? (Q(), le("polyline", {
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
    ], 8, xp));
  }
}), Np = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, Sp = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, Cp = /* @__PURE__ */ Se({
  ...Sp,
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
    return (s, a) => (Q(), le("svg", Np, [
      Ee("defs", null, [
        (Q(!0), le(He, null, Yt(r.value, (u) => (Q(), Re(kp, {
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
}), Mp = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, Ip = /* @__PURE__ */ Se({
  ...Mp,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Ce();
    return (i, r) => (Q(), le(He, null, [
      Ve(Cp),
      (Q(!0), le(He, null, Yt(Z(n), (s) => (Q(), le("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: De({ zIndex: Z(Wh)(s, Z(t), Z(o)) })
      }, [
        Ve(Z(_p), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      Ve(Z(Ep))
    ], 64));
  }
}), Tp = Se({
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
      disableKeyboardA11y: m,
      ariaLiveMessage: y,
      snapToGrid: b,
      snapGrid: w,
      nodeDragThreshold: E,
      nodesDraggable: v,
      elementsSelectable: x,
      nodesConnectable: A,
      nodesFocusable: H,
      hooks: Y
    } = Ce(), B = Ie(null);
    Mt(sl, B), Mt(rl, e.id);
    const R = Ot(Wo), X = cn(), L = cl(), { node: N, parentNode: U } = ul(e.id), { emit: h, on: $ } = hg(N, s), p = xe(() => typeof N.draggable > "u" ? v.value : N.draggable), T = xe(() => typeof N.selectable > "u" ? x.value : N.selectable), M = xe(() => typeof N.connectable > "u" ? A.value : N.connectable), z = xe(() => typeof N.focusable > "u" ? H.value : N.focusable), O = ae(
      () => T.value || p.value || Y.value.nodeClick.hasListeners() || Y.value.nodeDoubleClick.hasListeners() || Y.value.nodeMouseEnter.hasListeners() || Y.value.nodeMouseMove.hasListeners() || Y.value.nodeMouseLeave.hasListeners()
    ), G = xe(() => !!N.dimensions.width && !!N.dimensions.height), J = ae(() => {
      const S = N.type || "default", D = R?.[`node-${S}`];
      if (D)
        return D;
      let I = N.template || d.value[S];
      if (typeof I == "string" && X) {
        const te = Object.keys(X.appContext.components);
        te && te.includes(S) && (I = da(S, !1));
      }
      return I && typeof I != "string" ? I : (s.error(new Be(ze.NODE_TYPE_MISSING, I)), !1);
    }), ie = al({
      id: e.id,
      el: B,
      disabled: () => !p.value,
      selectable: T,
      dragHandle: () => N.dragHandle,
      onStart(S) {
        h.dragStart(S);
      },
      onDrag(S) {
        h.drag(S);
      },
      onStop(S) {
        h.dragStop(S);
      },
      onClick(S) {
        k(S);
      }
    }), q = ae(() => N.class instanceof Function ? N.class(N) : N.class), K = ae(() => {
      const S = (N.style instanceof Function ? N.style(N) : N.style) || {}, D = N.width instanceof Function ? N.width(N) : N.width, I = N.height instanceof Function ? N.height(N) : N.height;
      return !S.width && D && (S.width = typeof D == "string" ? D : `${D}px`), !S.height && I && (S.height = typeof I == "string" ? I : `${I}px`), S;
    }), j = xe(() => Number(N.zIndex ?? K.value.zIndex ?? 0));
    return c((S) => {
      (S.includes(e.id) || !S.length) && he();
    }), bt(() => {
      $e(
        () => N.hidden,
        (S = !1, D, I) => {
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
        j,
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
      ([S, D, I, te, oe, ue]) => {
        const re = {
          x: S,
          y: D,
          z: ue + (g.value && N.selected ? 1e3 : 0)
        };
        typeof I < "u" && typeof te < "u" ? N.computedPosition = Fh({ x: I, y: te, z: oe }, re) : N.computedPosition = re;
      },
      { flush: "post", immediate: !0 }
    ), $e([() => N.extent, f], ([S, D], [I, te]) => {
      (S !== I || D !== te) && ee();
    }), N.extent === "parent" || typeof N.extent == "object" && "range" in N.extent && N.extent.range === "parent" ? Mi(() => G).toBe(!0).then(ee) : ee(), () => N.hidden ? null : Ne(
      "div",
      {
        ref: B,
        "data-id": N.id,
        class: [
          "vue-flow__node",
          `vue-flow__node-${J.value === !1 ? "default" : N.type || "default"}`,
          {
            [n.value]: p.value,
            dragging: ie?.value,
            draggable: p.value,
            selected: N.selected,
            selectable: T.value,
            parent: N.isParent
          },
          q.value
        ],
        style: {
          visibility: G.value ? "visible" : "hidden",
          zIndex: N.computedPosition.z ?? j.value,
          transform: `translate(${N.computedPosition.x}px,${N.computedPosition.y}px)`,
          pointerEvents: O.value ? "all" : "none",
          ...K.value
        },
        tabIndex: z.value ? 0 : void 0,
        role: z.value ? "group" : void 0,
        "aria-describedby": m.value ? void 0 : `${Ya}-${t}`,
        "aria-label": N.ariaLabel,
        "aria-roledescription": "node",
        ...N.domAttributes,
        onMouseenter: ye,
        onMousemove: ve,
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
          dragging: ie.value,
          connectable: M.value,
          position: N.computedPosition,
          dimensions: N.dimensions,
          isValidTargetPos: N.isValidTargetPos,
          isValidSourcePos: N.isValidSourcePos,
          parent: N.parentNode,
          parentNodeId: N.parentNode,
          zIndex: N.computedPosition.z ?? j.value,
          targetPosition: N.targetPosition,
          sourcePosition: N.sourcePosition,
          label: N.label,
          dragHandle: N.dragHandle,
          onUpdateNodeInternals: he
        })
      ]
    );
    function ee() {
      const S = N.computedPosition, { computedPosition: D, position: I } = fr(
        N,
        b.value ? qo(S, w.value) : S,
        s.error,
        f.value,
        U.value
      );
      (N.computedPosition.x !== D.x || N.computedPosition.y !== D.y) && (N.computedPosition = { ...N.computedPosition, ...D }), (N.position.x !== I.x || N.position.y !== I.y) && (N.position = I);
    }
    function he() {
      B.value && l([{ id: e.id, nodeElement: B.value, forceUpdate: !0 }]);
    }
    function ye(S) {
      ie?.value || h.mouseEnter({ event: S, node: N });
    }
    function ve(S) {
      ie?.value || h.mouseMove({ event: S, node: N });
    }
    function _e(S) {
      ie?.value || h.mouseLeave({ event: S, node: N });
    }
    function de(S) {
      return h.contextMenu({ event: S, node: N });
    }
    function ge(S) {
      return h.doubleClick({ event: S, node: N });
    }
    function k(S) {
      T.value && (!o.value || !p.value || E.value > 0) && Hi(
        N,
        r.value,
        u,
        a,
        i,
        !1,
        B.value
      ), h.click({ event: S, node: N });
    }
    function _(S) {
      if (!(Bi(S) || m.value))
        if (Ga.includes(S.key) && T.value) {
          const D = S.key === "Escape";
          Hi(
            N,
            r.value,
            u,
            a,
            i,
            D,
            B.value
          );
        } else p.value && N.selected && Jt[S.key] && (S.preventDefault(), y.value = `Moved selected node ${S.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~N.position.x}, y: ${~~N.position.y}`, L(
          {
            x: Jt[S.key].x,
            y: Jt[S.key].y
          },
          S.shiftKey
        ));
    }
  }
}), Op = Tp;
function Dp(e = { includeHiddenNodes: !1 }) {
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
const Pp = { class: "vue-flow__nodes vue-flow__container" }, Ap = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, zp = /* @__PURE__ */ Se({
  ...Ap,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Ce(), i = Dp(), r = Ie();
    return $e(
      i,
      (s) => {
        s && Ge(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), bt(() => {
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
    }), (s, a) => (Q(), le("div", Pp, [
      r.value ? (Q(!0), le(He, { key: 0 }, Yt(Z(t), (u, l, c, d) => {
        const f = [u.id];
        if (d && d.key === u.id && Nu(d, f))
          return d;
        const g = (Q(), Re(Z(Op), {
          id: u.id,
          key: u.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return g.memo = f, g;
      }, a, 0), 128)) : ke("", !0)
    ]));
  }
});
function Rp() {
  const { emits: e } = Ce();
  bt(() => {
    if (il()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new Be(ze.MISSING_STYLES));
    }
  });
}
const Bp = /* @__PURE__ */ Ee("div", { class: "vue-flow__edge-labels" }, null, -1), Vp = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Lp = /* @__PURE__ */ Se({
  ...Vp,
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
    const o = e, i = ca(), r = si(o, "modelValue", n), s = si(o, "nodes", n), a = si(o, "edges", n), u = Ce(o), l = mg({ modelValue: r, nodes: s, edges: a }, o, u);
    return wg(n, u.hooks), vp(), Rp(), Mt(Wo, i), xu(l), t(u), (c, d) => (Q(), le("div", {
      ref: Z(u).vueFlowRef,
      class: "vue-flow"
    }, [
      Ve(cp, null, {
        default: je(() => [
          Ve(Ip),
          Bp,
          Ve(zp),
          Te(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Te(c.$slots, "default"),
      Ve(pp)
    ], 512));
  }
}), Hp = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, ml = /* @__PURE__ */ Se({
  ...Hp,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Ce(), o = ae(() => `${t.position}`.split("-"));
    return (i, r) => (Q(), le("div", {
      class: Ue(["vue-flow__panel", o.value]),
      style: De({ pointerEvents: Z(n) ? "none" : "all" })
    }, [
      Te(i.$slots, "default")
    ], 6));
  }
});
var mt = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(mt || {});
const yl = function({ dimensions: e, size: t, color: n }) {
  return Ne("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, wl = function({ radius: e, color: t }) {
  return Ne("circle", { cx: e, cy: e, r: e, fill: t });
};
mt.Lines + "", mt.Dots + "";
const Fp = {
  [mt.Dots]: "#81818a",
  [mt.Lines]: "#eee"
}, Yp = ["id", "x", "y", "width", "height", "patternTransform"], Xp = {
  key: 2,
  height: "100",
  width: "100"
}, Gp = ["fill"], Up = ["x", "y", "fill"], qp = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, Wp = /* @__PURE__ */ Se({
  ...qp,
  props: {
    id: {},
    variant: { default: () => mt.Dots },
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
      const s = n.value.zoom, [a, u] = Array.isArray(e.gap) ? e.gap : [e.gap, e.gap], l = [a * s || 1, u * s || 1], c = e.size * s, [d, f] = Array.isArray(e.offset) ? e.offset : [e.offset, e.offset], g = [d * s || 1 + l[0] / 2, f * s || 1 + l[1] / 2];
      return {
        scaledGap: l,
        offset: g,
        size: c
      };
    }), i = xe(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = xe(() => e.color || e.patternColor || Fp[e.variant || mt.Dots]);
    return (s, a) => (Q(), le("svg", {
      class: "vue-flow__background vue-flow__container",
      style: De({
        height: `${s.height > 100 ? 100 : s.height}%`,
        width: `${s.width > 100 ? 100 : s.width}%`
      })
    }, [
      Te(s.$slots, "pattern-container", { id: i.value }, () => [
        Ee("pattern", {
          id: i.value,
          x: Z(n).x % o.value.scaledGap[0],
          y: Z(n).y % o.value.scaledGap[1],
          width: o.value.scaledGap[0],
          height: o.value.scaledGap[1],
          patternTransform: `translate(-${o.value.offset[0]},-${o.value.offset[1]})`,
          patternUnits: "userSpaceOnUse"
        }, [
          Te(s.$slots, "pattern", {}, () => [
            s.variant === Z(mt).Lines ? (Q(), Re(Z(yl), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === Z(mt).Dots ? (Q(), Re(Z(wl), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : ke("", !0),
            s.bgColor ? (Q(), le("svg", Xp, [
              Ee("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Gp)
            ])) : ke("", !0)
          ])
        ], 8, Yp)
      ]),
      Ee("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Up),
      Te(s.$slots, "default", { id: i.value })
    ], 4));
  }
}), Kp = {
  name: "ControlButton",
  compatConfig: { MODE: 3 }
}, Zp = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [o, i] of t)
    n[o] = i;
  return n;
}, jp = {
  type: "button",
  class: "vue-flow__controls-button"
};
function Qp(e, t, n, o, i, r) {
  return Q(), le("button", jp, [
    Te(e.$slots, "default")
  ]);
}
const io = /* @__PURE__ */ Zp(Kp, [["render", Qp]]), Jp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 32"
}, ev = /* @__PURE__ */ Ee("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" }, null, -1), tv = [
  ev
];
function nv(e, t) {
  return Q(), le("svg", Jp, tv);
}
const ov = { render: nv }, iv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 5"
}, rv = /* @__PURE__ */ Ee("path", { d: "M0 0h32v4.2H0z" }, null, -1), sv = [
  rv
];
function av(e, t) {
  return Q(), le("svg", iv, sv);
}
const lv = { render: av }, uv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 30"
}, cv = /* @__PURE__ */ Ee("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0 0 27.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94a.919.919 0 0 1-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" }, null, -1), dv = [
  cv
];
function fv(e, t) {
  return Q(), le("svg", uv, dv);
}
const hv = { render: fv }, gv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, pv = /* @__PURE__ */ Ee("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" }, null, -1), vv = [
  pv
];
function mv(e, t) {
  return Q(), le("svg", gv, vv);
}
const yv = { render: mv }, wv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, _v = /* @__PURE__ */ Ee("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047z" }, null, -1), bv = [
  _v
];
function Ev(e, t) {
  return Q(), le("svg", wv, bv);
}
const xv = { render: Ev }, $v = {
  name: "Controls",
  compatConfig: { MODE: 3 }
}, kv = /* @__PURE__ */ Se({
  ...$v,
  props: {
    showZoom: { type: Boolean, default: !0 },
    showFitView: { type: Boolean, default: !0 },
    showInteractive: { type: Boolean, default: !0 },
    fitViewParams: {},
    position: { default: () => Fa.BottomLeft }
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
    } = Ce(), f = xe(() => n.value || o.value || i.value), g = xe(() => l.value.zoom <= c.value), m = xe(() => l.value.zoom >= d.value);
    function y() {
      s(), t("zoomIn");
    }
    function b() {
      a(), t("zoomOut");
    }
    function w() {
      u(e.fitViewParams), t("fitView");
    }
    function E() {
      r(!f.value), t("interactionChange", !f.value);
    }
    return (v, x) => (Q(), Re(Z(ml), {
      class: "vue-flow__controls",
      position: v.position
    }, {
      default: je(() => [
        Te(v.$slots, "top"),
        v.showZoom ? (Q(), le(He, { key: 0 }, [
          Te(v.$slots, "control-zoom-in", {}, () => [
            Ve(io, {
              class: "vue-flow__controls-zoomin",
              disabled: m.value,
              onClick: y
            }, {
              default: je(() => [
                Te(v.$slots, "icon-zoom-in", {}, () => [
                  (Q(), Re(Pt(Z(ov))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ]),
          Te(v.$slots, "control-zoom-out", {}, () => [
            Ve(io, {
              class: "vue-flow__controls-zoomout",
              disabled: g.value,
              onClick: b
            }, {
              default: je(() => [
                Te(v.$slots, "icon-zoom-out", {}, () => [
                  (Q(), Re(Pt(Z(lv))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ])
        ], 64)) : ke("", !0),
        v.showFitView ? Te(v.$slots, "control-fit-view", { key: 1 }, () => [
          Ve(io, {
            class: "vue-flow__controls-fitview",
            onClick: w
          }, {
            default: je(() => [
              Te(v.$slots, "icon-fit-view", {}, () => [
                (Q(), Re(Pt(Z(hv))))
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
            default: je(() => [
              f.value ? Te(v.$slots, "icon-unlock", { key: 0 }, () => [
                (Q(), Re(Pt(Z(xv))))
              ]) : ke("", !0),
              f.value ? ke("", !0) : Te(v.$slots, "icon-lock", { key: 1 }, () => [
                (Q(), Re(Pt(Z(yv))))
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
var Nv = { value: () => {
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
function Sv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
mo.prototype = pr.prototype = {
  constructor: mo,
  on: function(e, t) {
    var n = this._, o = Sv(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = Cv(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = ws(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = ws(n[i], e.name, null);
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
function Cv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function ws(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Nv, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Yi = "http://www.w3.org/1999/xhtml";
const _s = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Yi,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Jo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), _s.hasOwnProperty(t) ? { space: _s[t], local: e } : e;
}
function Mv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Yi && t.documentElement.namespaceURI === Yi ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Iv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function _l(e) {
  var t = Jo(e);
  return (t.local ? Iv : Mv)(t);
}
function Tv() {
}
function vr(e) {
  return e == null ? Tv : function() {
    return this.querySelector(e);
  };
}
function Ov(e) {
  typeof e != "function" && (e = vr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new We(o, this._parents);
}
function Dv(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Pv() {
  return [];
}
function bl(e) {
  return e == null ? Pv : function() {
    return this.querySelectorAll(e);
  };
}
function Av(e) {
  return function() {
    return Dv(e.apply(this, arguments));
  };
}
function zv(e) {
  typeof e == "function" ? e = Av(e) : e = bl(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new We(o, i);
}
function El(e) {
  return function() {
    return this.matches(e);
  };
}
function xl(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Rv = Array.prototype.find;
function Bv(e) {
  return function() {
    return Rv.call(this.children, e);
  };
}
function Vv() {
  return this.firstElementChild;
}
function Lv(e) {
  return this.select(e == null ? Vv : Bv(typeof e == "function" ? e : xl(e)));
}
var Hv = Array.prototype.filter;
function Fv() {
  return Array.from(this.children);
}
function Yv(e) {
  return function() {
    return Hv.call(this.children, e);
  };
}
function Xv(e) {
  return this.selectAll(e == null ? Fv : Yv(typeof e == "function" ? e : xl(e)));
}
function Gv(e) {
  typeof e != "function" && (e = El(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new We(o, this._parents);
}
function $l(e) {
  return new Array(e.length);
}
function Uv() {
  return new We(this._enter || this._groups.map($l), this._parents);
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
function qv(e) {
  return function() {
    return e;
  };
}
function Wv(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Do(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function Kv(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = g = s.call(u, u.__data__, a, t) + "", l.has(g) ? i[a] = u : l.set(g, u));
  for (a = 0; a < d; ++a)
    g = s.call(e, r[a], a, r) + "", (u = l.get(g)) ? (o[a] = u, u.__data__ = r[a], l.delete(g)) : n[a] = new Do(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function Zv(e) {
  return e.__data__;
}
function jv(e, t) {
  if (!arguments.length) return Array.from(this, Zv);
  var n = t ? Kv : Wv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = qv(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, g = Qv(e.call(c, c && c.__data__, l, o)), m = g.length, y = a[l] = new Array(m), b = s[l] = new Array(m), w = u[l] = new Array(f);
    n(c, d, y, b, w, g, t);
    for (var E = 0, v = 0, x, A; E < m; ++E)
      if (x = y[E]) {
        for (E >= v && (v = E + 1); !(A = b[v]) && ++v < m; ) ;
        x._next = A || null;
      }
  }
  return s = new We(s, o), s._enter = a, s._exit = u, s;
}
function Qv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Jv() {
  return new We(this._exit || this._groups.map($l), this._parents);
}
function em(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function tm(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), g, m = 0; m < d; ++m)
      (g = l[m] || c[m]) && (f[m] = g);
  for (; u < i; ++u)
    a[u] = n[u];
  return new We(a, this._parents);
}
function nm() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function om(e) {
  e || (e = im);
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
function im(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function rm() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function sm() {
  return Array.from(this);
}
function am() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function lm() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function um() {
  return !this.node();
}
function cm(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function dm(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function fm(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function hm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function gm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function pm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function vm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function mm(e, t) {
  var n = Jo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? fm : dm : typeof t == "function" ? n.local ? vm : pm : n.local ? gm : hm)(n, t));
}
function kl(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function ym(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function wm(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function _m(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function bm(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? ym : typeof t == "function" ? _m : wm)(e, t, n ?? "")) : an(this.node(), e);
}
function an(e, t) {
  return e.style.getPropertyValue(t) || kl(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Em(e) {
  return function() {
    delete this[e];
  };
}
function xm(e, t) {
  return function() {
    this[e] = t;
  };
}
function $m(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function km(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Em : typeof t == "function" ? $m : xm)(e, t)) : this.node()[e];
}
function Nl(e) {
  return e.trim().split(/^|\s+/);
}
function mr(e) {
  return e.classList || new Sl(e);
}
function Sl(e) {
  this._node = e, this._names = Nl(e.getAttribute("class") || "");
}
Sl.prototype = {
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
function Cl(e, t) {
  for (var n = mr(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function Ml(e, t) {
  for (var n = mr(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function Nm(e) {
  return function() {
    Cl(this, e);
  };
}
function Sm(e) {
  return function() {
    Ml(this, e);
  };
}
function Cm(e, t) {
  return function() {
    (t.apply(this, arguments) ? Cl : Ml)(this, e);
  };
}
function Mm(e, t) {
  var n = Nl(e + "");
  if (arguments.length < 2) {
    for (var o = mr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Cm : t ? Nm : Sm)(n, t));
}
function Im() {
  this.textContent = "";
}
function Tm(e) {
  return function() {
    this.textContent = e;
  };
}
function Om(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Dm(e) {
  return arguments.length ? this.each(e == null ? Im : (typeof e == "function" ? Om : Tm)(e)) : this.node().textContent;
}
function Pm() {
  this.innerHTML = "";
}
function Am(e) {
  return function() {
    this.innerHTML = e;
  };
}
function zm(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Rm(e) {
  return arguments.length ? this.each(e == null ? Pm : (typeof e == "function" ? zm : Am)(e)) : this.node().innerHTML;
}
function Bm() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Vm() {
  return this.each(Bm);
}
function Lm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Hm() {
  return this.each(Lm);
}
function Fm(e) {
  var t = typeof e == "function" ? e : _l(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Ym() {
  return null;
}
function Xm(e, t) {
  var n = typeof e == "function" ? e : _l(e), o = t == null ? Ym : typeof t == "function" ? t : vr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Gm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Um() {
  return this.each(Gm);
}
function qm() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Wm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Km(e) {
  return this.select(e ? Wm : qm);
}
function Zm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function jm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Qm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Jm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function ey(e, t, n) {
  return function() {
    var o = this.__on, i, r = jm(t);
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
function ty(e, t, n) {
  var o = Qm(e + ""), i, r = o.length, s;
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
  for (a = t ? ey : Jm, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function Il(e, t, n) {
  var o = kl(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function ny(e, t) {
  return function() {
    return Il(this, e, t);
  };
}
function oy(e, t) {
  return function() {
    return Il(this, e, t.apply(this, arguments));
  };
}
function iy(e, t) {
  return this.each((typeof t == "function" ? oy : ny)(e, t));
}
function* ry() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var Tl = [null];
function We(e, t) {
  this._groups = e, this._parents = t;
}
function Un() {
  return new We([[document.documentElement]], Tl);
}
function sy() {
  return this;
}
We.prototype = Un.prototype = {
  constructor: We,
  select: Ov,
  selectAll: zv,
  selectChild: Lv,
  selectChildren: Xv,
  filter: Gv,
  data: jv,
  enter: Uv,
  exit: Jv,
  join: em,
  merge: tm,
  selection: sy,
  order: nm,
  sort: om,
  call: rm,
  nodes: sm,
  node: am,
  size: lm,
  empty: um,
  each: cm,
  attr: mm,
  style: bm,
  property: km,
  classed: Mm,
  text: Dm,
  html: Rm,
  raise: Vm,
  lower: Hm,
  append: Fm,
  insert: Xm,
  remove: Um,
  clone: Km,
  datum: Zm,
  on: ty,
  dispatch: iy,
  [Symbol.iterator]: ry
};
function St(e) {
  return typeof e == "string" ? new We([[document.querySelector(e)]], [document.documentElement]) : new We([[e]], Tl);
}
function ay(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function $t(e, t) {
  if (e = ay(e), t === void 0 && (t = e.currentTarget), t) {
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
function ly(e) {
  var t = e.document.documentElement, n = St(e).on("dragstart.drag", Gi, Xi);
  "onselectstart" in t ? n.on("selectstart.drag", Gi, Xi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function uy(e, t) {
  var n = e.document.documentElement, o = St(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Gi, Xi), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function yr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Ol(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t) n[o] = t[o];
  return n;
}
function qn() {
}
var Bn = 0.7, Po = 1 / Bn, en = "\\s*([+-]?\\d+)\\s*", Vn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ct = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", cy = /^#([0-9a-f]{3,8})$/, dy = new RegExp(`^rgb\\(${en},${en},${en}\\)$`), fy = new RegExp(`^rgb\\(${ct},${ct},${ct}\\)$`), hy = new RegExp(`^rgba\\(${en},${en},${en},${Vn}\\)$`), gy = new RegExp(`^rgba\\(${ct},${ct},${ct},${Vn}\\)$`), py = new RegExp(`^hsl\\(${Vn},${ct},${ct}\\)$`), vy = new RegExp(`^hsla\\(${Vn},${ct},${ct},${Vn}\\)$`), bs = {
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
  hex: Es,
  // Deprecated! Use color.formatHex.
  formatHex: Es,
  formatHex8: my,
  formatHsl: yy,
  formatRgb: xs,
  toString: xs
});
function Es() {
  return this.rgb().formatHex();
}
function my() {
  return this.rgb().formatHex8();
}
function yy() {
  return Dl(this).formatHsl();
}
function xs() {
  return this.rgb().formatRgb();
}
function Ln(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = cy.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? $s(t) : n === 3 ? new Ye(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? ro(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? ro(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = dy.exec(e)) ? new Ye(t[1], t[2], t[3], 1) : (t = fy.exec(e)) ? new Ye(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = hy.exec(e)) ? ro(t[1], t[2], t[3], t[4]) : (t = gy.exec(e)) ? ro(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = py.exec(e)) ? Ss(t[1], t[2] / 100, t[3] / 100, 1) : (t = vy.exec(e)) ? Ss(t[1], t[2] / 100, t[3] / 100, t[4]) : bs.hasOwnProperty(e) ? $s(bs[e]) : e === "transparent" ? new Ye(NaN, NaN, NaN, 0) : null;
}
function $s(e) {
  return new Ye(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function ro(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Ye(e, t, n, o);
}
function wy(e) {
  return e instanceof qn || (e = Ln(e)), e ? (e = e.rgb(), new Ye(e.r, e.g, e.b, e.opacity)) : new Ye();
}
function Ui(e, t, n, o) {
  return arguments.length === 1 ? wy(e) : new Ye(e, t, n, o ?? 1);
}
function Ye(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
yr(Ye, Ui, Ol(qn, {
  brighter(e) {
    return e = e == null ? Po : Math.pow(Po, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Bn : Math.pow(Bn, e), new Ye(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ye(Ft(this.r), Ft(this.g), Ft(this.b), Ao(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: ks,
  // Deprecated! Use color.formatHex.
  formatHex: ks,
  formatHex8: _y,
  formatRgb: Ns,
  toString: Ns
}));
function ks() {
  return `#${Vt(this.r)}${Vt(this.g)}${Vt(this.b)}`;
}
function _y() {
  return `#${Vt(this.r)}${Vt(this.g)}${Vt(this.b)}${Vt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Ns() {
  const e = Ao(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Ft(this.r)}, ${Ft(this.g)}, ${Ft(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Ao(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Ft(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Vt(e) {
  return e = Ft(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Ss(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new et(e, t, n, o);
}
function Dl(e) {
  if (e instanceof et) return new et(e.h, e.s, e.l, e.opacity);
  if (e instanceof qn || (e = Ln(e)), !e) return new et();
  if (e instanceof et) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new et(s, a, u, e.opacity);
}
function by(e, t, n, o) {
  return arguments.length === 1 ? Dl(e) : new et(e, t, n, o ?? 1);
}
function et(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
yr(et, by, Ol(qn, {
  brighter(e) {
    return e = e == null ? Po : Math.pow(Po, e), new et(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Bn : Math.pow(Bn, e), new et(this.h, this.s, this.l * e, this.opacity);
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
    return new et(Cs(this.h), so(this.s), so(this.l), Ao(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Ao(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Cs(this.h)}, ${so(this.s) * 100}%, ${so(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Cs(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function so(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function mi(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Pl = (e) => () => e;
function Ey(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function xy(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function $y(e) {
  return (e = +e) == 1 ? Al : function(t, n) {
    return n - t ? xy(t, n, e) : Pl(isNaN(t) ? n : t);
  };
}
function Al(e, t) {
  var n = t - e;
  return n ? Ey(e, n) : Pl(isNaN(e) ? t : e);
}
const Ms = (function e(t) {
  var n = $y(t);
  function o(i, r) {
    var s = n((i = Ui(i)).r, (r = Ui(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Al(i.opacity, r.opacity);
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
function ky(e) {
  return function() {
    return e;
  };
}
function Ny(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Sy(e, t) {
  var n = qi.lastIndex = yi.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = qi.exec(e)) && (i = yi.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: Nt(o, i) })), n = yi.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? Ny(u[0].x) : ky(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c) a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
var Is = 180 / Math.PI, Wi = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function zl(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Is,
    skewX: Math.atan(u) * Is,
    scaleX: s,
    scaleY: a
  };
}
var ao;
function Cy(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Wi : zl(t.a, t.b, t.c, t.d, t.e, t.f);
}
function My(e) {
  return e == null || (ao || (ao = document.createElementNS("http://www.w3.org/2000/svg", "g")), ao.setAttribute("transform", e), !(e = ao.transform.baseVal.consolidate())) ? Wi : (e = e.matrix, zl(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Rl(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, g, m) {
    if (l !== d || c !== f) {
      var y = g.push("translate(", null, t, null, n);
      m.push({ i: y - 4, x: Nt(l, d) }, { i: y - 2, x: Nt(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: Nt(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: Nt(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, g, m) {
    if (l !== d || c !== f) {
      var y = g.push(i(g) + "scale(", null, ",", null, ")");
      m.push({ i: y - 4, x: Nt(l, d) }, { i: y - 2, x: Nt(c, f) });
    } else (d !== 1 || f !== 1) && g.push(i(g) + "scale(" + d + "," + f + ")");
  }
  return function(l, c) {
    var d = [], f = [];
    return l = e(l), c = e(c), r(l.translateX, l.translateY, c.translateX, c.translateY, d, f), s(l.rotate, c.rotate, d, f), a(l.skewX, c.skewX, d, f), u(l.scaleX, l.scaleY, c.scaleX, c.scaleY, d, f), l = c = null, function(g) {
      for (var m = -1, y = f.length, b; ++m < y; ) d[(b = f[m]).i] = b.x(g);
      return d.join("");
    };
  };
}
var Iy = Rl(Cy, "px, ", "px)", "deg)"), Ty = Rl(My, ", ", ")", ")"), Oy = 1e-12;
function Ts(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Dy(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Py(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const Ay = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], g = c - a, m = d - u, y = g * g + m * m, b, w;
    if (y < Oy)
      w = Math.log(f / l) / t, b = function(Y) {
        return [
          a + Y * g,
          u + Y * m,
          l * Math.exp(t * Y * w)
        ];
      };
    else {
      var E = Math.sqrt(y), v = (f * f - l * l + o * y) / (2 * l * n * E), x = (f * f - l * l - o * y) / (2 * f * n * E), A = Math.log(Math.sqrt(v * v + 1) - v), H = Math.log(Math.sqrt(x * x + 1) - x);
      w = (H - A) / t, b = function(Y) {
        var B = Y * w, R = Ts(A), X = l / (n * E) * (R * Py(t * B + A) - Dy(A));
        return [
          a + X * g,
          u + X * m,
          l * R / Ts(t * B + A)
        ];
      };
    }
    return b.duration = w * 1e3 * t / Math.SQRT2, b;
  }
  return i.rho = function(r) {
    var s = Math.max(1e-3, +r), a = s * s, u = a * a;
    return e(s, a, u);
  }, i;
})(Math.SQRT2, 2, 4);
var ln = 0, _n = 0, pn = 0, Bl = 1e3, zo, bn, Ro = 0, qt = 0, ei = 0, Hn = typeof performance == "object" && performance.now ? performance : Date, Vl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function wr() {
  return qt || (Vl(zy), qt = Hn.now() + ei);
}
function zy() {
  qt = 0;
}
function Bo() {
  this._call = this._time = this._next = null;
}
Bo.prototype = Ll.prototype = {
  constructor: Bo,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? wr() : +n) + (t == null ? 0 : +t), !this._next && bn !== this && (bn ? bn._next = this : zo = this, bn = this), this._call = e, this._time = n, Ki();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ki());
  }
};
function Ll(e, t, n) {
  var o = new Bo();
  return o.restart(e, t, n), o;
}
function Ry() {
  wr(), ++ln;
  for (var e = zo, t; e; )
    (t = qt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --ln;
}
function Os() {
  qt = (Ro = Hn.now()) + ei, ln = _n = 0;
  try {
    Ry();
  } finally {
    ln = 0, Vy(), qt = 0;
  }
}
function By() {
  var e = Hn.now(), t = e - Ro;
  t > Bl && (ei -= t, Ro = e);
}
function Vy() {
  for (var e, t = zo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : zo = n);
  bn = e, Ki(o);
}
function Ki(e) {
  if (!ln) {
    _n && (_n = clearTimeout(_n));
    var t = e - qt;
    t > 24 ? (e < 1 / 0 && (_n = setTimeout(Os, e - Hn.now() - ei)), pn && (pn = clearInterval(pn))) : (pn || (Ro = Hn.now(), pn = setInterval(By, Bl)), ln = 1, Vl(Os));
  }
}
function Ds(e, t, n) {
  var o = new Bo();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var Ly = pr("start", "end", "cancel", "interrupt"), Hy = [], Hl = 0, Ps = 1, Zi = 2, yo = 3, As = 4, ji = 5, wo = 6;
function ti(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  Fy(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: Ly,
    tween: Hy,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Hl
  });
}
function _r(e, t) {
  var n = nt(e, t);
  if (n.state > Hl) throw new Error("too late; already scheduled");
  return n;
}
function ft(e, t) {
  var n = nt(e, t);
  if (n.state > yo) throw new Error("too late; already running");
  return n;
}
function nt(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function Fy(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Ll(r, 0, n.time);
  function r(l) {
    n.state = Ps, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, g;
    if (n.state !== Ps) return u();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === yo) return Ds(s);
        g.state === As ? (g.state = wo, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = wo, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (Ds(function() {
      n.state === yo && (n.state = As, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Zi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Zi) {
      for (n.state = yo, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = g);
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
function Yy(e) {
  return this.each(function() {
    _o(this, e);
  });
}
function Xy(e, t) {
  var n, o;
  return function() {
    var i = ft(this, e), r = i.tween;
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
function Gy(e, t, n) {
  var o, i;
  if (typeof n != "function") throw new Error();
  return function() {
    var r = ft(this, e), s = r.tween;
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
function Uy(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = nt(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Xy : Gy)(n, e, t));
}
function br(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = ft(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return nt(i, o).value[t];
  };
}
function Fl(e, t) {
  var n;
  return (typeof t == "number" ? Nt : t instanceof Ln ? Ms : (n = Ln(t)) ? (t = n, Ms) : Sy)(e, t);
}
function qy(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Wy(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ky(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Zy(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function jy(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Qy(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function Jy(e, t) {
  var n = Jo(e), o = n === "transform" ? Ty : Fl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Qy : jy)(n, o, br(this, "attr." + e, t)) : t == null ? (n.local ? Wy : qy)(n) : (n.local ? Zy : Ky)(n, o, t));
}
function e0(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function t0(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function n0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && t0(e, r)), n;
  }
  return i._value = t, i;
}
function o0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && e0(e, r)), n;
  }
  return i._value = t, i;
}
function i0(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = Jo(e);
  return this.tween(n, (o.local ? n0 : o0)(o, t));
}
function r0(e, t) {
  return function() {
    _r(this, e).delay = +t.apply(this, arguments);
  };
}
function s0(e, t) {
  return t = +t, function() {
    _r(this, e).delay = t;
  };
}
function a0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? r0 : s0)(t, e)) : nt(this.node(), t).delay;
}
function l0(e, t) {
  return function() {
    ft(this, e).duration = +t.apply(this, arguments);
  };
}
function u0(e, t) {
  return t = +t, function() {
    ft(this, e).duration = t;
  };
}
function c0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? l0 : u0)(t, e)) : nt(this.node(), t).duration;
}
function d0(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    ft(this, e).ease = t;
  };
}
function f0(e) {
  var t = this._id;
  return arguments.length ? this.each(d0(t, e)) : nt(this.node(), t).ease;
}
function h0(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    ft(this, e).ease = n;
  };
}
function g0(e) {
  if (typeof e != "function") throw new Error();
  return this.each(h0(this._id, e));
}
function p0(e) {
  typeof e != "function" && (e = El(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new _t(o, this._parents, this._name, this._id);
}
function v0(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = u[g] || l[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new _t(s, this._parents, this._name, this._id);
}
function m0(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function y0(e, t, n) {
  var o, i, r = m0(t) ? _r : ft;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function w0(e, t) {
  var n = this._id;
  return arguments.length < 2 ? nt(this.node(), n).on.on(e) : this.each(y0(n, e, t));
}
function _0(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function b0() {
  return this.on("end.remove", _0(this._id));
}
function E0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = vr(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, ti(l[f], t, n, f, l, nt(c, n)));
  return new _t(r, this._parents, t, n);
}
function x0(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = bl(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), g, m = nt(c, n), y = 0, b = f.length; y < b; ++y)
          (g = f[y]) && ti(g, t, n, y, f, m);
        r.push(f), s.push(c);
      }
  return new _t(r, s, t, n);
}
var $0 = Un.prototype.constructor;
function k0() {
  return new $0(this._groups, this._parents);
}
function N0(e, t) {
  var n, o, i;
  return function() {
    var r = an(this, e), s = (this.style.removeProperty(e), an(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Yl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function S0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = an(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function C0(e, t, n) {
  var o, i, r;
  return function() {
    var s = an(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), an(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function M0(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = ft(this, e), l = u.on, c = u.value[r] == null ? a || (a = Yl(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function I0(e, t, n) {
  var o = (e += "") == "transform" ? Iy : Fl;
  return t == null ? this.styleTween(e, N0(e, o)).on("end.style." + e, Yl(e)) : typeof t == "function" ? this.styleTween(e, C0(e, o, br(this, "style." + e, t))).each(M0(this._id, e)) : this.styleTween(e, S0(e, o, t), n).on("end.style." + e, null);
}
function T0(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function O0(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && T0(e, s, n)), o;
  }
  return r._value = t, r;
}
function D0(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, O0(e, t, n ?? ""));
}
function P0(e) {
  return function() {
    this.textContent = e;
  };
}
function A0(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function z0(e) {
  return this.tween("text", typeof e == "function" ? A0(br(this, "text", e)) : P0(e == null ? "" : e + ""));
}
function R0(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function B0(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && R0(i)), t;
  }
  return o._value = e, o;
}
function V0(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, B0(e));
}
function L0() {
  for (var e = this._name, t = this._id, n = Xl(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = nt(u, t);
        ti(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new _t(o, this._parents, e, n);
}
function H0() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, u = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var l = ft(this, o), c = l.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(u)), l.on = t;
    }), i === 0 && r();
  });
}
var F0 = 0;
function _t(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Xl() {
  return ++F0;
}
var gt = Un.prototype;
_t.prototype = {
  constructor: _t,
  select: E0,
  selectAll: x0,
  selectChild: gt.selectChild,
  selectChildren: gt.selectChildren,
  filter: p0,
  merge: v0,
  selection: k0,
  transition: L0,
  call: gt.call,
  nodes: gt.nodes,
  node: gt.node,
  size: gt.size,
  empty: gt.empty,
  each: gt.each,
  on: w0,
  attr: Jy,
  attrTween: i0,
  style: I0,
  styleTween: D0,
  text: z0,
  textTween: V0,
  remove: b0,
  tween: Uy,
  delay: a0,
  duration: c0,
  ease: f0,
  easeVarying: g0,
  end: H0,
  [Symbol.iterator]: gt[Symbol.iterator]
};
function Y0(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var X0 = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Y0
};
function G0(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function U0(e) {
  var t, n;
  e instanceof _t ? (t = e._id, e = e._name) : (t = Xl(), (n = X0).time = wr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && ti(u, e, t, l, s, n || G0(u, t));
  return new _t(o, this._parents, e, t);
}
Un.prototype.interrupt = Yy;
Un.prototype.transition = U0;
const lo = (e) => () => e;
function q0(e, {
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
function yt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
yt.prototype = {
  constructor: yt,
  scale: function(e) {
    return e === 1 ? this : new yt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new yt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Er = new yt(1, 0, 0);
yt.prototype;
function wi(e) {
  e.stopImmediatePropagation();
}
function vn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function W0(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function K0() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function zs() {
  return this.__zoom || Er;
}
function Z0(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function j0() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Q0(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function J0() {
  var e = W0, t = K0, n = Q0, o = Z0, i = j0, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = Ay, l = pr("start", "zoom", "end"), c, d, f, g = 500, m = 150, y = 0, b = 10;
  function w(h) {
    h.property("__zoom", zs).on("wheel.zoom", B, { passive: !1 }).on("mousedown.zoom", R).on("dblclick.zoom", X).filter(i).on("touchstart.zoom", L).on("touchmove.zoom", N).on("touchend.zoom touchcancel.zoom", U).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  w.transform = function(h, $, p, T) {
    var M = h.selection ? h.selection() : h;
    M.property("__zoom", zs), h !== M ? A(h, $, p, T) : M.interrupt().each(function() {
      H(this, arguments).event(T).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, w.scaleBy = function(h, $, p, T) {
    w.scaleTo(h, function() {
      var M = this.__zoom.k, z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * z;
    }, p, T);
  }, w.scaleTo = function(h, $, p, T) {
    w.transform(h, function() {
      var M = t.apply(this, arguments), z = this.__zoom, O = p == null ? x(M) : typeof p == "function" ? p.apply(this, arguments) : p, G = z.invert(O), J = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(E(z, J), O, G), M, s);
    }, p, T);
  }, w.translateBy = function(h, $, p, T) {
    w.transform(h, function() {
      return n(this.__zoom.translate(
        typeof $ == "function" ? $.apply(this, arguments) : $,
        typeof p == "function" ? p.apply(this, arguments) : p
      ), t.apply(this, arguments), s);
    }, null, T);
  }, w.translateTo = function(h, $, p, T, M) {
    w.transform(h, function() {
      var z = t.apply(this, arguments), O = this.__zoom, G = T == null ? x(z) : typeof T == "function" ? T.apply(this, arguments) : T;
      return n(Er.translate(G[0], G[1]).scale(O.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), z, s);
    }, T, M);
  };
  function E(h, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === h.k ? h : new yt($, h.x, h.y);
  }
  function v(h, $, p) {
    var T = $[0] - p[0] * h.k, M = $[1] - p[1] * h.k;
    return T === h.x && M === h.y ? h : new yt(h.k, T, M);
  }
  function x(h) {
    return [(+h[0][0] + +h[1][0]) / 2, (+h[0][1] + +h[1][1]) / 2];
  }
  function A(h, $, p, T) {
    h.on("start.zoom", function() {
      H(this, arguments).event(T).start();
    }).on("interrupt.zoom end.zoom", function() {
      H(this, arguments).event(T).end();
    }).tween("zoom", function() {
      var M = this, z = arguments, O = H(M, z).event(T), G = t.apply(M, z), J = p == null ? x(G) : typeof p == "function" ? p.apply(M, z) : p, ie = Math.max(G[1][0] - G[0][0], G[1][1] - G[0][1]), q = M.__zoom, K = typeof $ == "function" ? $.apply(M, z) : $, j = u(q.invert(J).concat(ie / q.k), K.invert(J).concat(ie / K.k));
      return function(ee) {
        if (ee === 1) ee = K;
        else {
          var he = j(ee), ye = ie / he[2];
          ee = new yt(ye, J[0] - he[0] * ye, J[1] - he[1] * ye);
        }
        O.zoom(null, ee);
      };
    });
  }
  function H(h, $, p) {
    return !p && h.__zooming || new Y(h, $);
  }
  function Y(h, $) {
    this.that = h, this.args = $, this.active = 0, this.sourceEvent = null, this.extent = t.apply(h, $), this.taps = 0;
  }
  Y.prototype = {
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
        new q0(h, {
          sourceEvent: this.sourceEvent,
          target: w,
          transform: this.that.__zoom,
          dispatch: l
        }),
        $
      );
    }
  };
  function B(h, ...$) {
    if (!e.apply(this, arguments)) return;
    var p = H(this, $).event(h), T = this.__zoom, M = Math.max(r[0], Math.min(r[1], T.k * Math.pow(2, o.apply(this, arguments)))), z = $t(h);
    if (p.wheel)
      (p.mouse[0][0] !== z[0] || p.mouse[0][1] !== z[1]) && (p.mouse[1] = T.invert(p.mouse[0] = z)), clearTimeout(p.wheel);
    else {
      if (T.k === M) return;
      p.mouse = [z, T.invert(z)], _o(this), p.start();
    }
    vn(h), p.wheel = setTimeout(O, m), p.zoom("mouse", n(v(E(T, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function O() {
      p.wheel = null, p.end();
    }
  }
  function R(h, ...$) {
    if (f || !e.apply(this, arguments)) return;
    var p = h.currentTarget, T = H(this, $, !0).event(h), M = St(h.view).on("mousemove.zoom", J, !0).on("mouseup.zoom", ie, !0), z = $t(h, p), O = h.clientX, G = h.clientY;
    ly(h.view), wi(h), T.mouse = [z, this.__zoom.invert(z)], _o(this), T.start();
    function J(q) {
      if (vn(q), !T.moved) {
        var K = q.clientX - O, j = q.clientY - G;
        T.moved = K * K + j * j > y;
      }
      T.event(q).zoom("mouse", n(v(T.that.__zoom, T.mouse[0] = $t(q, p), T.mouse[1]), T.extent, s));
    }
    function ie(q) {
      M.on("mousemove.zoom mouseup.zoom", null), uy(q.view, T.moved), vn(q), T.event(q).end();
    }
  }
  function X(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, T = $t(h.changedTouches ? h.changedTouches[0] : h, this), M = p.invert(T), z = p.k * (h.shiftKey ? 0.5 : 2), O = n(v(E(p, z), T, M), t.apply(this, $), s);
      vn(h), a > 0 ? St(this).transition().duration(a).call(A, O, T, h) : St(this).call(w.transform, O, T, h);
    }
  }
  function L(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = h.touches, T = p.length, M = H(this, $, h.changedTouches.length === T).event(h), z, O, G, J;
      for (wi(h), O = 0; O < T; ++O)
        G = p[O], J = $t(G, this), J = [J, this.__zoom.invert(J), G.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== J[2] && (M.touch1 = J, M.taps = 0) : (M.touch0 = J, z = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), z && (M.taps < 2 && (d = J[0], c = setTimeout(function() {
        c = null;
      }, g)), _o(this), M.start());
    }
  }
  function N(h, ...$) {
    if (this.__zooming) {
      var p = H(this, $).event(h), T = h.changedTouches, M = T.length, z, O, G, J;
      for (vn(h), z = 0; z < M; ++z)
        O = T[z], G = $t(O, this), p.touch0 && p.touch0[2] === O.identifier ? p.touch0[0] = G : p.touch1 && p.touch1[2] === O.identifier && (p.touch1[0] = G);
      if (O = p.that.__zoom, p.touch1) {
        var ie = p.touch0[0], q = p.touch0[1], K = p.touch1[0], j = p.touch1[1], ee = (ee = K[0] - ie[0]) * ee + (ee = K[1] - ie[1]) * ee, he = (he = j[0] - q[0]) * he + (he = j[1] - q[1]) * he;
        O = E(O, Math.sqrt(ee / he)), G = [(ie[0] + K[0]) / 2, (ie[1] + K[1]) / 2], J = [(q[0] + j[0]) / 2, (q[1] + j[1]) / 2];
      } else if (p.touch0) G = p.touch0[0], J = p.touch0[1];
      else return;
      p.zoom("touch", n(v(O, G, J), p.extent, s));
    }
  }
  function U(h, ...$) {
    if (this.__zooming) {
      var p = H(this, $).event(h), T = h.changedTouches, M = T.length, z, O;
      for (wi(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), z = 0; z < M; ++z)
        O = T[z], p.touch0 && p.touch0[2] === O.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === O.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0) p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (O = $t(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < b)) {
        var G = St(this).on("dblclick.zoom");
        G && G.apply(this, arguments);
      }
    }
  }
  return w.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : lo(+h), w) : o;
  }, w.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : lo(!!h), w) : e;
  }, w.touchable = function(h) {
    return arguments.length ? (i = typeof h == "function" ? h : lo(!!h), w) : i;
  }, w.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : lo([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), w) : t;
  }, w.scaleExtent = function(h) {
    return arguments.length ? (r[0] = +h[0], r[1] = +h[1], w) : [r[0], r[1]];
  }, w.translateExtent = function(h) {
    return arguments.length ? (s[0][0] = +h[0][0], s[1][0] = +h[1][0], s[0][1] = +h[0][1], s[1][1] = +h[1][1], w) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, w.constrain = function(h) {
    return arguments.length ? (n = h, w) : n;
  }, w.duration = function(h) {
    return arguments.length ? (a = +h, w) : a;
  }, w.interpolate = function(h) {
    return arguments.length ? (u = h, w) : u;
  }, w.on = function() {
    var h = l.on.apply(l, arguments);
    return h === l ? w : h;
  }, w.clickDistance = function(h) {
    return arguments.length ? (y = (h = +h) * h, w) : Math.sqrt(y);
  }, w.tapDistance = function(h) {
    return arguments.length ? (b = +h, w) : b;
  }, w;
}
const Gl = /* @__PURE__ */ Symbol("MiniMapSlots"), e1 = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], t1 = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, n1 = /* @__PURE__ */ Se({
  ...t1,
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
    const n = e, o = Ot(Gl), i = nr(), r = xe(() => i.style ?? {});
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
      Z(o)[`node-${n.type}`] ? (Q(), Re(Pt(Z(o)[`node-${n.type}`]), Tu(bo({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (Q(), le("rect", bo({
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
      }), null, 16, e1))
    ], 64)) : ke("", !0);
  }
}), o1 = ["width", "height", "viewBox", "aria-labelledby"], i1 = ["id"], r1 = ["d", "fill", "stroke", "stroke-width"], s1 = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, a1 = /* @__PURE__ */ Se({
  ...s1,
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
    const n = ca(), o = nr(), i = 200, r = 150, { id: s, edges: a, viewport: u, translateExtent: l, dimensions: c, emits: d, d3Selection: f, d3Zoom: g, getNodesInitialized: m } = Ce(), y = Ie();
    Mt(Gl, n);
    const b = xe(() => {
      var M;
      return e.width ?? ((M = o.style) == null ? void 0 : M.width) ?? i;
    }), w = xe(() => {
      var M;
      return e.height ?? ((M = o.style) == null ? void 0 : M.height) ?? r;
    }), E = typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision", v = ae(() => typeof e.nodeColor == "string" ? () => e.nodeColor : e.nodeColor), x = ae(
      () => typeof e.nodeStrokeColor == "string" ? () => e.nodeStrokeColor : e.nodeStrokeColor
    ), A = ae(
      () => typeof e.nodeClassName == "string" ? () => e.nodeClassName : typeof e.nodeClassName == "function" ? e.nodeClassName : () => ""
    ), H = ae(() => dr(m.value.filter((M) => !M.hidden))), Y = ae(() => ({
      x: -u.value.x / u.value.zoom,
      y: -u.value.y / u.value.zoom,
      width: c.value.width / u.value.zoom,
      height: c.value.height / u.value.zoom
    })), B = ae(
      () => m.value && m.value.length ? Vh(H.value, Y.value) : Y.value
    ), R = ae(() => {
      const M = B.value.width / b.value, z = B.value.height / w.value;
      return Math.max(M, z);
    }), X = ae(() => {
      const M = R.value * b.value, z = R.value * w.value, O = e.offsetScale * R.value;
      return {
        offset: O,
        x: B.value.x - (M - B.value.width) / 2 - O,
        y: B.value.y - (z - B.value.height) / 2 - O,
        width: M + O * 2,
        height: z + O * 2
      };
    }), L = ae(() => !X.value.x || !X.value.y ? "" : `
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
    Iu(
      (M) => {
        if (y.value) {
          const z = St(y.value), O = (ie) => {
            if (ie.sourceEvent.type !== "wheel" || !f.value || !g.value)
              return;
            const q = ie.sourceEvent.ctrlKey && Rn() ? 10 : 1, K = -ie.sourceEvent.deltaY * (ie.sourceEvent.deltaMode === 1 ? 0.05 : ie.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, j = u.value.zoom * 2 ** (K * q);
            g.value.scaleTo(f.value, j);
          }, G = (ie) => {
            if (ie.sourceEvent.type !== "mousemove" || !f.value || !g.value)
              return;
            const q = R.value * Math.max(1, u.value.zoom) * (e.inversePan ? -1 : 1), K = {
              x: u.value.x - ie.sourceEvent.movementX * q,
              y: u.value.y - ie.sourceEvent.movementY * q
            }, j = [
              [0, 0],
              [c.value.width, c.value.height]
            ], ee = Er.translate(K.x, K.y).scale(u.value.zoom), he = g.value.constrain()(ee, j, l.value);
            g.value.transform(f.value, he);
          }, J = J0().wheelDelta((ie) => Vi(ie) * (e.zoomStep / 10)).on("zoom", e.pannable ? G : () => {
          }).on("zoom.wheel", e.zoomable ? O : () => {
          });
          z.call(J), M(() => {
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
    function U(M, z) {
      const O = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeClick(O), t("nodeClick", O);
    }
    function h(M, z) {
      const O = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeDoubleClick(O), t("nodeDblclick", O);
    }
    function $(M, z) {
      const O = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeMouseEnter(O), t("nodeMouseenter", O);
    }
    function p(M, z) {
      const O = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeMouseMove(O), t("nodeMousemove", O);
    }
    function T(M, z) {
      const O = { event: M, node: z, connectedEdges: zt([z], a.value) };
      d.miniMapNodeMouseLeave(O), t("nodeMouseleave", O);
    }
    return (M, z) => (Q(), Re(Z(ml), {
      position: M.position,
      class: Ue(["vue-flow__minimap", { pannable: M.pannable, zoomable: M.zoomable }])
    }, {
      default: je(() => [
        (Q(), le("svg", {
          ref_key: "el",
          ref: y,
          width: b.value,
          height: w.value,
          viewBox: [X.value.x, X.value.y, X.value.width, X.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${Z(s)}`,
          onClick: N
        }, [
          M.ariaLabel ? (Q(), le("title", {
            key: 0,
            id: `vue-flow__minimap-${Z(s)}`
          }, Pe(M.ariaLabel), 9, i1)) : ke("", !0),
          (Q(!0), le(He, null, Yt(Z(m), (O) => (Q(), Re(n1, {
            id: O.id,
            key: O.id,
            f: "",
            position: O.computedPosition,
            dimensions: O.dimensions,
            selected: O.selected,
            dragging: O.dragging,
            style: De(O.style),
            class: Ue(A.value(O)),
            color: v.value(O),
            "border-radius": M.nodeBorderRadius,
            "stroke-color": x.value(O),
            "stroke-width": M.nodeStrokeWidth,
            "shape-rendering": Z(E),
            type: O.type,
            hidden: O.hidden,
            onClick: (G) => U(G, O),
            onDblclick: (G) => h(G, O),
            onMouseenter: (G) => $(G, O),
            onMousemove: (G) => p(G, O),
            onMouseleave: (G) => T(G, O)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          Ee("path", {
            class: "vue-flow__minimap-mask",
            d: L.value,
            fill: M.maskColor,
            stroke: M.maskStrokeColor,
            "stroke-width": M.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, r1)
        ], 8, o1))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
var Ul = Object.defineProperty, l1 = (e, t, n) => t in e ? Ul(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, u1 = (e, t) => {
  for (var n in t) Ul(e, n, { get: t[n], enumerable: !0 });
}, c1 = (e, t, n) => l1(e, t + "", n), ql = {};
u1(ql, { Graph: () => ot, alg: () => $r });
var d1 = Object.defineProperty, Wl = (e, t) => {
  for (var n in t) d1(e, n, { get: t[n], enumerable: !0 });
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
    let c = f1(this._isDirected, i, r, s);
    return i = c.v, r = c.w, Object.freeze(c), this._edgeObjs[l] = c, Rs(this._preds[r], i), Rs(this._sucs[i], r), this._in[r][l] = c, this._out[i][l] = c, this._edgeCount++, this;
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
      delete this._edgeLabels[o], delete this._edgeObjs[o], Bs(this._preds[s], r), Bs(this._sucs[r], s), delete this._in[s][o], delete this._out[r][o], this._edgeCount--;
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
function Rs(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function Bs(e, t) {
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
function f1(e, t, n, o) {
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
var h1 = {};
Wl(h1, { read: () => m1, write: () => g1 });
function g1(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: p1(e), edges: v1(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function p1(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), o = e.parent(t), i = { v: t };
    return n !== void 0 && (i.value = n), o !== void 0 && (i.parent = o), i;
  });
}
function v1(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), o = { v: t.v, w: t.w };
    return t.name !== void 0 && (o.name = t.name), n !== void 0 && (o.value = n), o;
  });
}
function m1(e) {
  let t = new xr(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var $r = {};
Wl($r, { CycleException: () => Lo, bellmanFord: () => Kl, components: () => _1, dijkstra: () => Vo, dijkstraAll: () => x1, findCycles: () => $1, floydWarshall: () => N1, isAcyclic: () => C1, postorder: () => I1, preorder: () => T1, prim: () => O1, shortestPaths: () => D1, tarjan: () => jl, topsort: () => Ql });
var y1 = () => 1;
function Kl(e, t, n, o) {
  return w1(e, String(t), n || y1, o || function(i) {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  });
}
function w1(e, t, n, o) {
  let i = {}, r, s = 0, a = e.nodes(), u = function(d) {
    let f = i[d.v], g = i[d.w];
    if (!f || !g) return;
    let m = n(d);
    f.distance + m < g.distance && (i[d.w] = { distance: f.distance + m, predecessor: d.v }, r = !0);
  }, l = function() {
    a.forEach(function(d) {
      o(d).forEach(function(f) {
        let g = f.v === d ? f.v : f.w, m = g === f.v ? f.w : f.v;
        u({ v: g, w: m });
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
function _1(e) {
  let t = {}, n = [], o;
  function i(r) {
    var s, a;
    r in t || (t[r] = !0, o.push(r), (s = e.successors(r)) == null || s.forEach(i), (a = e.predecessors(r)) == null || a.forEach(i));
  }
  return e.nodes().forEach(function(r) {
    o = [], i(r), o.length && n.push(o);
  }), n;
}
var Zl = class {
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
}, b1 = () => 1;
function Vo(e, t, n, o) {
  let i = function(r) {
    var s;
    return (s = e.outEdges(r)) != null ? s : [];
  };
  return E1(e, String(t), n || b1, o || i);
}
function E1(e, t, n, o) {
  let i = {}, r = new Zl(), s, a, u = function(l) {
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
function x1(e, t, n) {
  return e.nodes().reduce(function(o, i) {
    return o[i] = Vo(e, i, t, n), o;
  }, {});
}
function jl(e) {
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
function $1(e) {
  return jl(e).filter(function(t) {
    var n;
    let o = t[0];
    return o ? t.length > 1 || t.length === 1 && ((n = e.outEdges(o, o)) != null ? n : []).length > 0 : !1;
  });
}
var k1 = () => 1;
function N1(e, t, n) {
  return S1(e, t || k1, n || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function S1(e, t, n) {
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
var Lo = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function Ql(e) {
  let t = {}, n = {}, o = [];
  function i(r) {
    var s;
    if (r in n) throw new Lo();
    r in t || (n[r] = !0, t[r] = !0, (s = e.predecessors(r)) == null || s.forEach(i), delete n[r], o.push(r));
  }
  if (e.sinks().forEach(i), Object.keys(t).length !== e.nodeCount()) throw new Lo();
  return o;
}
function C1(e) {
  try {
    Ql(e);
  } catch (t) {
    if (t instanceof Lo) return !1;
    throw t;
  }
  return !0;
}
function M1(e, t, n, o, i) {
  Array.isArray(t) || (t = [t]);
  let r = ((a) => {
    var u;
    return (u = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? u : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    i = Jl(e, a, n === "post", s, r, o, i);
  }), i;
}
function Jl(e, t, n, o, i, r, s) {
  return t in o || (o[t] = !0, n || (s = r(s, t)), i(t).forEach(function(a) {
    s = Jl(e, a, n, o, i, r, s);
  }), n && (s = r(s, t))), s;
}
function eu(e, t, n) {
  return M1(e, t, n, function(o, i) {
    return o.push(i), o;
  }, []);
}
function I1(e, t) {
  return eu(e, t, "post");
}
function T1(e, t) {
  return eu(e, t, "pre");
}
function O1(e, t) {
  var n;
  let o = new xr(), i = {}, r = new Zl(), s;
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
function D1(e, t, n, o) {
  return P1(e, t, n, o ?? ((i) => {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  }));
}
function P1(e, t, n, o) {
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
    if (i) return Kl(e, t, n, o);
  }
  return Vo(e, t, n, o);
}
var ot = xr;
function dn(e, t, n, o) {
  let i = o;
  for (; e.hasNode(i); ) i = kr(o);
  return n.dummy = t, e.setNode(i, n), i;
}
function A1(e) {
  let t = new ot().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let o = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, i = e.edge(n);
    t.setEdge(n.v, n.w, { weight: o.weight + i.weight, minlen: Math.max(o.minlen, i.minlen) });
  }), t;
}
function tu(e) {
  let t = new ot({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function Vs(e, t) {
  let n = e.x, o = e.y, i = t.x - n, r = t.y - o, s = e.width / 2, a = e.height / 2;
  if (!i && !r) throw new Error("Not possible to find intersection inside of the rectangle");
  let u, l;
  return i === 0 || Math.abs(r) * s > Math.abs(i) * a ? (r < 0 && (a = -a), u = a * i / r, l = a) : (i < 0 && (s = -s), u = s, l = s * r / i), { x: n + u, y: o + l };
}
function Wn(e) {
  let t = Fn(ou(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let o = e.node(n), i = o.rank;
    i !== void 0 && (t[i] || (t[i] = []), t[i][o.order] = n);
  }), t;
}
function z1(e) {
  let t = e.nodes().map((o) => {
    let i = e.node(o).rank;
    return i === void 0 ? Number.MAX_VALUE : i;
  }), n = lt(Math.min, t);
  e.nodes().forEach((o) => {
    let i = e.node(o);
    Object.hasOwn(i, "rank") && (i.rank -= n);
  });
}
function R1(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = lt(Math.min, t), o = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    o[a] || (o[a] = []), o[a].push(s);
  });
  let i = 0, r = e.graph().nodeRankFactor;
  Array.from(o).forEach((s, a) => {
    s === void 0 && a % r !== 0 ? --i : s !== void 0 && i && s.forEach((u) => e.node(u).rank += i);
  });
}
function Ls(e, t, n, o) {
  let i = { width: 0, height: 0 };
  return arguments.length >= 4 && (i.rank = n, i.order = o), dn(e, "border", i, t);
}
function B1(e, t = nu) {
  let n = [];
  for (let o = 0; o < e.length; o += t) {
    let i = e.slice(o, o + t);
    n.push(i);
  }
  return n;
}
var nu = 65535;
function lt(e, t) {
  if (t.length > nu) {
    let n = B1(t);
    return e(...n.map((o) => e(...o)));
  } else return e(...t);
}
function ou(e) {
  let t = e.nodes().map((n) => {
    let o = e.node(n).rank;
    return o === void 0 ? Number.MIN_VALUE : o;
  });
  return lt(Math.max, t);
}
function V1(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((o) => {
    t(o) ? n.lhs.push(o) : n.rhs.push(o);
  }), n;
}
function L1(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function iu(e, t) {
  return t();
}
var H1 = 0;
function kr(e) {
  let t = ++H1;
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
function Ho(e, t) {
  let n = {};
  for (let o of t) e[o] !== void 0 && (n[o] = e[o]);
  return n;
}
function ni(e, t) {
  let n;
  return typeof t == "string" ? n = (o) => o[t] : n = t, Object.entries(e).reduce((o, [i, r]) => (o[i] = n(r, i), o), {});
}
function F1(e, t) {
  return e.reduce((n, o, i) => (n[o] = t[i], n), {});
}
var oi = "\0";
function ru(e, t, n) {
  var o, i, r, s, a, u;
  if (!(e && t && n && t.dummy === "edge" && n.dummy === "edge" && t.edgeObj && n.edgeObj && e[t.edgeObj.v] && e[n.edgeObj.v] && e[t.edgeObj.w] && e[n.edgeObj.w])) return 0;
  let l = !0;
  t.edgeObj.w === n.edgeObj.w && (l = !1);
  let c = l ? (i = (o = e[t.edgeObj.v]) == null ? void 0 : o.rank) != null ? i : NaN + 1 : (s = (r = e[t.edgeObj.w]) == null ? void 0 : r.rank) != null ? s : NaN - 1, d = Object.entries(e).find((y) => {
    var b, w;
    return ((b = y[1].edgeObj) == null ? void 0 : b.v) === t.edgeObj.v && ((w = y[1].edgeObj) == null ? void 0 : w.w) === t.edgeObj.w && y[1].rank === c;
  }), f = Object.entries(e).find((y) => {
    var b, w;
    return ((b = y[1].edgeObj) == null ? void 0 : b.v) === n.edgeObj.v && ((w = y[1].edgeObj) == null ? void 0 : w.w) === n.edgeObj.w && y[1].rank === c;
  });
  if (!d || !f) return 0;
  let g = (a = d[1].order) != null ? a : NaN, m = (u = f[1].order) != null ? u : NaN;
  return isNaN(g - m) ? 0 : g - m;
}
var Y1 = "3.1.3", X1 = class {
  constructor() {
    c1(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return Hs(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && Hs(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, G1)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Hs(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function G1(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var U1 = X1, q1 = () => 1;
function W1(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = Z1(e, t || q1);
  return K1(n.graph, n.buckets, n.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function K1(e, t, n) {
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
function Z1(e, t) {
  let n = new ot(), o = 0, i = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let u = n.edge(a.v, a.w) || 0, l = t(a), c = u + l;
    n.setEdge(a.v, a.w, c);
    let d = n.node(a.v), f = n.node(a.w);
    i = Math.max(i, d.out += l), o = Math.max(o, f.in += l);
  });
  let r = j1(i + o + 3).map(() => new U1()), s = o + 1;
  return n.nodes().forEach((a) => {
    Qi(r, s, n.node(a));
  }), { graph: n, buckets: r, zeroIdx: s };
}
function Qi(e, t, n) {
  var o, i, r;
  n.out ? n.in ? (r = e[n.out - n.in + t]) == null || r.enqueue(n) : (i = e[e.length - 1]) == null || i.enqueue(n) : (o = e[0]) == null || o.enqueue(n);
}
function j1(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function Q1(e, t) {
  (e.graph().acyclicer === "greedy" ? W1(e, n(e)) : J1(e, t ?? null)).forEach((o) => {
    let i = e.edge(o);
    e.removeEdge(o), i.forwardName = o.name, i.reversed = !0, e.setEdge(o.w, o.v, i, kr("rev"));
  });
  function n(o) {
    return (i) => o.edge(i).weight;
  }
}
function J1(e, t) {
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
      Object.hasOwn(o, c.w) || ((d = t.node(u)) == null ? void 0 : d.rank) > ((f = t.node(c.w)) == null ? void 0 : f.rank) && tw(e, c.w, c) ? n.push(c) : s(c.w);
    }), delete o[u]);
  }
  let a = r;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function ew(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let o = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, o);
    }
  });
}
function tw(e, t, n) {
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
function nw(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => ow(e, t));
}
function ow(e, t) {
  let n = t.v, o = e.node(n).rank, i = t.w, r = e.node(i).rank, s = t.name, a = e.edge(t), u = a.labelRank;
  if (r === o + 1) return;
  e.removeEdge(t);
  let l, c, d;
  for (d = 0, ++o; o < r; ++d, ++o) a.points = [], c = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: o }, l = dn(e, "edge", c, "_d"), o === u && (c.width = a.width, c.height = a.height, c.dummy = "edge-label", c.labelpos = a.labelpos), e.setEdge(n, l, { weight: a.weight }, s), d === 0 && e.graph().dummyChains.push(l), n = l;
  e.setEdge(n, i, { weight: a.weight }, s);
}
function iw(e) {
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
    let r = e.outEdges(o), s = r ? r.map((u) => u == null ? Number.POSITIVE_INFINITY : n(u.w) - e.edge(u).minlen) : [], a = lt(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), i.rank = a;
  }
  e.sources().forEach(n);
}
function un(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var su = rw;
function rw(e) {
  let t = new ot({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let o = n[0], i = e.nodeCount();
  t.setNode(o, {});
  let r, s;
  for (; sw(t, e) < i && (r = aw(t, e), !!r); ) s = t.hasNode(r.v) ? un(e, r) : -un(e, r), lw(t, e, s);
  return t;
}
function sw(e, t) {
  function n(o) {
    let i = t.nodeEdges(o);
    i && i.forEach((r) => {
      let s = r.v, a = o === s ? r.w : s;
      !e.hasNode(a) && !un(t, r) && (e.setNode(a, {}), e.setEdge(o, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function aw(e, t) {
  return t.edges().reduce((n, o) => {
    let i = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (i = un(t, o)), i < n[0] ? [i, o] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function lw(e, t, n) {
  e.nodes().forEach((o) => t.node(o).rank += n);
}
var { preorder: uw, postorder: cw } = $r, dw = Wt;
Wt.initLowLimValues = Cr;
Wt.initCutValues = Sr;
Wt.calcCutValue = au;
Wt.leaveEdge = uu;
Wt.enterEdge = cu;
Wt.exchangeEdges = du;
function Wt(e) {
  e = A1(e), Nr(e);
  let t = su(e);
  Cr(t), Sr(t, e);
  let n, o;
  for (; n = uu(t); ) o = cu(t, e, n), du(t, e, n, o);
}
function Sr(e, t) {
  let n = cw(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((o) => fw(e, t, o));
}
function fw(e, t, n) {
  let o = e.node(n).parent, i = e.edge(n, o);
  i.cutvalue = au(e, t, n);
}
function au(e, t, n) {
  let o = e.node(n).parent, i = !0, r = t.edge(n, o), s = 0;
  r || (i = !1, r = t.edge(o, n)), s = r.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((u) => {
    let l = u.v === n, c = l ? u.w : u.v;
    if (c !== o) {
      let d = l === i, f = t.edge(u).weight;
      if (s += d ? f : -f, gw(e, n, c)) {
        let g = e.edge(n, c).cutvalue;
        s += d ? -g : g;
      }
    }
  }), s;
}
function Cr(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), lu(e, {}, 1, t);
}
function lu(e, t, n, o, i) {
  let r = n, s = e.node(o);
  t[o] = !0;
  let a = e.neighbors(o);
  return a && a.forEach((u) => {
    Object.hasOwn(t, u) || (n = lu(e, t, n, u, o));
  }), s.low = r, s.lim = n++, i ? s.parent = i : delete s.parent, n;
}
function uu(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function cu(e, t, n) {
  let o = n.v, i = n.w;
  t.hasEdge(o, i) || (o = n.w, i = n.v);
  let r = e.node(o), s = e.node(i), a = r, u = !1;
  return r.lim > s.lim && (a = s, u = !0), t.edges().filter((l) => u === Fs(e, e.node(l.v), a) && u !== Fs(e, e.node(l.w), a)).reduce((l, c) => un(t, c) < un(t, l) ? c : l);
}
function du(e, t, n, o) {
  let i = n.v, r = n.w;
  e.removeEdge(i, r), e.setEdge(o.v, o.w, {}), Cr(e), Sr(e, t), hw(e, t);
}
function hw(e, t) {
  let n = e.nodes().find((i) => !e.node(i).parent);
  if (!n) return;
  let o = uw(e, [n]);
  o = o.slice(1), o.forEach((i) => {
    let r = e.node(i).parent, s = t.edge(i, r), a = !1;
    s || (s = t.edge(r, i), a = !0), t.node(i).rank = t.node(r).rank + (a ? s.minlen : -s.minlen);
  });
}
function gw(e, t, n) {
  return e.hasEdge(t, n);
}
function Fs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var pw = vw;
function vw(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Ys(e);
      break;
    case "tight-tree":
      yw(e);
      break;
    case "longest-path":
      mw(e);
      break;
    case "none":
      break;
    default:
      Ys(e);
  }
}
var mw = Nr;
function yw(e) {
  Nr(e), su(e);
}
function Ys(e) {
  dw(e);
}
var ww = _w;
function _w(e) {
  let t = Ew(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((o) => {
    let i = e.node(o), r = i.edgeObj, s = bw(e, t, r.v, r.w), a = s.path, u = s.lca, l = 0, c = a[l], d = !0;
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
function bw(e, t, n, o) {
  let i = [], r = [], s = Math.min(t[n].low, t[o].low), a = Math.max(t[n].lim, t[o].lim), u;
  u = n;
  do
    u = e.parent(u), i.push(u);
  while (u && (t[u].low > s || a > t[u].lim));
  let l = u, c = o;
  for (; (c = e.parent(c)) !== l; ) r.push(c);
  return { path: i.concat(r.reverse()), lca: l };
}
function Ew(e) {
  let t = {}, n = 0;
  function o(i) {
    let r = n;
    e.children(i).forEach(o), t[i] = { low: r, lim: n++ };
  }
  return e.children(oi).forEach(o), t;
}
function xw(e) {
  let t = dn(e, "root", {}, "_root"), n = $w(e), o = Object.values(n), i = lt(Math.max, o) - 1, r = 2 * i + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= r);
  let s = kw(e) + 1;
  e.children(oi).forEach((a) => {
    fu(e, t, r, s, i, n, a);
  }), e.graph().nodeRankFactor = r;
}
function fu(e, t, n, o, i, r, s) {
  var a;
  let u = e.children(s);
  if (!u.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let l = Ls(e, "_bt"), c = Ls(e, "_bb"), d = e.node(s);
  e.setParent(l, s), d.borderTop = l, e.setParent(c, s), d.borderBottom = c, u.forEach((f) => {
    var g;
    fu(e, t, n, o, i, r, f);
    let m = e.node(f), y = m.borderTop ? m.borderTop : f, b = m.borderBottom ? m.borderBottom : f, w = m.borderTop ? o : 2 * o, E = y !== b ? 1 : i - ((g = r[s]) != null ? g : 0) + 1;
    e.setEdge(l, y, { weight: w, minlen: E, nestingEdge: !0 }), e.setEdge(b, c, { weight: w, minlen: E, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, l, { weight: 0, minlen: i + ((a = r[s]) != null ? a : 0) });
}
function $w(e) {
  let t = {};
  function n(o, i) {
    let r = e.children(o);
    r && r.length && r.forEach((s) => n(s, i + 1)), t[o] = i;
  }
  return e.children(oi).forEach((o) => n(o, 1)), t;
}
function kw(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function Nw(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var Sw = Cw;
function Cw(e) {
  function t(n) {
    let o = e.children(n), i = e.node(n);
    if (o.length && o.forEach(t), i && Object.hasOwn(i, "minRank")) {
      i.borderLeft = [], i.borderRight = [];
      for (let r = i.minRank, s = i.maxRank + 1; r < s; ++r) Xs(e, "borderLeft", "_bl", n, i, r), Xs(e, "borderRight", "_br", n, i, r);
    }
  }
  e.children(oi).forEach(t);
}
function Xs(e, t, n, o, i, r) {
  let s = { width: 0, height: 0, rank: r, borderType: t }, a = i[t][r - 1], u = dn(e, "border", s, n);
  i[t][r] = u, e.setParent(u, o), a && e.setEdge(a, u, { weight: 1 });
}
function Mw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && hu(e);
}
function Iw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && Tw(e), (n === "lr" || n === "rl") && (Ow(e), hu(e));
}
function hu(e) {
  e.nodes().forEach((t) => Gs(e.node(t))), e.edges().forEach((t) => Gs(e.edge(t)));
}
function Gs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function Tw(e) {
  e.nodes().forEach((t) => Ei(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(Ei), Object.hasOwn(o, "y") && Ei(o);
  });
}
function Ei(e) {
  e.y = -e.y;
}
function Ow(e) {
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
function Dw(e, t = null) {
  let n = {}, o = e.nodes().filter((l) => !e.children(l).length), i = o.map((l) => e.node(l).rank), r = lt(Math.max, i), s = Fn(r + 1).map(() => []);
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
    return ru(t, d, f);
  }
  return s;
}
function Pw(e, t) {
  let n = 0;
  for (let o = 1; o < t.length; ++o) n += Aw(e, t[o - 1], t[o]);
  return n;
}
function Aw(e, t, n) {
  let o = F1(n, n.map((l, c) => c)), i = t.flatMap((l) => {
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
function zw(e, t = []) {
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
function Rw(e, t) {
  let n = {};
  e.forEach((i, r) => {
    let s = { indegree: 0, in: [], out: [], vs: [i.v], i: r };
    i.barycenter !== void 0 && (s.barycenter = i.barycenter, s.weight = i.weight), n[i.v] = s;
  }), t.edges().forEach((i) => {
    let r = n[i.v], s = n[i.w];
    r !== void 0 && s !== void 0 && (s.indegree++, r.out.push(s));
  });
  let o = Object.values(n).filter((i) => !i.indegree);
  return Bw(o);
}
function Bw(e) {
  let t = [];
  function n(i) {
    return (r) => {
      r.merged || (r.barycenter === void 0 || i.barycenter === void 0 || r.barycenter >= i.barycenter) && Vw(i, r);
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
function Vw(e, t) {
  let n = 0, o = 0;
  e.weight && (n += e.barycenter * e.weight, o += e.weight), t.weight && (n += t.barycenter * t.weight, o += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / o, e.weight = o, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Lw(e, t, n, o, i) {
  let r = {}, s = null, a = null, u = i;
  typeof t == "boolean" ? (u = t, r = {}) : t && (r = t, s = n ?? null, a = o ?? null);
  let l = V1(e, (w) => Object.hasOwn(w, "barycenter")), c = l.lhs, d = l.rhs.sort((w, E) => E.i - w.i), f = [], g = 0, m = 0, y = 0;
  c.sort(Hw(a, s, !!u));
  for (let [w, E] of Object.entries(r)) {
    let v = c.findIndex((x) => x.vs[0] === w);
    c.splice(v + 1, 0, E);
  }
  y = Us(f, d, y), c.forEach((w) => {
    y += w.vs.length, f.push(w.vs), g += w.barycenter * w.weight, m += w.weight, y = Us(f, d, y);
  });
  let b = { vs: f.flat(1) };
  return m && (b.barycenter = g / m, b.weight = m), b;
}
function Us(e, t, n) {
  let o;
  for (; t.length && (o = t[t.length - 1]).i <= n; ) t.pop(), e.push(o.vs), n++;
  return n;
}
function Hw(e, t, n) {
  return (o, i) => {
    if (o.barycenter < i.barycenter) return -1;
    if (o.barycenter > i.barycenter) return 1;
    if (e && (typeof o.vs[0] == "string" || typeof i.vs[0] == "string")) {
      let r = e.node(o.vs[0]), s = e.node(i.vs[0]), a = ru(t, r, s);
      if (a !== 0) return a;
    }
    return n ? i.i - o.i : o.i - i.i;
  };
}
function gu(e, t, n, o, i) {
  var r, s, a, u, l, c, d, f, g, m, y;
  let b = null, w = i;
  typeof o == "boolean" ? (w = o, b = null) : o !== void 0 && (b = o);
  let E = e.children(t), v = e.node(t), x = v ? v.borderLeft : void 0, A = v ? v.borderRight : void 0, H = {};
  x && (E = E.filter((N) => N !== x && N !== A));
  let Y = zw(e, E);
  Y.forEach((N) => {
    if (e.children(N.v).length) {
      let { result: U } = gu(e, N.v, n, b, w);
      H[N.v] = U, Object.hasOwn(U, "barycenter") && Yw(N, U);
    }
  });
  let B = Rw(Y, n);
  Fw(B, H);
  let R = {}, X = !1;
  for (let N = 0; N < B.length; N++) for (let U = N + 1; U < B.length; U++) if (!(!B[N] || !B[U] || !((r = B[N]) != null && r.barycenter) || !((s = B[U]) != null && s.barycenter)) && ((a = B[N]) == null ? void 0 : a.barycenter) === B[U].barycenter) {
    let h = (l = (u = B[N]) == null ? void 0 : u.vs[0]) != null ? l : "", $ = (d = (c = B[U]) == null ? void 0 : c.vs[0]) != null ? d : "", p = e.node(h), T = e.node($);
    if (p.dummy === "edge" && T.dummy === "edge" && ((f = p.edgeObj) == null ? void 0 : f.v) === ((g = T.edgeObj) == null ? void 0 : g.v) && ((m = p.edgeObj) == null ? void 0 : m.w) === ((y = T.edgeObj) == null ? void 0 : y.w)) if (p.edgeLabel.reversed) {
      R[$] = B[N], B.splice(N, 1), N--;
      break;
    } else R[h] || (R[h] = B[U], B.splice(U, 1), U--);
    else X = !0;
  }
  let L = Lw(B, R, b, e, w);
  if (x && A) {
    L.vs = [x, L.vs, A].flat(1);
    let N = e.predecessors(x);
    if (N && N.length) {
      let U = e.node(N[0]), h = e.predecessors(A), $ = e.node(h[0]);
      Object.hasOwn(L, "barycenter") || (L.barycenter = 0, L.weight = 0), L.barycenter = (L.barycenter * L.weight + U.order + $.order) / (L.weight + 2), L.weight += 2;
    }
  }
  return Object.defineProperty(L, "result", { value: L, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(L, "usedBias", { value: X, enumerable: !1, configurable: !0, writable: !0 }), L;
}
function Fw(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((o) => t[o] ? t[o].vs : o);
  });
}
function Yw(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function Xw(e, t, n, o) {
  o || (o = e.nodes());
  let i = Gw(e), r = new ot({ compound: !0 }).setGraph({ root: i }).setDefaultNodeLabel((s) => e.node(s));
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
function Gw(e) {
  let t;
  for (; e.hasNode(t = kr("_root")); ) ;
  return t;
}
function Uw(e, t, n) {
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
function pu(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, pu);
    return;
  }
  let o = ou(e), i = qs(e, Fn(1, o + 1), "inEdges"), r = qs(e, Fn(o - 1, -1, -1), "outEdges"), s = Dw(e, n);
  if (Ws(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, u, l = t.constraints || [];
  for (let c = 0, d = 0; d < 4; ++c, ++d) {
    qw(c % 2 ? i : r, c % 4 >= 2, l, n), s = Wn(e);
    let f = Pw(e, s);
    f < a ? (d = 0, u = Object.assign({}, s), a = f) : f === a && (u = structuredClone(s));
  }
  Ws(e, u);
}
function qs(e, t, n) {
  let o = /* @__PURE__ */ new Map(), i = (r, s) => {
    o.has(r) || o.set(r, []), o.get(r).push(s);
  };
  for (let r of e.nodes()) {
    let s = e.node(r);
    if (typeof s.rank == "number" && i(s.rank, r), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && i(a, r);
  }
  return t.map(function(r) {
    return Xw(e, r, n, o.get(r) || []);
  });
}
function qw(e, t, n, o) {
  let i = !0, r = new ot();
  e.forEach(function(s) {
    n.forEach((c) => r.setEdge(c.left, c.right));
    let a = s.graph().root, { result: u, usedBias: l } = gu(s, a, r, o, i);
    t && l && (i = !i), u.vs.forEach((c, d) => s.node(c).order = d), Uw(s, r, u.vs);
  });
}
function Ws(e, t) {
  Object.values(t).forEach((n) => n.forEach((o, i) => e.node(o).order = i));
}
function Ww(e, t) {
  let n = {};
  function o(i, r) {
    let s = 0, a = 0, u = i.length, l = r[r.length - 1];
    return r.forEach((c, d) => {
      let f = Zw(e, c), g = f ? e.node(f).order : u;
      (f || c === l) && (r.slice(a, d + 1).forEach((m) => {
        let y = e.predecessors(m);
        y && y.forEach((b) => {
          let w = e.node(b), E = w.order;
          (E < s || g < E) && !(w.dummy && e.node(m).dummy) && vu(n, b, m);
        });
      }), a = d + 1, s = g);
    }), r;
  }
  return t.length && t.reduce(o), n;
}
function Kw(e, t) {
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
        let g = e.predecessors(f);
        g && g.forEach((m) => {
          if (m === void 0) return;
          let y = e.node(m);
          y.dummy && (y.order < l || y.order > c) && vu(n, m, f);
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
          let m = g[0];
          if (m === void 0) return;
          l = e.node(m).order, i(a, c, f, u, l), c = f, u = l;
        }
      }
      i(a, c, a.length, l, s.length);
    }), a;
  }
  return t.length && t.reduce(r), n;
}
function Zw(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((o) => e.node(o).dummy);
  }
}
function vu(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  o || (e[t] = o = {}), o[n] = !0;
}
function jw(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  return o !== void 0 && Object.hasOwn(o, n);
}
function Qw(e, t, n, o, i) {
  let r = {}, s = {}, a = {};
  return t.forEach((u) => {
    u.forEach((l, c) => {
      r[l] = l, s[l] = l, a[l] = c;
    });
  }), t.forEach((u) => {
    let l = -1, c = -1, d = !1, f = u, g = u.findIndex((m) => i?.includes(m) || Ks(m, e, i));
    g > 0 && (f = [u[g], ...u.slice(0, g), ...u.slice(g + 1)], d = !0), f.forEach((m) => {
      var y;
      let b = o(m);
      if (b && b.length) {
        i != null && i.includes(m) && (b = b.filter((v) => Ks(v, e, i)));
        let w = b.sort((v, x) => {
          let A = a[v], H = a[x];
          return (A !== void 0 ? A : 0) - (H !== void 0 ? H : 0);
        }), E = (w.length - 1) / 2;
        for (let v = Math.floor(E), x = Math.ceil(E); v <= x; ++v) {
          let A = w[v];
          if (A === void 0) continue;
          let H = a[A];
          if (H !== void 0 && s[m] === m && l < H && a[A] !== c && !jw(n, m, A)) {
            let Y = r[A];
            Y !== void 0 && (s[A] = m, s[m] = r[m] = Y, l = H, d && (l = -1, c = (y = a[A]) != null ? y : -1, d = !1));
          }
        }
      }
    });
  }), { root: r, align: s };
}
function Jw(e, t, n, o, i = !1) {
  let r = {}, s = e_(e, t, n, i), a = i ? "borderLeft" : "borderRight";
  function u(g, m) {
    let y = s.nodes().slice(), b = {}, w = y.pop();
    for (; w; ) {
      if (b[w]) g(w);
      else {
        b[w] = !0, y.push(w);
        for (let E of m(w)) y.push(E);
      }
      w = y.pop();
    }
  }
  function l(g) {
    let m = s.inEdges(g);
    m ? r[g] = m.reduce((y, b) => {
      var w;
      let E = (w = r[b.v]) != null ? w : 0, v = s.edge(b);
      return Math.max(y, E + (v !== void 0 ? v : 0));
    }, 0) : r[g] = 0;
  }
  function c(g) {
    let m = s.outEdges(g), y = Number.POSITIVE_INFINITY;
    m && (y = m.reduce((w, E) => {
      let v = r[E.w], x = s.edge(E);
      return Math.min(w, (v !== void 0 ? v : 0) - (x !== void 0 ? x : 0));
    }, Number.POSITIVE_INFINITY));
    let b = e.node(g);
    y !== Number.POSITIVE_INFINITY && b.borderType !== a && (r[g] = Math.max(r[g] !== void 0 ? r[g] : 0, y));
  }
  function d(g) {
    return s.predecessors(g) || [];
  }
  function f(g) {
    return s.successors(g) || [];
  }
  return u(l, d), u(c, f), Object.keys(o).forEach((g) => {
    var m;
    let y = n[g];
    y !== void 0 && (r[g] = (m = r[y]) != null ? m : 0);
  }), r;
}
function e_(e, t, n, o) {
  let i = new ot(), r = e.graph(), s = r_(r.nodesep, r.edgesep, o);
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
function t_(e, t) {
  return Object.values(t).reduce((n, o) => {
    let i = Number.NEGATIVE_INFINITY, r = Number.POSITIVE_INFINITY;
    Object.entries(o).forEach(([a, u]) => {
      let l = s_(e, a) / 2;
      i = Math.max(u + l, i), r = Math.min(u - l, r);
    });
    let s = i - r;
    return s < n[0] && (n = [s, o]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function n_(e, t) {
  let n = Object.values(t), o = lt(Math.min, n), i = lt(Math.max, n);
  ["u", "d"].forEach((r) => {
    ["l", "r"].forEach((s) => {
      let a = r + s, u = e[a];
      if (!u || u === t) return;
      let l = Object.values(u), c = o - lt(Math.min, l);
      s !== "l" && (c = i - lt(Math.max, l)), c && (e[a] = ni(u, (d) => d + c));
    });
  });
}
function o_(e, t = void 0) {
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
function i_(e, t) {
  let n = Wn(e), o = Object.assign(Ww(e, n), Kw(e, n)), i = {}, r;
  ["u", "d"].forEach((a) => {
    r = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((u) => {
      u === "r" && (r = r.map((d) => Object.values(d).reverse()));
      let l = Qw(e, r, o, (d) => (a === "u" ? e.predecessors(d) : e.successors(d)) || [], t), c = Jw(e, r, l.root, l.align, u === "r");
      u === "r" && (c = ni(c, (d) => -d)), i[a + u] = c;
    });
  });
  let s = t_(e, i);
  return n_(i, s), o_(i, e.graph().align);
}
function r_(e, t, n) {
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
function s_(e, t) {
  return e.node(t).width;
}
function Ks(e, t, n) {
  var o;
  if (!n) return !1;
  let i = (o = t.node(e)) == null ? void 0 : o.edgeObj;
  if (!i || t.node(e).edgeLabel.reversed) return !1;
  let r = n.indexOf(i?.v), s = n.indexOf(i?.w);
  return r !== -1 && s !== -1 && r === (s + 1) % n.length || r === (s - 1) % n.length;
}
function a_(e, t) {
  e = tu(e), l_(e), Object.entries(i_(e, t)).forEach(([n, o]) => e.node(n).x = o);
}
function l_(e) {
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
var Zs = /* @__PURE__ */ new WeakMap();
function u_(e, t = {}) {
  return mu(e, iu, t), e;
}
function js(e, t, n) {
  let o = t;
  for (; o !== void 0; ) {
    let i = e.parent(o);
    if (i === n) return o;
    o = i;
  }
}
function mu(e, t, n) {
  var o;
  let i = e.nodes().filter((E) => e.children(E).length), r = {};
  i.forEach((E) => {
    let v = e.node(E);
    if (v && v.rankdir) {
      let x = new ot({ multigraph: !0, compound: !0 });
      x.setGraph({ rankdir: v.rankdir });
      let A = e.children(E);
      A.forEach((h) => {
        let $ = { ...e.node(h) };
        x.setNode(h, $);
        let p = e.parent(h);
        p && p !== E && A.includes(p) && x.setParent(h, p);
      });
      let H = /* @__PURE__ */ new Set();
      e.edges().forEach((h) => {
        let $ = js(e, h.v, E), p = js(e, h.w, E);
        if ($ === h.v && p === h.w) x.setEdge(h, { ...e.edge(h) });
        else if ($ && p && $ !== p) {
          let T = `${$}\0${p}`;
          H.has(T) || (H.add(T), x.setEdge($, p, { ...e.edge(h) }));
        }
      }), mu(x, t, n);
      let Y = na(x);
      Js(Y, t, n, null), ea(x, Y);
      let B = 1 / 0, R = 1 / 0, X = -1 / 0, L = -1 / 0;
      x.nodes().forEach((h) => {
        if (h === E) return;
        let $ = x.node(h);
        $ && typeof $.x == "number" && typeof $.y == "number" && typeof $.width == "number" && typeof $.height == "number" && (B = Math.min(B, $.x - $.width / 2), X = Math.max(X, $.x + $.width / 2), R = Math.min(R, $.y - $.height / 2), L = Math.max(L, $.y + $.height / 2));
      }), (!isFinite(B) || !isFinite(R) || !isFinite(X) || !isFinite(L)) && (B = R = 0, X = L = 0);
      let N = X - B, U = L - R;
      r[E] = { minX: B, minY: R, maxX: X, maxY: L, width: N, height: U, offsetX: B, offsetY: R }, v._dagreClusterSubgraph = x;
    }
  });
  let s = [], a = (E) => {
    let v = [], x = (e.children(E) || []).filter((A) => A !== E);
    for (; x.length > 0; ) {
      let A = x.shift();
      v.push(A), (e.children(A) || []).filter((H) => H !== A).forEach((H) => x.push(H));
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
  }, g = [];
  e.edges().forEach((E) => {
    (d.has(E.v) || d.has(E.w)) && g.push({ edge: E, label: e.edge(E) });
  });
  let m = /* @__PURE__ */ new Map();
  d.forEach((E) => {
    let v = e.parent(E);
    m.set(E, typeof v == "string" ? v : void 0);
  }), c.forEach((E, v) => {
    let x = e.node(v), A = [];
    E.forEach((B) => {
      let R = e.node(B);
      R && (A.push({ id: B, node: R, parent: m.get(B) }), e.removeNode(B));
    });
    let H = g.filter(({ edge: B }) => E.includes(B.v) || E.includes(B.w)), Y = r[v];
    x && (s.push({ clusterId: v, subgraph: x._dagreClusterSubgraph, bounds: Y, children: E, removedNodes: A, removedEdges: H }), x.width = Y.width, x.height = Y.height);
  });
  let y = /* @__PURE__ */ new Set();
  g.forEach(({ edge: E, label: v }) => {
    let x = f(E.v), A = f(E.w);
    if (x !== A && e.hasNode(x) && e.hasNode(A)) {
      let H = `${x}\0${A}`;
      y.has(H) || (y.add(H), e.setEdge(x, A, { ...v, width: 0, height: 0 }));
    }
  });
  let b = na(e), w = Js(b, t, n, (o = Zs.get(e)) != null ? o : null);
  Zs.set(e, w), ea(e, b), y.forEach((E) => {
    let v = E.indexOf("\0"), x = E.slice(0, v), A = E.slice(v + 1);
    e.hasEdge(x, A) && e.removeEdge(x, A);
  }), s.forEach(({ clusterId: E, subgraph: v, bounds: x, removedNodes: A, removedEdges: H }) => {
    var Y, B;
    let R = e.node(E), X = (Y = R?.x) != null ? Y : 0, L = (B = R?.y) != null ? B : 0, N = (x.minX + x.maxX) / 2, U = (x.minY + x.maxY) / 2;
    A.forEach(({ id: h, node: $, parent: p }) => {
      e.setNode(h, $), p !== void 0 && e.setParent(h, p);
    }), H.forEach(({ edge: h, label: $ }) => {
      e.setEdge(h, $);
    }), v.nodes().forEach((h) => {
      if (h === E) return;
      let $ = v.node(h), p = e.node(h);
      p && $ && typeof $.x == "number" && typeof $.y == "number" && (p.x = X + ($.x - N), p.y = L + ($.y - U));
    }), Qs(e, v, X - N, L - U), delete R._dagreClusterSubgraph;
  }), i.forEach((E) => {
    var v, x;
    let A = e.node(E), H = r[E];
    if (A && A.rankdir && A._dagreClusterSubgraph && H) {
      let Y = A._dagreClusterSubgraph, B = (v = A.x) != null ? v : 0, R = (x = A.y) != null ? x : 0, X = (H.minX + H.maxX) / 2, L = (H.minY + H.maxY) / 2;
      Y.nodes().forEach((N) => {
        if (N === E) return;
        let U = Y.node(N), h = e.node(N);
        if (h && U && typeof U.x == "number" && typeof U.y == "number") {
          let $ = U.x - X, p = U.y - L;
          h.x = B + $, h.y = R + p;
        }
      }), Qs(e, Y, B - X, R - L), delete A._dagreClusterSubgraph;
    }
  });
}
function Qs(e, t, n, o) {
  t.edges().forEach((i) => {
    if (!e.hasEdge(i)) return;
    let r = t.edge(i), s = e.edge(i);
    s.points = r.points.map((a) => ({ x: a.x + n, y: a.y + o })), Object.hasOwn(r, "x") && (s.x = r.x + n, s.y = r.y + o);
  });
}
function Js(e, t, n, o = null) {
  var i, r;
  let s = n?.useDynamic !== !1, a = s && (i = o?.graph) != null ? i : null, u = s && (r = o?.rawNodes) != null ? r : null;
  t("    makeSpaceForEdgeLabels", () => m_(e)), t("    removeSelfEdges", () => N_(e)), t("    acyclic", () => Q1(e, a)), t("    nestingGraph.run", () => xw(e)), t("    rank", () => pw(tu(e))), t("    injectEdgeLabelProxies", () => y_(e)), t("    removeEmptyRanks", () => R1(e)), t("    nestingGraph.cleanup", () => Nw(e)), t("    normalizeRanks", () => z1(e)), t("    assignRankMinMax", () => w_(e)), t("    removeEdgeLabelProxies", () => __(e)), t("    normalize.run", () => nw(e)), t("    parentDummyChains", () => ww(e)), t("    addBorderSegments", () => Sw(e)), t("    order", () => pu(e, n, u)), t("    insertSelfEdges", () => S_(e)), t("    adjustCoordinateSystem", () => Mw(e)), t("    position", () => a_(e, n.corePath)), t("    positionSelfEdges", () => C_(e));
  let l = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => k_(e)), t("    normalize.undo", () => iw(e)), t("    fixupEdgeLabelCoords", () => x_(e)), t("    undoCoordinateSystem", () => Iw(e)), t("    translateGraph", () => b_(e)), t("    assignNodeIntersects", () => E_(e)), t("    reversePoints", () => $_(e)), t("    acyclic.undo", () => ew(e)), { graph: e, rawNodes: l };
}
function ea(e, t) {
  e.nodes().forEach((n) => {
    let o = e.node(n), i = t.node(n);
    o && (o.x = i.x, o.y = i.y, o.order = i.order, o.rank = i.rank, t.children(n).length && (o.width = i.width, o.height = i.height));
  }), e.edges().forEach((n) => {
    let o = e.edge(n), i = t.edge(n);
    o.points = i.points, Object.hasOwn(i, "x") && (o.x = i.x, o.y = i.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var c_ = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], d_ = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, f_ = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], h_ = ["width", "height", "rank"], ta = { width: 0, height: 0 }, g_ = ["minlen", "weight", "width", "height", "labeloffset"], p_ = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, v_ = ["labelpos"];
function na(e) {
  let t = new ot({ multigraph: !0, compound: !0 }), n = ki(e.graph());
  return t.setGraph(Object.assign({}, d_, $i(n, c_), Ho(n, f_))), e.nodes().forEach((o) => {
    let i = ki(e.node(o)), r = $i(i, h_);
    Object.keys(ta).forEach((a) => {
      r[a] === void 0 && (r[a] = ta[a]);
    }), t.setNode(o, r);
    let s = e.parent(o);
    s !== void 0 && t.setParent(o, s);
  }), e.edges().forEach((o) => {
    let i = ki(e.edge(o));
    t.setEdge(o, Object.assign({}, p_, $i(i, g_), Ho(i, v_)));
  }), t;
}
function m_(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var o;
    let i = e.edge(n);
    i.minlen *= 2, ((o = i.labelpos) != null ? o : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? i.width += i.labeloffset : i.height += i.labeloffset);
  });
}
function y_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let o = e.node(t.v), i = { rank: (e.node(t.w).rank - o.rank) / 2 + o.rank, e: t };
      dn(e, "edge-proxy", i, "_ep");
    }
  });
}
function w_(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let o = e.node(n);
    o.borderTop && (o.minRank = e.node(o.borderTop).rank, o.maxRank = e.node(o.borderBottom).rank, t = Math.max(t, o.maxRank));
  }), e.graph().maxRank = t;
}
function __(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let o = n;
      e.edge(o.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function b_(e) {
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
function E_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), o = e.node(t.v), i = e.node(t.w), r, s;
    n.points ? (r = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], r = i, s = o), n.points.unshift(Vs(o, r)), n.points.push(Vs(i, s));
  });
}
function x_(e) {
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
function $_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function k_(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), o = e.node(n.borderTop), i = e.node(n.borderBottom), r = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - r.x), n.height = Math.abs(i.y - o.y), n.x = r.x + n.width / 2, n.y = o.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function N_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function S_(e) {
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
function C_(e) {
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
function $i(e, t) {
  return ni(Ho(e, t), Number);
}
function ki(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, o]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = o;
  }), t;
}
function M_(e) {
  let t = Wn(e), n = new ot({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((o) => {
    n.setNode(o, { label: o }), n.setParent(o, "layer" + e.node(o).rank);
  }), e.edges().forEach((o) => n.setEdge(o.v, o.w, {}, o.name)), t.forEach((o, i) => {
    let r = "layer" + i;
    n.setNode(r, { rank: "same" }), o.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var I_ = { graphlib: ql, version: Y1, layout: u_, debug: M_, util: { time: L1, notime: iu } }, oa = I_;
const T_ = {
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
}, ia = {
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
}, ra = ["#26a69a", "#7e57c2", "#ec407a", "#ffa726", "#5c6bc0", "#9ccc65", "#8d6e63"];
function O_(e) {
  return String(e || "").split("[")[0].trim();
}
function xn(e) {
  const t = O_(e);
  if (ia[t]) return ia[t];
  let n = 0;
  for (const o of t) n = n * 31 + o.charCodeAt(0) >>> 0;
  return ra[n % ra.length];
}
function Ji(e) {
  return T_[e] || "#607d8b";
}
const D_ = ["data-node-id", "data-block-type", "title"], P_ = { class: "gc-node-id" }, A_ = {
  key: 0,
  class: "gc-bypass-badge",
  title: "Bypassed: left out of training (Ctrl+B)"
}, z_ = { class: "gc-node-type" }, R_ = { class: "gc-node-body" }, B_ = ["data-port"], V_ = { class: "gc-port-name" }, L_ = {
  key: 1,
  class: "gc-port gc-in"
}, H_ = ["data-port"], F_ = { class: "gc-port-name" }, Y_ = {
  key: 3,
  class: "gc-port gc-out"
}, X_ = {
  key: 0,
  class: "gc-summary"
}, G_ = {
  key: 1,
  class: "gc-node-error"
}, U_ = {
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
      Ee("div", {
        class: "gc-node-header",
        style: De({ background: n.value })
      }, [
        Ee("span", P_, Pe(e.id), 1),
        e.data.bypass ? (Q(), le("span", A_, "BYPASSED")) : ke("", !0),
        Ee("span", z_, Pe(e.data.title), 1)
      ], 4),
      Ee("div", R_, [
        (Q(!0), le(He, null, Yt(s.value, (l) => (Q(), le("div", {
          key: l,
          class: "gc-row"
        }, [
          e.data.inputs[l - 1] ? (Q(), le("div", {
            key: 0,
            class: "gc-port gc-in",
            "data-port": `${e.id}.${e.data.inputs[l - 1].name}`
          }, [
            Ve(Z(sn), {
              type: "target",
              id: e.data.inputs[l - 1].name,
              position: Z(se).Left,
              class: Ue(["gc-handle", [{ "gc-required": e.data.inputs[l - 1].required }, i(e.data.inputs[l - 1].name, "target")]]),
              tabindex: "0",
              role: "button",
              "aria-label": `input ${e.id}.${e.data.inputs[l - 1].name}, takes ${e.data.inputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.inputs[l - 1].name, "target"),
              style: De({ background: Z(xn)(e.data.inputs[l - 1].types[0]) }),
              "data-port": `${e.id}.${e.data.inputs[l - 1].name}`,
              title: `${e.data.inputs[l - 1].name}: ${e.data.inputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"]),
            Ee("span", V_, Pe(e.data.inputs[l - 1].name), 1),
            Ee("span", {
              class: "gc-port-type",
              style: De({ color: Z(xn)(e.data.inputs[l - 1].types[0]) })
            }, Pe(e.data.inputs[l - 1].label), 5)
          ], 8, B_)) : (Q(), le("div", L_)),
          e.data.outputs[l - 1] ? (Q(), le("div", {
            key: 2,
            class: "gc-port gc-out",
            "data-port": `${e.id}.${e.data.outputs[l - 1].name}`
          }, [
            Ee("span", {
              class: "gc-port-type",
              style: De({ color: Z(xn)(e.data.outputs[l - 1].type) })
            }, Pe(e.data.outputs[l - 1].label), 5),
            Ee("span", F_, Pe(e.data.outputs[l - 1].name), 1),
            Ve(Z(sn), {
              type: "source",
              id: e.data.outputs[l - 1].name,
              position: Z(se).Right,
              class: Ue(["gc-handle", i(e.data.outputs[l - 1].name, "source")]),
              tabindex: "0",
              role: "button",
              "aria-label": `output ${e.id}.${e.data.outputs[l - 1].name}, gives ${e.data.outputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.outputs[l - 1].name, "source"),
              style: De({ background: Z(xn)(e.data.outputs[l - 1].type) }),
              "data-port": `${e.id}.${e.data.outputs[l - 1].name}`,
              title: `${e.data.outputs[l - 1].name}: ${e.data.outputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"])
          ], 8, H_)) : (Q(), le("div", Y_))
        ]))), 128)),
        e.data.summary ? (Q(), le("div", X_, Pe(e.data.summary), 1)) : ke("", !0),
        e.data.invalid ? (Q(), le("div", G_, Pe(e.data.messages[0]), 1)) : ke("", !0)
      ])
    ], 10, D_));
  }
}, q_ = ["data-group-id"], W_ = ["title"], K_ = { class: "gc-frame-label" }, Z_ = ["aria-label"], uo = 22, sa = 26, j_ = {
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
        const g = f.dimensions || {};
        a = Math.min(a, f.position.x), u = Math.min(u, f.position.y), l = Math.max(l, f.position.x + (g.width || 220)), c = Math.max(c, f.position.y + (g.height || 120));
      }
      return a === 1 / 0 ? null : { left: a - uo, top: u - uo - sa, width: l - a + 2 * uo, height: c - u + 2 * uo + sa };
    }), r = ae(() => n.group.color || "#546e7a");
    function s(a) {
      if (a.button !== 0 || a.target.closest("button")) return;
      a.preventDefault(), a.stopPropagation();
      const u = n.flow.viewport.value.zoom || 1, l = n.group.nodes.map((b) => n.flow.findNode(b)).filter(Boolean), c = l.map((b) => ({ ...b.position })), d = a.clientX, f = a.clientY;
      let g = !1;
      const m = (b) => {
        const w = (b.clientX - d) / u, E = (b.clientY - f) / u;
        g ||= Math.abs(w) + Math.abs(E) > 2, l.forEach((v, x) => v.position = { x: c[x].x + w, y: c[x].y + E });
      }, y = () => {
        if (document.removeEventListener("mousemove", m), document.removeEventListener("mouseup", y), !g) return o("select", n.group.nodes);
        const b = {};
        for (const w of l) b[w.id] = [Math.round(w.position.x), Math.round(w.position.y)];
        o("moved", b);
      };
      document.addEventListener("mousemove", m), document.addEventListener("mouseup", y);
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
      Ee("div", {
        class: "gc-frame-title",
        style: De({ background: r.value }),
        title: `${e.group.label}: drag to move its ${e.group.nodes.length} blocks, double-click to rename`,
        onMousedown: s,
        onDblclick: u[1] || (u[1] = kn((l) => o("frame", { action: "rename", id: e.group.id }), ["stop"]))
      }, [
        Ee("span", K_, Pe(e.group.label), 1),
        Ee("button", {
          class: "gc-frame-close",
          type: "button",
          "aria-label": `Remove frame ${e.group.label}`,
          title: "Remove the frame (the blocks stay)",
          onClick: u[0] || (u[0] = kn((l) => o("frame", { action: "ungroup", id: e.group.id }), ["stop"]))
        }, "×", 8, Z_)
      ], 44, W_)
    ], 12, q_)) : ke("", !0);
  }
}, Q_ = {
  key: 0,
  class: "gc-empty"
}, J_ = {
  key: 1,
  class: "gc-key-wire",
  role: "status"
}, eb = {
  key: 0,
  class: "gc-quick-note"
}, tb = {
  class: "gc-quick-list",
  role: "listbox",
  "aria-label": "Blocks"
}, nb = ["aria-selected", "data-quick-block", "onMouseenter", "onClick"], ob = { class: "gc-quick-title" }, ib = { class: "gc-quick-type" }, rb = {
  key: 0,
  class: "gc-quick-none"
}, aa = "application/x-gancanvas-block", sb = 135, lb = {
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
    const o = e, i = n, r = Ce(o.flowId), s = { block: $n(U_) }, a = Ie(null), u = Ie(!1), l = ae(() => {
      const C = {}, P = {};
      for (const F of o.issues || []) {
        const V = String(F.path || "").split(".");
        (V[0] === "nodes" || V[0] === "subgraphs") && V[1] && (C[V[1]] ||= []).push(F.message), V[0] === "edges" && V[1] !== void 0 && (P[V[1]] ||= []).push(F.message);
      }
      return { byNode: C, byEdge: P };
    });
    function c(C, P) {
      return o.shapes[C] || P;
    }
    function d(C) {
      return Object.entries(C || {}).slice(0, 3).map(([F, V]) => `${F}=${JSON.stringify(V)}`).join("  ");
    }
    const f = ae(() => [
      ...o.graph.nodes || [],
      ...Object.keys(o.graph.subgraphs || {}).map((C) => ({ id: C, type: `subgraph:${C}`, params: {} }))
    ]);
    function g(C) {
      if (!C.startsWith("subgraph:")) return o.catalog[C];
      const P = (o.graph.subgraphs || {})[C.slice(9)];
      return P && { kind: "subgraph", title: P.label || "Subgraph", inputs: P.inputs, outputs: P.outputs };
    }
    let m = /* @__PURE__ */ new Map(), y = [];
    const b = (C) => [...C.inputs, "|", ...C.outputs].map((P) => P.name || P).join(",");
    function w(C, P, F) {
      const V = JSON.stringify(F), W = m.get(C);
      return W && W[0] === V ? (P.set(C, W), W[1]) : (W && b(W[1]) !== b(F) && y.push(C), P.set(C, [V, F]), F);
    }
    function E() {
      const C = new Set(o.selection?.nodes || []), P = o.graph.layout || {}, F = /* @__PURE__ */ new Map(), V = f.value.map((W, ce) => {
        const pe = g(W.type), Me = (o.graph.subgraphs || {})[W.id], Xe = l.value.byNode[W.id] || [], Le = P[W.id] || [40 + ce % 5 * 260, 40 + Math.floor(ce / 5) * 200];
        return {
          id: W.id,
          type: "block",
          position: { x: Le[0], y: Le[1] },
          selected: C.has(W.id),
          data: w(W.id, F, {
            blockType: W.type,
            kind: pe ? pe.kind : W.type.split(".")[0],
            title: pe ? pe.title : `${W.type} (unknown)`,
            unknown: !pe,
            invalid: Xe.length > 0,
            messages: Xe,
            bypass: !!W.bypass,
            summary: Me ? `${Me.size} blocks · double-click to expand` : d(W.params),
            inputs: (pe ? pe.inputs : []).map((Oe) => {
              const Ze = Oe.accepts && Oe.accepts.length ? Oe.accepts : [Oe.type];
              return { ...Oe, types: Ze, label: c(`${W.id}.${Oe.name}`, Ze.join("|")) };
            }),
            outputs: (pe ? pe.outputs : []).map((Oe) => ({
              ...Oe,
              label: c(`${W.id}.${Oe.name}`, Oe.type)
            }))
          })
        };
      });
      return m = F, V;
    }
    function v(C, P) {
      const F = f.value.find((ce) => ce.id === C), V = F && g(F.type), W = V && V.outputs.find((ce) => ce.name === P);
      return W ? W.type : "";
    }
    function x() {
      const C = new Set(o.selection?.edges || []);
      return (o.graph.edges || []).map((P, F) => {
        const [V, ...W] = P.from.split("."), [ce, ...pe] = P.to.split("."), Me = l.value.byEdge[String(F)] || [], Xe = Me.length ? "#e53935" : xn(v(V, W.join("."))), Le = A.value.has(V) || A.value.has(ce);
        return {
          id: `e${F}:${P.from}->${P.to}`,
          source: V,
          target: ce,
          sourceHandle: W.join("."),
          targetHandle: pe.join("."),
          selected: C.has(F),
          class: Me.length ? "gc-edge-invalid" : Le ? "gc-edge-muted" : "",
          style: { stroke: Xe, strokeWidth: Me.length ? 3 : 2 },
          markerEnd: { type: Mo.ArrowClosed, color: Xe },
          label: Me.length ? "!" : void 0,
          data: { index: F, messages: Me, from: P.from, to: P.to }
        };
      });
    }
    const A = ae(() => new Set((o.graph.nodes || []).filter((C) => C.bypass).map((C) => C.id))), H = Ie([]), Y = Ie([]);
    function B() {
      y = [], H.value = E(), Y.value = x();
      const C = y;
      C.length && Ge(() => r.updateNodeInternals(C));
    }
    $e(() => [o.graph, o.catalog, o.issues, o.selection, o.shapes], B, {
      deep: !0,
      immediate: !0
    });
    const R = Ni({ from: null, to: "", tip: "", x: 0, y: 0, keyboard: !1 });
    let X = !1, L = { x: 0, y: 0, inside: !1 };
    function N(C) {
      const P = f.value.find((F) => F.id === C);
      return P ? g(P.type) : null;
    }
    function U(C, P, F) {
      const V = N(C);
      return V && (F === "source" ? V.outputs : V.inputs).find((W) => W.name === P) || null;
    }
    function h(C) {
      return C.accepts && C.accepts.length ? C.accepts : [C.type];
    }
    function $(C, P, F, V) {
      if (!C) return "";
      const W = `${C.node}.${C.handle}`, ce = `${P}.${F}`;
      if (C.type === V)
        return `${W} and ${ce} are both ${V === "target" ? "inputs" : "outputs"}: a wire runs from an output (right side) to an input (left side)`;
      const pe = C.type === "source" ? C : { node: P, handle: F }, Me = C.type === "source" ? { node: P, handle: F } : C;
      if (pe.node === Me.node) return "a block cannot be wired to itself";
      const Xe = U(pe.node, pe.handle, "source"), Le = U(Me.node, Me.handle, "target");
      if (!Xe || !Le) return "";
      const Oe = `${pe.node}.${pe.handle}`, Ze = `${Me.node}.${Me.handle}`;
      if (!h(Le).includes(Xe.type)) return `${Ze} takes ${h(Le).join(" or ")}, not ${Xe.type} (${Oe})`;
      const Ir = o.graph.edges || [];
      return Ir.some((fn) => fn.from === Oe && fn.to === Ze) ? `${Oe} is already wired to ${Ze}` : !Le.multiple && Ir.some((fn) => fn.to === Ze) ? `${Ze} already has a wire (it takes one)` : "";
    }
    function p(C, P, F) {
      const V = R.from;
      return V ? V.node === C && V.handle === P && V.type === F ? "from" : $(V, C, P, F) ? "unfit" : "fit" : "";
    }
    function T(C, P, F) {
      const W = r.findNode(C)?.handleBounds || {}, ce = (W.source || []).some((Me) => Me.id === P), pe = (W.target || []).some((Me) => Me.id === P);
      return ce && !pe ? "source" : pe && !ce || F === "source" ? "target" : "source";
    }
    function M(C) {
      const P = R.from;
      if (!P) return !0;
      const F = P.type === "source" ? [C.target, C.targetHandle] : [C.source, C.sourceHandle], V = $(P, F[0], F[1], T(F[0], F[1], P.type));
      return R.tip = V, R.to = `${F[0]}.${F[1]}`, !V;
    }
    function z({ nodeId: C, handleId: P, handleType: F }) {
      X = !1, R.keyboard = !1, R.tip = "", R.from = { node: C, handle: P, type: F };
    }
    function O(C) {
      const P = a.value?.getBoundingClientRect();
      if (P && (L = { x: C.clientX - P.left, y: C.clientY - P.top, inside: !0, cx: C.clientX, cy: C.clientY }), !R.from || R.keyboard) return;
      R.x = L.x, R.y = L.y, document.elementFromPoint(C.clientX, C.clientY)?.closest?.(".vue-flow__handle") || (R.tip = "");
    }
    function G(C) {
      X = !0, i("connect", { source: `${C.source}.${C.sourceHandle}`, target: `${C.target}.${C.targetHandle}` });
    }
    function J(C) {
      const P = R.from, F = R.tip;
      if (R.from = null, R.tip = "", X || !P || R.keyboard) return;
      if (F) {
        i("refused", { reason: F, source: `${P.node}.${P.handle}`, target: R.to });
        return;
      }
      const V = C?.clientX ?? L.cx, W = C?.clientY ?? L.cy, ce = document.elementFromPoint(V, W);
      ce?.closest?.(".vue-flow__node, .vue-flow__handle, .vue-flow__controls, .vue-flow__minimap") || ce?.closest?.(".vue-flow") && ye(V, W, P);
    }
    function ie(C, P, F) {
      const V = R.from;
      if (!V || !R.keyboard) {
        R.from = { node: C, handle: P, type: F }, R.keyboard = !0, R.tip = "";
        return;
      }
      if (R.from = null, R.keyboard = !1, V.node === C && V.handle === P && V.type === F) return;
      const W = $(V, C, P, F), ce = `${V.node}.${V.handle}`, pe = `${C}.${P}`;
      if (W) {
        i("refused", { reason: W, source: ce, target: pe });
        return;
      }
      i("connect", V.type === "source" ? { source: ce, target: pe } : { source: pe, target: ce });
    }
    Mt("gcWiring", { handleHint: p, keyWire: ie, wiring: R });
    const q = Ni({ open: !1, x: 0, y: 0, flowX: 0, flowY: 0, text: "", index: 0, wire: null }), K = Ie(null);
    function j(C, P) {
      if (!P) return !0;
      if (P.type === "source") {
        const V = U(P.node, P.handle, "source");
        return !!V && C.inputs.some((W) => h(W).includes(V.type));
      }
      const F = U(P.node, P.handle, "target");
      return !!F && C.outputs.some((V) => h(F).includes(V.type));
    }
    const ee = ae(() => {
      if (!q.open) return [];
      const C = q.text.toLowerCase().split(/\s+/).filter(Boolean), P = [];
      for (const [F, V] of Object.entries(o.catalog)) {
        if (!j(V, q.wire)) continue;
        const W = `${F} ${V.title} ${V.kind}`.toLowerCase();
        C.every((ce) => W.includes(ce)) && P.push({ type: F, title: V.title, kind: V.kind });
      }
      return P.slice(0, 40);
    });
    let he = 0;
    function ye(C, P, F = null) {
      he = performance.now();
      const V = a.value.getBoundingClientRect(), W = r.screenToFlowCoordinate({ x: C, y: P });
      Object.assign(q, {
        open: !0,
        x: Math.min(Math.max(C - V.left, 4), Math.max(V.width - 330, 4)),
        y: Math.min(Math.max(P - V.top, 4), Math.max(V.height - 330, 4)),
        flowX: Math.round(W.x),
        flowY: Math.round(W.y),
        text: "",
        index: 0,
        wire: F
      }), Ge(() => K.value?.focus());
    }
    function ve() {
      q.open = !1, q.wire = null, a.value?.focus();
    }
    function _e(C) {
      if (!C) return;
      const P = q.wire ? { port: `${q.wire.node}.${q.wire.handle}`, side: q.wire.type } : null;
      i("add", { type: C.type, x: q.flowX, y: q.flowY, wire: P }), ve();
    }
    function de(C) {
      const P = ee.value.length;
      if (C.key === "Escape") ve();
      else if (C.key === "ArrowDown") q.index = P ? (q.index + 1) % P : 0;
      else if (C.key === "ArrowUp") q.index = P ? (q.index - 1 + P) % P : 0;
      else if (C.key === "Enter") _e(ee.value[q.index]);
      else return;
      C.preventDefault(), C.stopPropagation();
    }
    $e(() => q.text, () => q.index = 0);
    function ge(C) {
      C.target?.closest?.(".vue-flow__node, .vue-flow__edge, .vue-flow__controls, .vue-flow__minimap, .gc-quick") || ye(C.clientX, C.clientY);
    }
    function k(C, P) {
      for (const F of document.elementsFromPoint(C, P)) {
        const V = F.closest?.(".vue-flow__edge");
        if (!V) continue;
        const W = /^e(\d+):/.exec(V.getAttribute("data-id") || "");
        if (W) return Number(W[1]);
      }
      return null;
    }
    function _(C) {
      return (o.graph.edges || []).some((P) => P.from.split(".")[0] === C || P.to.split(".")[0] === C);
    }
    function S(C) {
      const P = {};
      for (const V of C.nodes || [C.node])
        P[V.id] = [Math.round(V.position.x), Math.round(V.position.y)];
      i("move", { positions: P });
      const F = C.nodes || [C.node];
      if (F.length === 1 && !_(F[0].id)) {
        const W = a.value?.querySelector(`.vue-flow__node[data-id="${F[0].id}"]`)?.getBoundingClientRect(), ce = W ? k(W.left + W.width / 2, W.top + W.height / 2) : null;
        ce !== null && i("insert", { node: F[0].id, edge: ce });
      }
    }
    function D() {
      return {
        nodes: r.getSelectedNodes.value.map((C) => C.id),
        edges: r.getSelectedEdges.value.map((C) => C.data.index)
      };
    }
    function I({ node: C, event: P }) {
      if (P && (P.ctrlKey || P.metaKey)) Ge(() => i("select", D()));
      else {
        const F = r.getSelectedNodes.value.filter((V) => V.id !== C.id);
        F.length && r.removeSelectedNodes(F), i("select", { nodes: [C.id], edges: [] });
      }
    }
    function te({ node: C }) {
      (o.graph.subgraphs || {})[C.id] && i("shortcut", { action: "expand", nodes: [C.id], edges: [] });
    }
    function oe({ edge: C }) {
      i("select", { nodes: [], edges: [C.data.index] });
    }
    function ue() {
      q.open && performance.now() - he > 400 && ve(), i("select", { nodes: [], edges: [] });
    }
    function re() {
      Ge(() => i("select", D()));
    }
    function fe(C) {
      if (C.defaultPrevented) return;
      const P = C.target, F = P && P.tagName || "";
      if (["INPUT", "TEXTAREA", "SELECT"].includes(F) || P?.isContentEditable || P?.closest && P.closest(".q-dialog, .q-menu")) return;
      const V = C.ctrlKey || C.metaKey, W = C.key.toLowerCase();
      if (W === "escape" && R.keyboard) {
        R.from = null, R.keyboard = !1;
        return;
      }
      if (!V && (W === "/" || W === " ") && !P?.closest?.(".vue-flow__handle, button, a")) {
        C.preventDefault();
        const pe = a.value.getBoundingClientRect(), Me = L.inside && L.cx >= pe.left && L.cx <= pe.right && L.cy >= pe.top && L.cy <= pe.bottom;
        ye(Me ? L.cx : pe.left + pe.width / 2, Me ? L.cy : pe.top + pe.height / 3);
        return;
      }
      let ce = null;
      if (W === "delete" || W === "backspace" ? ce = "delete" : V && W === "z" && !C.shiftKey ? ce = "undo" : V && (W === "y" || W === "z" && C.shiftKey) ? ce = "redo" : V && W === "c" ? ce = "copy" : V && W === "v" ? ce = "paste" : V && W === "x" ? ce = "cut" : V && W === "d" ? ce = "duplicate" : V && W === "a" ? ce = "select_all" : V && W === "s" ? ce = "save" : V && W === "g" ? ce = C.shiftKey ? "collapse" : "group" : V && W === "b" ? ce = "bypass" : !V && W === "f" ? ce = "fit" : !V && W === "l" && (ce = "layout"), !!ce) {
        if (C.preventDefault(), ce === "fit") return Dt();
        if (ce === "layout") return Mr();
        if (ce === "select_all") {
          i("select", { nodes: f.value.map((pe) => pe.id), edges: [] });
          return;
        }
        i("shortcut", { action: ce, ...D() });
      }
    }
    function me(C, P) {
      const F = r.getSelectedNodes.value;
      if (!F.length) return !1;
      const V = C === "arrowleft" ? -P : C === "arrowright" ? P : 0, W = C === "arrowup" ? -P : C === "arrowdown" ? P : 0, ce = {};
      for (const pe of F)
        pe.position = { x: Math.round(pe.position.x + V), y: Math.round(pe.position.y + W) }, ce[pe.id] = [pe.position.x, pe.position.y];
      return i("move", { positions: ce }), !0;
    }
    function be(C) {
      const P = C.key.toLowerCase();
      if (!P.startsWith("arrow") || C.ctrlKey || C.metaKey || C.altKey) return;
      const F = C.target;
      ["INPUT", "TEXTAREA", "SELECT"].includes(F?.tagName) || F?.isContentEditable || F?.closest?.(".q-dialog, .q-menu, .gc-quick") || me(P, C.shiftKey ? 50 : 10) && (C.preventDefault(), C.stopPropagation());
    }
    bt(() => {
      document.addEventListener("keydown", be, !0), document.addEventListener("keydown", fe), document.addEventListener("mousemove", O);
    }), er(() => {
      document.removeEventListener("keydown", be, !0), document.removeEventListener("keydown", fe), document.removeEventListener("mousemove", O);
    });
    function it(C) {
      C.preventDefault();
      const P = Array.from(C.dataTransfer?.types || []);
      u.value = P.includes(aa) || P.includes("Files"), C.dataTransfer && (C.dataTransfer.dropEffect = P.includes("Files") ? "copy" : "move");
    }
    function Ke() {
      u.value = !1;
    }
    async function ii(C) {
      C.preventDefault(), u.value = !1;
      const P = C.dataTransfer;
      if (!P) return;
      const F = P.getData(aa);
      if (F) {
        const W = r.screenToFlowCoordinate({ x: C.clientX, y: C.clientY }), ce = k(C.clientX, C.clientY);
        i("add", { type: F, x: Math.round(W.x), y: Math.round(W.y), edge: ce });
        return;
      }
      const V = P.files && P.files[0];
      if (V) {
        const W = V.size > 5e6 ? "" : await V.text();
        i("file", { name: V.name, text: W, size: V.size });
      }
    }
    function Dt() {
      const C = r.getNodes.value, P = a.value;
      if (!C.length || !P) return r.fitView({ padding: 0.15, duration: 0 });
      let F = 1 / 0, V = 1 / 0, W = -1 / 0, ce = -1 / 0;
      for (const Le of C) {
        const Oe = Le.computedPosition || Le.position, Ze = Le.dimensions || {};
        F = Math.min(F, Oe.x), V = Math.min(V, Oe.y), W = Math.max(W, Oe.x + (Ze.width || 220)), ce = Math.max(ce, Oe.y + (Ze.height || 120));
      }
      const pe = Math.max(W - F, 1), Me = Math.max(ce - V, 1);
      let Xe = 0;
      for (let Le = 0; Le < 4; Le++) {
        const Oe = Math.min(P.clientWidth / (pe * 1.15), P.clientHeight / ((Me + Xe) * 1.15), 2.5);
        Xe = sb / Math.max(Oe, 0.1);
      }
      r.fitBounds({ x: F, y: V, width: pe, height: Me + Xe }, { padding: 0.15, duration: 0 });
    }
    function ri(C) {
      const P = new Set(C), F = r.getNodes.value.filter((V) => P.has(V.id));
      F.length && r.fitView({ nodes: F.map((V) => V.id), padding: 0.6, maxZoom: 1.2, duration: 200 });
    }
    function Mr() {
      const C = new oa.graphlib.Graph();
      C.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 70, marginx: 20, marginy: 20 }), C.setDefaultEdgeLabel(() => ({}));
      for (const F of r.getNodes.value) {
        const V = F.dimensions || {};
        C.setNode(F.id, { width: V.width || 220, height: V.height || 120 });
      }
      for (const F of r.getEdges.value) C.setEdge(F.source, F.target);
      oa.layout(C);
      const P = {};
      for (const F of r.getNodes.value) {
        const V = C.node(F.id), W = F.dimensions || {};
        P[F.id] = [Math.round(V.x - (W.width || 220) / 2), Math.round(V.y - (W.height || 120) / 2)];
      }
      return i("layout", { positions: P }), setTimeout(Dt, 50), P;
    }
    function yu() {
      return r.getViewport();
    }
    function wu() {
      Dt(), window.__gancanvasPaneReady = performance.now(), H.value.length || (window.__gancanvasReady = window.__gancanvasPaneReady);
    }
    function _u() {
      const C = window.__gancanvasReady === void 0;
      window.__gancanvasReady = performance.now(), window.__gancanvasNodes = r.getNodes.value.length, C && (Dt(), i("ready", { t: window.__gancanvasReady, nodes: window.__gancanvasNodes }));
    }
    t({ fitView: Dt, focus: ri, autoLayout: Mr, getViewport: yu });
    const bu = ae(() => ({ stroke: "#90a4ae", strokeWidth: 2 })), Eu = (C) => Ji(C.data?.kind);
    return (C, P) => (Q(), le("div", {
      ref_key: "root",
      ref: a,
      class: Ue(["gc-canvas", { "gc-drop-active": u.value }]),
      tabindex: "0",
      onDragover: it,
      onDragleave: Ke,
      onDrop: ii,
      onDblclick: ge
    }, [
      Ve(Z(Lp), {
        id: e.flowId,
        nodes: H.value,
        edges: Y.value,
        "node-types": s,
        "delete-key-code": null,
        "selection-key-code": "Shift",
        "multi-selection-key-code": "Control",
        "connection-line-style": bu.value,
        "default-edge-options": { type: "default" },
        "min-zoom": 0.1,
        "max-zoom": 2.5,
        "nodes-draggable": !0,
        "elevate-edges-on-select": !0,
        "zoom-on-double-click": !1,
        "is-valid-connection": M,
        onConnect: G,
        onConnectStart: z,
        onConnectEnd: J,
        onNodeDragStop: S,
        onNodeClick: I,
        onNodeDoubleClick: te,
        onEdgeClick: oe,
        onPaneClick: ue,
        onSelectionEnd: re,
        onPaneReady: wu,
        onNodesInitialized: _u
      }, {
        "zoom-pane": je(() => [
          (Q(!0), le(He, null, Yt(e.graph.groups || [], (F) => (Q(), Re(j_, {
            key: F.id,
            group: F,
            flow: Z(r),
            onSelect: P[0] || (P[0] = (V) => i("select", { nodes: V, edges: [] })),
            onMoved: P[1] || (P[1] = (V) => i("move", { positions: V })),
            onFrame: P[2] || (P[2] = (V) => i("frame", V))
          }, null, 8, ["group", "flow"]))), 128))
        ]),
        default: je(() => [
          Ve(Z(Wp), {
            "pattern-color": "#cfd8dc",
            gap: 18
          }),
          Ve(Z(kv), { "show-interactive": !1 }),
          Ve(Z(a1), {
            pannable: "",
            zoomable: "",
            width: 170,
            height: 110,
            "node-color": Eu
          }),
          (e.graph.nodes || []).length ? ke("", !0) : (Q(), le("div", Q_, [...P[7] || (P[7] = [
            Si(" Drag blocks here from the palette, or drop a graph JSON file.", -1),
            Ee("br", null, null, -1),
            Si(" Double-click (or press /) to search for a block. ", -1)
          ])]))
        ]),
        _: 1
      }, 8, ["id", "nodes", "edges", "connection-line-style"]),
      R.from && R.tip && !R.keyboard ? (Q(), le("div", {
        key: 0,
        class: "gc-wire-tip",
        role: "status",
        style: De({ left: `${R.x + 16}px`, top: `${R.y + 14}px` })
      }, Pe(R.tip), 5)) : ke("", !0),
      R.keyboard && R.from ? (Q(), le("div", J_, " Wiring from " + Pe(R.from.node) + "." + Pe(R.from.handle) + ": focus a port (Tab) and press Enter · Esc cancels ", 1)) : ke("", !0),
      q.open ? (Q(), le("div", {
        key: 2,
        class: "gc-quick",
        role: "dialog",
        "aria-label": "Add a block",
        style: De({ left: `${q.x}px`, top: `${q.y}px` }),
        onMousedown: P[4] || (P[4] = kn(() => {
        }, ["stop"])),
        onDblclick: P[5] || (P[5] = kn(() => {
        }, ["stop"])),
        onWheel: P[6] || (P[6] = kn(() => {
        }, ["stop"]))
      }, [
        Ou(Ee("input", {
          ref_key: "quickInput",
          ref: K,
          "onUpdate:modelValue": P[3] || (P[3] = (F) => q.text = F),
          class: "gc-quick-input",
          placeholder: "Search blocks…",
          "aria-label": "Search blocks",
          "data-testid": "quick-add-input",
          onKeydown: de
        }, null, 544), [
          [Du, q.text]
        ]),
        q.wire ? (Q(), le("div", eb, " blocks that fit " + Pe(q.wire.node) + "." + Pe(q.wire.handle), 1)) : ke("", !0),
        Ee("div", tb, [
          (Q(!0), le(He, null, Yt(ee.value, (F, V) => (Q(), le("div", {
            key: F.type,
            class: Ue(["gc-quick-item", { "gc-active": V === q.index }]),
            role: "option",
            "aria-selected": V === q.index,
            "data-quick-block": F.type,
            onMouseenter: (W) => q.index = V,
            onClick: (W) => _e(F)
          }, [
            Ee("span", {
              class: "gc-quick-dot",
              style: De({ background: Z(Ji)(F.kind) })
            }, null, 4),
            Ee("span", ob, Pe(F.title), 1),
            Ee("span", ib, Pe(F.type), 1)
          ], 42, nb))), 128)),
          ee.value.length ? ke("", !0) : (Q(), le("div", rb, "no block matches"))
        ])
      ], 36)) : ke("", !0)
    ], 34));
  }
};
export {
  lb as GanCanvas,
  T_ as KIND_COLORS,
  Ji as kindColor,
  xn as typeColor
};
