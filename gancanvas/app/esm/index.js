import { getCurrentScope as ta, inject as Ct, effectScope as na, watch as xe, provide as Nt, getCurrentInstance as on, defineComponent as Ce, useSlots as oa, onUnmounted as du, openBlock as J, createElementBlock as le, unref as q, createVNode as Be, withCtx as tt, renderSlot as Te, reactive as bi, computed as ue, onScopeDispose as ro, createPropsRestProxy as fu, toRef as Ee, ref as Ie, onMounted as mt, normalizeClass as Fe, nextTick as Ge, onBeforeMount as hu, shallowRef as $t, createElementVNode as $e, Fragment as Ve, renderList as rn, normalizeStyle as Ae, onBeforeUnmount as Zi, isMemoSame as gu, createBlock as Re, createCommentVNode as Se, toDisplayString as Pe, isRef as Ki, toRefs as pu, customRef as vu, toValue as me, resolveComponent as ia, h as Ne, useAttrs as ji, mergeProps as vo, resolveDynamicComponent as Mt, createTextVNode as Ei, markRaw as _n, readonly as mu, watchEffect as yu, normalizeProps as wu, withModifiers as ei, withDirectives as _u, vModelText as bu } from "vue";
function $n(e) {
  return ta() ? (ro(e), !0) : !1;
}
function dt(e) {
  return typeof e == "function" ? e() : q(e);
}
const Eu = typeof window < "u" && typeof document < "u", xu = (e) => typeof e < "u", $u = Object.prototype.toString, Nu = (e) => $u.call(e) === "[object Object]", ku = () => {
};
function Su(e, t) {
  function n(...o) {
    return new Promise((i, r) => {
      Promise.resolve(e(() => t.apply(this, o), { fn: t, thisArg: this, args: o })).then(i).catch(r);
    });
  }
  return n;
}
const ra = (e) => e();
function Cu(e = ra) {
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
  return { isActive: mu(t), pause: n, resume: o, eventFilter: i };
}
function Nr(e, t = !1, n = "Timeout") {
  return new Promise((o, i) => {
    setTimeout(t ? () => i(n) : o, e);
  });
}
function Mu(e, t, n = {}) {
  const {
    eventFilter: o = ra,
    ...i
  } = n;
  return xe(
    e,
    Su(
      o,
      t
    ),
    i
  );
}
function Yt(e, t, n = {}) {
  const {
    eventFilter: o,
    ...i
  } = n, { eventFilter: r, pause: s, resume: a, isActive: u } = Cu(o);
  return { stop: Mu(
    e,
    t,
    {
      ...i,
      eventFilter: r
    }
  ), pause: s, resume: a, isActive: u };
}
function Iu(e, t = {}) {
  if (!Ki(e))
    return pu(e);
  const n = Array.isArray(e.value) ? Array.from({ length: e.value.length }) : {};
  for (const o in e.value)
    n[o] = vu(() => ({
      get() {
        return e.value[o];
      },
      set(i) {
        var r;
        if ((r = dt(t.replaceRef)) != null ? r : !0)
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
function xi(e, t = !1) {
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
      Nr(y, w).then(() => dt(e)).finally(() => x?.())
    ), Promise.race(m);
  }
  function o(d, f) {
    if (!Ki(d))
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
      Nr(w, x).then(() => dt(e)).finally(() => (b?.(), dt(e)))
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
      return y.includes(d) || y.includes(dt(d));
    }, f);
  }
  function l(d) {
    return c(1, d);
  }
  function c(d = 1, f) {
    let g = -1;
    return n(() => (g += 1, g >= d), f);
  }
  return Array.isArray(dt(e)) ? {
    toMatch: n,
    toContains: u,
    changed: l,
    changedTimes: c,
    get not() {
      return xi(e, !t);
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
      return xi(e, !t);
    }
  };
}
function $i(e) {
  return xi(e);
}
function Tu(e) {
  var t;
  const n = dt(e);
  return (t = n?.$el) != null ? t : n;
}
const sa = Eu ? window : void 0;
function aa(...e) {
  let t, n, o, i;
  if (typeof e[0] == "string" || Array.isArray(e[0]) ? ([n, o, i] = e, t = sa) : [t, n, o, i] = e, !t)
    return ku;
  Array.isArray(n) || (n = [n]), Array.isArray(o) || (o = [o]);
  const r = [], s = () => {
    r.forEach((c) => c()), r.length = 0;
  }, a = (c, d, f, g) => (c.addEventListener(d, f, g), () => c.removeEventListener(d, f, g)), u = xe(
    () => [Tu(t), dt(i)],
    ([c, d]) => {
      if (s(), !c)
        return;
      const f = Nu(d) ? { ...d } : d;
      r.push(
        ...n.flatMap((g) => o.map((y) => a(c, g, y, f)))
      );
    },
    { immediate: !0, flush: "post" }
  ), l = () => {
    u(), s();
  };
  return $n(l), l;
}
function Ou(e) {
  return typeof e == "function" ? e : typeof e == "string" ? (t) => t.key === e : Array.isArray(e) ? (t) => e.includes(t.key) : () => !0;
}
function kr(...e) {
  let t, n, o = {};
  e.length === 3 ? (t = e[0], n = e[1], o = e[2]) : e.length === 2 ? typeof e[1] == "object" ? (t = !0, n = e[0], o = e[1]) : (t = e[0], n = e[1]) : (t = !0, n = e[0]);
  const {
    target: i = sa,
    eventName: r = "keydown",
    passive: s = !1,
    dedupe: a = !1
  } = o, u = Ou(t);
  return aa(i, r, (c) => {
    c.repeat && dt(a) || u(c) && n(c);
  }, s);
}
function Du(e) {
  return JSON.parse(JSON.stringify(e));
}
function ti(e, t, n, o = {}) {
  var i, r, s;
  const {
    clone: a = !1,
    passive: u = !1,
    eventName: l,
    deep: c = !1,
    defaultValue: d,
    shouldEmit: f
  } = o, g = on(), y = n || g?.emit || ((i = g?.$emit) == null ? void 0 : i.bind(g)) || ((s = (r = g?.proxy) == null ? void 0 : r.$emit) == null ? void 0 : s.bind(g?.proxy));
  let w = l;
  t || (t = "modelValue"), w = w || `update:${t.toString()}`;
  const x = (v) => a ? typeof a == "function" ? a(v) : Du(v) : v, b = () => xu(e[t]) ? x(e[t]) : d, m = (v) => {
    f ? f(v) && y(w, v) : y(w, v);
  };
  if (u) {
    const v = b(), E = Ie(v);
    let A = !1;
    return xe(
      () => e[t],
      (B) => {
        A || (A = !0, E.value = x(B), Ge(() => A = !1));
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
var Pu = { value: () => {
} };
function Ro() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o))
      throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new so(n);
}
function so(e) {
  this._ = e;
}
function Au(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n))
      throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
so.prototype = Ro.prototype = {
  constructor: so,
  on: function(e, t) {
    var n = this._, o = Au(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; )
        if ((i = (e = o[r]).type) && (i = zu(n[i], e.name)))
          return i;
      return;
    }
    if (t != null && typeof t != "function")
      throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type)
        n[i] = Sr(n[i], e.name, t);
      else if (t == null)
        for (i in n)
          n[i] = Sr(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t)
      e[n] = t[n].slice();
    return new so(e);
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
function zu(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function Sr(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = Pu, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Ni = "http://www.w3.org/1999/xhtml";
const Cr = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ni,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Bo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Cr.hasOwnProperty(t) ? { space: Cr[t], local: e } : e;
}
function Ru(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ni && t.documentElement.namespaceURI === Ni ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Bu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function la(e) {
  var t = Bo(e);
  return (t.local ? Bu : Ru)(t);
}
function Vu() {
}
function Qi(e) {
  return e == null ? Vu : function() {
    return this.querySelector(e);
  };
}
function Lu(e) {
  typeof e != "function" && (e = Qi(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new Ye(o, this._parents);
}
function Hu(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Fu() {
  return [];
}
function ua(e) {
  return e == null ? Fu : function() {
    return this.querySelectorAll(e);
  };
}
function Yu(e) {
  return function() {
    return Hu(e.apply(this, arguments));
  };
}
function Xu(e) {
  typeof e == "function" ? e = Yu(e) : e = ua(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new Ye(o, i);
}
function ca(e) {
  return function() {
    return this.matches(e);
  };
}
function da(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Gu = Array.prototype.find;
function Uu(e) {
  return function() {
    return Gu.call(this.children, e);
  };
}
function Wu() {
  return this.firstElementChild;
}
function qu(e) {
  return this.select(e == null ? Wu : Uu(typeof e == "function" ? e : da(e)));
}
var Zu = Array.prototype.filter;
function Ku() {
  return Array.from(this.children);
}
function ju(e) {
  return function() {
    return Zu.call(this.children, e);
  };
}
function Qu(e) {
  return this.selectAll(e == null ? Ku : ju(typeof e == "function" ? e : da(e)));
}
function Ju(e) {
  typeof e != "function" && (e = ca(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new Ye(o, this._parents);
}
function fa(e) {
  return new Array(e.length);
}
function ec() {
  return new Ye(this._enter || this._groups.map(fa), this._parents);
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
function tc(e) {
  return function() {
    return e;
  };
}
function nc(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new mo(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function oc(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = g = s.call(u, u.__data__, a, t) + "", l.has(g) ? i[a] = u : l.set(g, u));
  for (a = 0; a < d; ++a)
    g = s.call(e, r[a], a, r) + "", (u = l.get(g)) ? (o[a] = u, u.__data__ = r[a], l.delete(g)) : n[a] = new mo(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function ic(e) {
  return e.__data__;
}
function rc(e, t) {
  if (!arguments.length)
    return Array.from(this, ic);
  var n = t ? oc : nc, o = this._parents, i = this._groups;
  typeof e != "function" && (e = tc(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, g = sc(e.call(c, c && c.__data__, l, o)), y = g.length, w = a[l] = new Array(y), x = s[l] = new Array(y), b = u[l] = new Array(f);
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
function sc(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function ac() {
  return new Ye(this._exit || this._groups.map(fa), this._parents);
}
function lc(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function uc(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), g, y = 0; y < d; ++y)
      (g = l[y] || c[y]) && (f[y] = g);
  for (; u < i; ++u)
    a[u] = n[u];
  return new Ye(a, this._parents);
}
function cc() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function dc(e) {
  e || (e = fc);
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
function fc(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function hc() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function gc() {
  return Array.from(this);
}
function pc() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s)
        return s;
    }
  return null;
}
function vc() {
  let e = 0;
  for (const t of this)
    ++e;
  return e;
}
function mc() {
  return !this.node();
}
function yc(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function wc(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function _c(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function bc(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Ec(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function xc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function $c(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Nc(e, t) {
  var n = Bo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? _c : wc : typeof t == "function" ? n.local ? $c : xc : n.local ? Ec : bc)(n, t));
}
function ha(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function kc(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Sc(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Cc(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function Mc(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? kc : typeof t == "function" ? Cc : Sc)(e, t, n ?? "")) : Zt(this.node(), e);
}
function Zt(e, t) {
  return e.style.getPropertyValue(t) || ha(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Ic(e) {
  return function() {
    delete this[e];
  };
}
function Tc(e, t) {
  return function() {
    this[e] = t;
  };
}
function Oc(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Dc(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Ic : typeof t == "function" ? Oc : Tc)(e, t)) : this.node()[e];
}
function ga(e) {
  return e.trim().split(/^|\s+/);
}
function Ji(e) {
  return e.classList || new pa(e);
}
function pa(e) {
  this._node = e, this._names = ga(e.getAttribute("class") || "");
}
pa.prototype = {
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
function va(e, t) {
  for (var n = Ji(e), o = -1, i = t.length; ++o < i; )
    n.add(t[o]);
}
function ma(e, t) {
  for (var n = Ji(e), o = -1, i = t.length; ++o < i; )
    n.remove(t[o]);
}
function Pc(e) {
  return function() {
    va(this, e);
  };
}
function Ac(e) {
  return function() {
    ma(this, e);
  };
}
function zc(e, t) {
  return function() {
    (t.apply(this, arguments) ? va : ma)(this, e);
  };
}
function Rc(e, t) {
  var n = ga(e + "");
  if (arguments.length < 2) {
    for (var o = Ji(this.node()), i = -1, r = n.length; ++i < r; )
      if (!o.contains(n[i]))
        return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? zc : t ? Pc : Ac)(n, t));
}
function Bc() {
  this.textContent = "";
}
function Vc(e) {
  return function() {
    this.textContent = e;
  };
}
function Lc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Hc(e) {
  return arguments.length ? this.each(e == null ? Bc : (typeof e == "function" ? Lc : Vc)(e)) : this.node().textContent;
}
function Fc() {
  this.innerHTML = "";
}
function Yc(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Xc(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Gc(e) {
  return arguments.length ? this.each(e == null ? Fc : (typeof e == "function" ? Xc : Yc)(e)) : this.node().innerHTML;
}
function Uc() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Wc() {
  return this.each(Uc);
}
function qc() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Zc() {
  return this.each(qc);
}
function Kc(e) {
  var t = typeof e == "function" ? e : la(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function jc() {
  return null;
}
function Qc(e, t) {
  var n = typeof e == "function" ? e : la(e), o = t == null ? jc : typeof t == "function" ? t : Qi(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Jc() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function ed() {
  return this.each(Jc);
}
function td() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function nd() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function od(e) {
  return this.select(e ? nd : td);
}
function id(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function rd(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function sd(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function ad(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function ld(e, t, n) {
  return function() {
    var o = this.__on, i, r = rd(t);
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
function ud(e, t, n) {
  var o = sd(e + ""), i, r = o.length, s;
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
  for (a = t ? ld : ad, i = 0; i < r; ++i)
    this.each(a(o[i], t, n));
  return this;
}
function ya(e, t, n) {
  var o = ha(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function cd(e, t) {
  return function() {
    return ya(this, e, t);
  };
}
function dd(e, t) {
  return function() {
    return ya(this, e, t.apply(this, arguments));
  };
}
function fd(e, t) {
  return this.each((typeof t == "function" ? dd : cd)(e, t));
}
function* hd() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var wa = [null];
function Ye(e, t) {
  this._groups = e, this._parents = t;
}
function Bn() {
  return new Ye([[document.documentElement]], wa);
}
function gd() {
  return this;
}
Ye.prototype = Bn.prototype = {
  constructor: Ye,
  select: Lu,
  selectAll: Xu,
  selectChild: qu,
  selectChildren: Qu,
  filter: Ju,
  data: rc,
  enter: ec,
  exit: ac,
  join: lc,
  merge: uc,
  selection: gd,
  order: cc,
  sort: dc,
  call: hc,
  nodes: gc,
  node: pc,
  size: vc,
  empty: mc,
  each: yc,
  attr: Nc,
  style: Mc,
  property: Dc,
  classed: Rc,
  text: Hc,
  html: Gc,
  raise: Wc,
  lower: Zc,
  append: Kc,
  insert: Qc,
  remove: ed,
  clone: od,
  datum: id,
  on: ud,
  dispatch: fd,
  [Symbol.iterator]: hd
};
function Ue(e) {
  return typeof e == "string" ? new Ye([[document.querySelector(e)]], [document.documentElement]) : new Ye([[e]], wa);
}
function pd(e) {
  let t;
  for (; t = e.sourceEvent; )
    e = t;
  return e;
}
function Je(e, t) {
  if (e = pd(e), t === void 0 && (t = e.currentTarget), t) {
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
const vd = { passive: !1 }, Nn = { capture: !0, passive: !1 };
function ni(e) {
  e.stopImmediatePropagation();
}
function Gt(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function _a(e) {
  var t = e.document.documentElement, n = Ue(e).on("dragstart.drag", Gt, Nn);
  "onselectstart" in t ? n.on("selectstart.drag", Gt, Nn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function ba(e, t) {
  var n = e.document.documentElement, o = Ue(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Gt, Nn), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
const Gn = (e) => () => e;
function ki(e, {
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
ki.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function md(e) {
  return !e.ctrlKey && !e.button;
}
function yd() {
  return this.parentNode;
}
function wd(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function _d() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function bd() {
  var e = md, t = yd, n = wd, o = _d, i = {}, r = Ro("start", "drag", "end"), s = 0, a, u, l, c, d = 0;
  function f(E) {
    E.on("mousedown.drag", g).filter(o).on("touchstart.drag", x).on("touchmove.drag", b, vd).on("touchend.drag touchcancel.drag", m).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(E, A) {
    if (!(c || !e.call(this, E, A))) {
      var B = v(this, t.call(this, E, A), E, A, "mouse");
      B && (Ue(E.view).on("mousemove.drag", y, Nn).on("mouseup.drag", w, Nn), _a(E.view), ni(E), l = !1, a = E.clientX, u = E.clientY, B("start", E));
    }
  }
  function y(E) {
    if (Gt(E), !l) {
      var A = E.clientX - a, B = E.clientY - u;
      l = A * A + B * B > d;
    }
    i.mouse("drag", E);
  }
  function w(E) {
    Ue(E.view).on("mousemove.drag mouseup.drag", null), ba(E.view, l), Gt(E), i.mouse("end", E);
  }
  function x(E, A) {
    if (e.call(this, E, A)) {
      var B = E.changedTouches, L = t.call(this, E, A), z = B.length, U, Y;
      for (U = 0; U < z; ++U)
        (Y = v(this, L, E, A, B[U].identifier, B[U])) && (ni(E), Y("start", E, B[U]));
    }
  }
  function b(E) {
    var A = E.changedTouches, B = A.length, L, z;
    for (L = 0; L < B; ++L)
      (z = i[A[L].identifier]) && (Gt(E), z("drag", E, A[L]));
  }
  function m(E) {
    var A = E.changedTouches, B = A.length, L, z;
    for (c && clearTimeout(c), c = setTimeout(function() {
      c = null;
    }, 500), L = 0; L < B; ++L)
      (z = i[A[L].identifier]) && (ni(E), z("end", E, A[L]));
  }
  function v(E, A, B, L, z, U) {
    var Y = r.copy(), V = Je(U || B, A), k, G, h;
    if ((h = n.call(E, new ki("beforestart", {
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
        var P = V, O;
        switch (p) {
          case "start":
            i[z] = $, O = s++;
            break;
          case "end":
            delete i[z], --s;
          case "drag":
            V = Je(M || S, A), O = s;
            break;
        }
        Y.call(
          p,
          E,
          new ki(p, {
            sourceEvent: S,
            subject: h,
            target: f,
            identifier: z,
            active: O,
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
    return arguments.length ? (e = typeof E == "function" ? E : Gn(!!E), f) : e;
  }, f.container = function(E) {
    return arguments.length ? (t = typeof E == "function" ? E : Gn(E), f) : t;
  }, f.subject = function(E) {
    return arguments.length ? (n = typeof E == "function" ? E : Gn(E), f) : n;
  }, f.touchable = function(E) {
    return arguments.length ? (o = typeof E == "function" ? E : Gn(!!E), f) : o;
  }, f.on = function() {
    var E = r.on.apply(r, arguments);
    return E === r ? f : E;
  }, f.clickDistance = function(E) {
    return arguments.length ? (d = (E = +E) * E, f) : Math.sqrt(d);
  }, f;
}
function er(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Ea(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t)
    n[o] = t[o];
  return n;
}
function Vn() {
}
var kn = 0.7, yo = 1 / kn, Ut = "\\s*([+-]?\\d+)\\s*", Sn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", it = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Ed = /^#([0-9a-f]{3,8})$/, xd = new RegExp(`^rgb\\(${Ut},${Ut},${Ut}\\)$`), $d = new RegExp(`^rgb\\(${it},${it},${it}\\)$`), Nd = new RegExp(`^rgba\\(${Ut},${Ut},${Ut},${Sn}\\)$`), kd = new RegExp(`^rgba\\(${it},${it},${it},${Sn}\\)$`), Sd = new RegExp(`^hsl\\(${Sn},${it},${it}\\)$`), Cd = new RegExp(`^hsla\\(${Sn},${it},${it},${Sn}\\)$`), Mr = {
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
er(Vn, Bt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Ir,
  // Deprecated! Use color.formatHex.
  formatHex: Ir,
  formatHex8: Md,
  formatHsl: Id,
  formatRgb: Tr,
  toString: Tr
});
function Ir() {
  return this.rgb().formatHex();
}
function Md() {
  return this.rgb().formatHex8();
}
function Id() {
  return xa(this).formatHsl();
}
function Tr() {
  return this.rgb().formatRgb();
}
function Bt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Ed.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Or(t) : n === 3 ? new Le(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? Un(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? Un(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = xd.exec(e)) ? new Le(t[1], t[2], t[3], 1) : (t = $d.exec(e)) ? new Le(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Nd.exec(e)) ? Un(t[1], t[2], t[3], t[4]) : (t = kd.exec(e)) ? Un(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Sd.exec(e)) ? Ar(t[1], t[2] / 100, t[3] / 100, 1) : (t = Cd.exec(e)) ? Ar(t[1], t[2] / 100, t[3] / 100, t[4]) : Mr.hasOwnProperty(e) ? Or(Mr[e]) : e === "transparent" ? new Le(NaN, NaN, NaN, 0) : null;
}
function Or(e) {
  return new Le(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function Un(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new Le(e, t, n, o);
}
function Td(e) {
  return e instanceof Vn || (e = Bt(e)), e ? (e = e.rgb(), new Le(e.r, e.g, e.b, e.opacity)) : new Le();
}
function Si(e, t, n, o) {
  return arguments.length === 1 ? Td(e) : new Le(e, t, n, o ?? 1);
}
function Le(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
er(Le, Si, Ea(Vn, {
  brighter(e) {
    return e = e == null ? yo : Math.pow(yo, e), new Le(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? kn : Math.pow(kn, e), new Le(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Le(At(this.r), At(this.g), At(this.b), wo(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Dr,
  // Deprecated! Use color.formatHex.
  formatHex: Dr,
  formatHex8: Od,
  formatRgb: Pr,
  toString: Pr
}));
function Dr() {
  return `#${Dt(this.r)}${Dt(this.g)}${Dt(this.b)}`;
}
function Od() {
  return `#${Dt(this.r)}${Dt(this.g)}${Dt(this.b)}${Dt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Pr() {
  const e = wo(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${At(this.r)}, ${At(this.g)}, ${At(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function wo(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function At(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Dt(e) {
  return e = At(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Ar(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new We(e, t, n, o);
}
function xa(e) {
  if (e instanceof We)
    return new We(e.h, e.s, e.l, e.opacity);
  if (e instanceof Vn || (e = Bt(e)), !e)
    return new We();
  if (e instanceof We)
    return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new We(s, a, u, e.opacity);
}
function Dd(e, t, n, o) {
  return arguments.length === 1 ? xa(e) : new We(e, t, n, o ?? 1);
}
function We(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
er(We, Dd, Ea(Vn, {
  brighter(e) {
    return e = e == null ? yo : Math.pow(yo, e), new We(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? kn : Math.pow(kn, e), new We(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new Le(
      oi(e >= 240 ? e - 240 : e + 120, i, o),
      oi(e, i, o),
      oi(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new We(zr(this.h), Wn(this.s), Wn(this.l), wo(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = wo(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${zr(this.h)}, ${Wn(this.s) * 100}%, ${Wn(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function zr(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function Wn(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function oi(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const tr = (e) => () => e;
function Pd(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Ad(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function zd(e) {
  return (e = +e) == 1 ? $a : function(t, n) {
    return n - t ? Ad(t, n, e) : tr(isNaN(t) ? n : t);
  };
}
function $a(e, t) {
  var n = t - e;
  return n ? Pd(e, n) : tr(isNaN(e) ? t : e);
}
const _o = (function e(t) {
  var n = zd(t);
  function o(i, r) {
    var s = n((i = Si(i)).r, (r = Si(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = $a(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Rd(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, o = t.slice(), i;
  return function(r) {
    for (i = 0; i < n; ++i)
      o[i] = e[i] * (1 - r) + t[i] * r;
    return o;
  };
}
function Bd(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Vd(e, t) {
  var n = t ? t.length : 0, o = e ? Math.min(n, e.length) : 0, i = new Array(o), r = new Array(n), s;
  for (s = 0; s < o; ++s)
    i[s] = bn(e[s], t[s]);
  for (; s < n; ++s)
    r[s] = t[s];
  return function(a) {
    for (s = 0; s < o; ++s)
      r[s] = i[s](a);
    return r;
  };
}
function Ld(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(o) {
    return n.setTime(e * (1 - o) + t * o), n;
  };
}
function et(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Hd(e, t) {
  var n = {}, o = {}, i;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (i in t)
    i in e ? n[i] = bn(e[i], t[i]) : o[i] = t[i];
  return function(r) {
    for (i in n)
      o[i] = n[i](r);
    return o;
  };
}
var Ci = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, ii = new RegExp(Ci.source, "g");
function Fd(e) {
  return function() {
    return e;
  };
}
function Yd(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Na(e, t) {
  var n = Ci.lastIndex = ii.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Ci.exec(e)) && (i = ii.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: et(o, i) })), n = ii.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? Yd(u[0].x) : Fd(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c)
      a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
function bn(e, t) {
  var n = typeof t, o;
  return t == null || n === "boolean" ? tr(t) : (n === "number" ? et : n === "string" ? (o = Bt(t)) ? (t = o, _o) : Na : t instanceof Bt ? _o : t instanceof Date ? Ld : Bd(t) ? Rd : Array.isArray(t) ? Vd : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Hd : et)(e, t);
}
var Rr = 180 / Math.PI, Mi = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function ka(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * Rr,
    skewX: Math.atan(u) * Rr,
    scaleX: s,
    scaleY: a
  };
}
var qn;
function Xd(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Mi : ka(t.a, t.b, t.c, t.d, t.e, t.f);
}
function Gd(e) {
  return e == null || (qn || (qn = document.createElementNS("http://www.w3.org/2000/svg", "g")), qn.setAttribute("transform", e), !(e = qn.transform.baseVal.consolidate())) ? Mi : (e = e.matrix, ka(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Sa(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push("translate(", null, t, null, n);
      y.push({ i: w - 4, x: et(l, d) }, { i: w - 2, x: et(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: et(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: et(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push(i(g) + "scale(", null, ",", null, ")");
      y.push({ i: w - 4, x: et(l, d) }, { i: w - 2, x: et(c, f) });
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
var Ud = Sa(Xd, "px, ", "px)", "deg)"), Wd = Sa(Gd, ", ", ")", ")"), qd = 1e-12;
function Br(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function Zd(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function Kd(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const ao = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], g = c - a, y = d - u, w = g * g + y * y, x, b;
    if (w < qd)
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
        var z = L * b, U = Br(A), Y = l / (n * m) * (U * Kd(t * z + A) - Zd(A));
        return [
          a + Y * g,
          u + Y * y,
          l * U / Br(t * z + A)
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
var Kt = 0, hn = 0, un = 0, Ca = 1e3, bo, gn, Eo = 0, Vt = 0, Vo = 0, Cn = typeof performance == "object" && performance.now ? performance : Date, Ma = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function nr() {
  return Vt || (Ma(jd), Vt = Cn.now() + Vo);
}
function jd() {
  Vt = 0;
}
function xo() {
  this._call = this._time = this._next = null;
}
xo.prototype = Ia.prototype = {
  constructor: xo,
  restart: function(e, t, n) {
    if (typeof e != "function")
      throw new TypeError("callback is not a function");
    n = (n == null ? nr() : +n) + (t == null ? 0 : +t), !this._next && gn !== this && (gn ? gn._next = this : bo = this, gn = this), this._call = e, this._time = n, Ii();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ii());
  }
};
function Ia(e, t, n) {
  var o = new xo();
  return o.restart(e, t, n), o;
}
function Qd() {
  nr(), ++Kt;
  for (var e = bo, t; e; )
    (t = Vt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Kt;
}
function Vr() {
  Vt = (Eo = Cn.now()) + Vo, Kt = hn = 0;
  try {
    Qd();
  } finally {
    Kt = 0, ef(), Vt = 0;
  }
}
function Jd() {
  var e = Cn.now(), t = e - Eo;
  t > Ca && (Vo -= t, Eo = e);
}
function ef() {
  for (var e, t = bo, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : bo = n);
  gn = e, Ii(o);
}
function Ii(e) {
  if (!Kt) {
    hn && (hn = clearTimeout(hn));
    var t = e - Vt;
    t > 24 ? (e < 1 / 0 && (hn = setTimeout(Vr, e - Cn.now() - Vo)), un && (un = clearInterval(un))) : (un || (Eo = Cn.now(), un = setInterval(Jd, Ca)), Kt = 1, Ma(Vr));
  }
}
function Lr(e, t, n) {
  var o = new xo();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var tf = Ro("start", "end", "cancel", "interrupt"), nf = [], Ta = 0, Hr = 1, Ti = 2, lo = 3, Fr = 4, Oi = 5, uo = 6;
function Lo(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s)
    e.__transition = {};
  else if (n in s)
    return;
  of(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: tf,
    tween: nf,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Ta
  });
}
function or(e, t) {
  var n = Ze(e, t);
  if (n.state > Ta)
    throw new Error("too late; already scheduled");
  return n;
}
function st(e, t) {
  var n = Ze(e, t);
  if (n.state > lo)
    throw new Error("too late; already running");
  return n;
}
function Ze(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t]))
    throw new Error("transition not found");
  return n;
}
function of(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Ia(r, 0, n.time);
  function r(l) {
    n.state = Hr, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, g;
    if (n.state !== Hr)
      return u();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === lo)
          return Lr(s);
        g.state === Fr ? (g.state = uo, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = uo, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (Lr(function() {
      n.state === lo && (n.state = Fr, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Ti, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Ti) {
      for (n.state = lo, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = g);
      i.length = d + 1;
    }
  }
  function a(l) {
    for (var c = l < n.duration ? n.ease.call(null, l / n.duration) : (n.timer.restart(u), n.state = Oi, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Oi && (n.on.call("end", e, e.__data__, n.index, n.group), u());
  }
  function u() {
    n.state = uo, n.timer.stop(), delete o[t];
    for (var l in o)
      return;
    delete e.__transition;
  }
}
function co(e, t) {
  var n = e.__transition, o, i, r = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((o = n[s]).name !== t) {
        r = !1;
        continue;
      }
      i = o.state > Ti && o.state < Oi, o.state = uo, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function rf(e) {
  return this.each(function() {
    co(this, e);
  });
}
function sf(e, t) {
  var n, o;
  return function() {
    var i = st(this, e), r = i.tween;
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
function af(e, t, n) {
  var o, i;
  if (typeof n != "function")
    throw new Error();
  return function() {
    var r = st(this, e), s = r.tween;
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
function lf(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Ze(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? sf : af)(n, e, t));
}
function ir(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = st(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Ze(i, o).value[t];
  };
}
function Oa(e, t) {
  var n;
  return (typeof t == "number" ? et : t instanceof Bt ? _o : (n = Bt(t)) ? (t = n, _o) : Na)(e, t);
}
function uf(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function cf(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function df(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function ff(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function hf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function gf(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function pf(e, t) {
  var n = Bo(e), o = n === "transform" ? Wd : Oa;
  return this.attrTween(e, typeof t == "function" ? (n.local ? gf : hf)(n, o, ir(this, "attr." + e, t)) : t == null ? (n.local ? cf : uf)(n) : (n.local ? ff : df)(n, o, t));
}
function vf(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function mf(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function yf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && mf(e, r)), n;
  }
  return i._value = t, i;
}
function wf(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && vf(e, r)), n;
  }
  return i._value = t, i;
}
function _f(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2)
    return (n = this.tween(n)) && n._value;
  if (t == null)
    return this.tween(n, null);
  if (typeof t != "function")
    throw new Error();
  var o = Bo(e);
  return this.tween(n, (o.local ? yf : wf)(o, t));
}
function bf(e, t) {
  return function() {
    or(this, e).delay = +t.apply(this, arguments);
  };
}
function Ef(e, t) {
  return t = +t, function() {
    or(this, e).delay = t;
  };
}
function xf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? bf : Ef)(t, e)) : Ze(this.node(), t).delay;
}
function $f(e, t) {
  return function() {
    st(this, e).duration = +t.apply(this, arguments);
  };
}
function Nf(e, t) {
  return t = +t, function() {
    st(this, e).duration = t;
  };
}
function kf(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? $f : Nf)(t, e)) : Ze(this.node(), t).duration;
}
function Sf(e, t) {
  if (typeof t != "function")
    throw new Error();
  return function() {
    st(this, e).ease = t;
  };
}
function Cf(e) {
  var t = this._id;
  return arguments.length ? this.each(Sf(t, e)) : Ze(this.node(), t).ease;
}
function Mf(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function")
      throw new Error();
    st(this, e).ease = n;
  };
}
function If(e) {
  if (typeof e != "function")
    throw new Error();
  return this.each(Mf(this._id, e));
}
function Tf(e) {
  typeof e != "function" && (e = ca(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new pt(o, this._parents, this._name, this._id);
}
function Of(e) {
  if (e._id !== this._id)
    throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = u[g] || l[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new pt(s, this._parents, this._name, this._id);
}
function Df(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Pf(e, t, n) {
  var o, i, r = Df(t) ? or : st;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function Af(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Ze(this.node(), n).on.on(e) : this.each(Pf(n, e, t));
}
function zf(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition)
      if (+n !== e)
        return;
    t && t.removeChild(this);
  };
}
function Rf() {
  return this.on("end.remove", zf(this._id));
}
function Bf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Qi(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Lo(l[f], t, n, f, l, Ze(c, n)));
  return new pt(r, this._parents, t, n);
}
function Vf(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ua(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), g, y = Ze(c, n), w = 0, x = f.length; w < x; ++w)
          (g = f[w]) && Lo(g, t, n, w, f, y);
        r.push(f), s.push(c);
      }
  return new pt(r, s, t, n);
}
var Lf = Bn.prototype.constructor;
function Hf() {
  return new Lf(this._groups, this._parents);
}
function Ff(e, t) {
  var n, o, i;
  return function() {
    var r = Zt(this, e), s = (this.style.removeProperty(e), Zt(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function Da(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Yf(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = Zt(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function Xf(e, t, n) {
  var o, i, r;
  return function() {
    var s = Zt(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), Zt(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function Gf(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = st(this, e), l = u.on, c = u.value[r] == null ? a || (a = Da(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function Uf(e, t, n) {
  var o = (e += "") == "transform" ? Ud : Oa;
  return t == null ? this.styleTween(e, Ff(e, o)).on("end.style." + e, Da(e)) : typeof t == "function" ? this.styleTween(e, Xf(e, o, ir(this, "style." + e, t))).each(Gf(this._id, e)) : this.styleTween(e, Yf(e, o, t), n).on("end.style." + e, null);
}
function Wf(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function qf(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && Wf(e, s, n)), o;
  }
  return r._value = t, r;
}
function Zf(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2)
    return (o = this.tween(o)) && o._value;
  if (t == null)
    return this.tween(o, null);
  if (typeof t != "function")
    throw new Error();
  return this.tween(o, qf(e, t, n ?? ""));
}
function Kf(e) {
  return function() {
    this.textContent = e;
  };
}
function jf(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function Qf(e) {
  return this.tween("text", typeof e == "function" ? jf(ir(this, "text", e)) : Kf(e == null ? "" : e + ""));
}
function Jf(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function eh(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && Jf(i)), t;
  }
  return o._value = e, o;
}
function th(e) {
  var t = "text";
  if (arguments.length < 1)
    return (t = this.tween(t)) && t._value;
  if (e == null)
    return this.tween(t, null);
  if (typeof e != "function")
    throw new Error();
  return this.tween(t, eh(e));
}
function nh() {
  for (var e = this._name, t = this._id, n = Pa(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = Ze(u, t);
        Lo(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new pt(o, this._parents, e, n);
}
function oh() {
  var e, t, n = this, o = n._id, i = n.size();
  return new Promise(function(r, s) {
    var a = { value: s }, u = { value: function() {
      --i === 0 && r();
    } };
    n.each(function() {
      var l = st(this, o), c = l.on;
      c !== e && (t = (e = c).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(u)), l.on = t;
    }), i === 0 && r();
  });
}
var ih = 0;
function pt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Pa() {
  return ++ih;
}
var ut = Bn.prototype;
pt.prototype = {
  constructor: pt,
  select: Bf,
  selectAll: Vf,
  selectChild: ut.selectChild,
  selectChildren: ut.selectChildren,
  filter: Tf,
  merge: Of,
  selection: Hf,
  transition: nh,
  call: ut.call,
  nodes: ut.nodes,
  node: ut.node,
  size: ut.size,
  empty: ut.empty,
  each: ut.each,
  on: Af,
  attr: pf,
  attrTween: _f,
  style: Uf,
  styleTween: Zf,
  text: Qf,
  textTween: th,
  remove: Rf,
  tween: lf,
  delay: xf,
  duration: kf,
  ease: Cf,
  easeVarying: If,
  end: oh,
  [Symbol.iterator]: ut[Symbol.iterator]
};
function rh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var sh = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: rh
};
function ah(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function lh(e) {
  var t, n;
  e instanceof pt ? (t = e._id, e = e._name) : (t = Pa(), (n = sh).time = nr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Lo(u, e, t, l, s, n || ah(u, t));
  return new pt(o, this._parents, e, t);
}
Bn.prototype.interrupt = rf;
Bn.prototype.transition = lh;
const Zn = (e) => () => e;
function uh(e, {
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
function ft(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
ft.prototype = {
  constructor: ft,
  scale: function(e) {
    return e === 1 ? this : new ft(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new ft(this.k, this.x + this.k * e, this.y + this.k * t);
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
var jt = new ft(1, 0, 0);
ft.prototype;
function ri(e) {
  e.stopImmediatePropagation();
}
function cn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function ch(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function dh() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Yr() {
  return this.__zoom || jt;
}
function fh(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function hh() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function gh(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function ph() {
  var e = ch, t = dh, n = gh, o = fh, i = hh, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = ao, l = Ro("start", "zoom", "end"), c, d, f, g = 500, y = 150, w = 0, x = 10;
  function b(h) {
    h.property("__zoom", Yr).on("wheel.zoom", z, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", Y).filter(i).on("touchstart.zoom", V).on("touchmove.zoom", k).on("touchend.zoom touchcancel.zoom", G).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  b.transform = function(h, $, p, S) {
    var M = h.selection ? h.selection() : h;
    M.property("__zoom", Yr), h !== M ? A(h, $, p, S) : M.interrupt().each(function() {
      B(this, arguments).event(S).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, b.scaleBy = function(h, $, p, S) {
    b.scaleTo(h, function() {
      var M = this.__zoom.k, P = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * P;
    }, p, S);
  }, b.scaleTo = function(h, $, p, S) {
    b.transform(h, function() {
      var M = t.apply(this, arguments), P = this.__zoom, O = p == null ? E(M) : typeof p == "function" ? p.apply(this, arguments) : p, F = P.invert(O), Z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(m(P, Z), O, F), M, s);
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
      var P = t.apply(this, arguments), O = this.__zoom, F = S == null ? E(P) : typeof S == "function" ? S.apply(this, arguments) : S;
      return n(jt.translate(F[0], F[1]).scale(O.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), P, s);
    }, S, M);
  };
  function m(h, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === h.k ? h : new ft($, h.x, h.y);
  }
  function v(h, $, p) {
    var S = $[0] - p[0] * h.k, M = $[1] - p[1] * h.k;
    return S === h.x && M === h.y ? h : new ft(h.k, S, M);
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
      var M = this, P = arguments, O = B(M, P).event(S), F = t.apply(M, P), Z = p == null ? E(F) : typeof p == "function" ? p.apply(M, P) : p, oe = Math.max(F[1][0] - F[0][0], F[1][1] - F[0][1]), re = M.__zoom, W = typeof $ == "function" ? $.apply(M, P) : $, K = u(re.invert(Z).concat(oe / re.k), W.invert(Z).concat(oe / W.k));
      return function(ee) {
        if (ee === 1)
          ee = W;
        else {
          var fe = K(ee), ye = oe / fe[2];
          ee = new ft(ye, Z[0] - fe[0] * ye, Z[1] - fe[1] * ye);
        }
        O.zoom(null, ee);
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
      var $ = Ue(this.that).datum();
      l.call(
        h,
        this.that,
        new uh(h, {
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
    var p = B(this, $).event(h), S = this.__zoom, M = Math.max(r[0], Math.min(r[1], S.k * Math.pow(2, o.apply(this, arguments)))), P = Je(h);
    if (p.wheel)
      (p.mouse[0][0] !== P[0] || p.mouse[0][1] !== P[1]) && (p.mouse[1] = S.invert(p.mouse[0] = P)), clearTimeout(p.wheel);
    else {
      if (S.k === M)
        return;
      p.mouse = [P, S.invert(P)], co(this), p.start();
    }
    cn(h), p.wheel = setTimeout(O, y), p.zoom("mouse", n(v(m(S, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function O() {
      p.wheel = null, p.end();
    }
  }
  function U(h, ...$) {
    if (f || !e.apply(this, arguments))
      return;
    var p = h.currentTarget, S = B(this, $, !0).event(h), M = Ue(h.view).on("mousemove.zoom", Z, !0).on("mouseup.zoom", oe, !0), P = Je(h, p), O = h.clientX, F = h.clientY;
    _a(h.view), ri(h), S.mouse = [P, this.__zoom.invert(P)], co(this), S.start();
    function Z(re) {
      if (cn(re), !S.moved) {
        var W = re.clientX - O, K = re.clientY - F;
        S.moved = W * W + K * K > w;
      }
      S.event(re).zoom("mouse", n(v(S.that.__zoom, S.mouse[0] = Je(re, p), S.mouse[1]), S.extent, s));
    }
    function oe(re) {
      M.on("mousemove.zoom mouseup.zoom", null), ba(re.view, S.moved), cn(re), S.event(re).end();
    }
  }
  function Y(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, S = Je(h.changedTouches ? h.changedTouches[0] : h, this), M = p.invert(S), P = p.k * (h.shiftKey ? 0.5 : 2), O = n(v(m(p, P), S, M), t.apply(this, $), s);
      cn(h), a > 0 ? Ue(this).transition().duration(a).call(A, O, S, h) : Ue(this).call(b.transform, O, S, h);
    }
  }
  function V(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = h.touches, S = p.length, M = B(this, $, h.changedTouches.length === S).event(h), P, O, F, Z;
      for (ri(h), O = 0; O < S; ++O)
        F = p[O], Z = Je(F, this), Z = [Z, this.__zoom.invert(Z), F.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== Z[2] && (M.touch1 = Z, M.taps = 0) : (M.touch0 = Z, P = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), P && (M.taps < 2 && (d = Z[0], c = setTimeout(function() {
        c = null;
      }, g)), co(this), M.start());
    }
  }
  function k(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, O, F, Z;
      for (cn(h), P = 0; P < M; ++P)
        O = S[P], F = Je(O, this), p.touch0 && p.touch0[2] === O.identifier ? p.touch0[0] = F : p.touch1 && p.touch1[2] === O.identifier && (p.touch1[0] = F);
      if (O = p.that.__zoom, p.touch1) {
        var oe = p.touch0[0], re = p.touch0[1], W = p.touch1[0], K = p.touch1[1], ee = (ee = W[0] - oe[0]) * ee + (ee = W[1] - oe[1]) * ee, fe = (fe = K[0] - re[0]) * fe + (fe = K[1] - re[1]) * fe;
        O = m(O, Math.sqrt(ee / fe)), F = [(oe[0] + W[0]) / 2, (oe[1] + W[1]) / 2], Z = [(re[0] + K[0]) / 2, (re[1] + K[1]) / 2];
      } else if (p.touch0)
        F = p.touch0[0], Z = p.touch0[1];
      else
        return;
      p.zoom("touch", n(v(O, F, Z), p.extent, s));
    }
  }
  function G(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, O;
      for (ri(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), P = 0; P < M; ++P)
        O = S[P], p.touch0 && p.touch0[2] === O.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === O.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0)
        p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (O = Je(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < x)) {
        var F = Ue(this).on("dblclick.zoom");
        F && F.apply(this, arguments);
      }
    }
  }
  return b.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : Zn(+h), b) : o;
  }, b.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : Zn(!!h), b) : e;
  }, b.touchable = function(h) {
    return arguments.length ? (i = typeof h == "function" ? h : Zn(!!h), b) : i;
  }, b.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : Zn([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), b) : t;
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
var se = /* @__PURE__ */ ((e) => (e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom", e))(se || {}), rr = /* @__PURE__ */ ((e) => (e.Partial = "partial", e.Full = "full", e))(rr || {}), It = /* @__PURE__ */ ((e) => (e.Bezier = "default", e.SimpleBezier = "simple-bezier", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e))(It || {}), kt = /* @__PURE__ */ ((e) => (e.Strict = "strict", e.Loose = "loose", e))(kt || {}), $o = /* @__PURE__ */ ((e) => (e.Arrow = "arrow", e.ArrowClosed = "arrowclosed", e))($o || {}), En = /* @__PURE__ */ ((e) => (e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal", e))(En || {}), Aa = /* @__PURE__ */ ((e) => (e.TopLeft = "top-left", e.TopCenter = "top-center", e.TopRight = "top-right", e.BottomLeft = "bottom-left", e.BottomCenter = "bottom-center", e.BottomRight = "bottom-right", e))(Aa || {});
const vh = ["INPUT", "SELECT", "TEXTAREA"], mh = typeof document < "u" ? document : null;
function Di(e) {
  var t, n;
  const o = ((n = (t = e.composedPath) == null ? void 0 : t.call(e)) == null ? void 0 : n[0]) || e.target, i = typeof o?.hasAttribute == "function" ? o.hasAttribute("contenteditable") : !1, r = typeof o?.closest == "function" ? o.closest(".nokey") : null;
  return vh.includes(o?.nodeName) || i || !!r;
}
function yh(e) {
  return e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;
}
function Xr(e, t, n, o) {
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
function wh(e, t) {
  return (n) => {
    if (!n.code && !n.key)
      return !1;
    const o = _h(n.code, e);
    return Array.isArray(e) ? e.some((i) => Xr(n[o], i, t, n.type === "keyup")) : Xr(n[o], e, t, n.type === "keyup");
  };
}
function _h(e, t) {
  return t.includes(e) ? "code" : "key";
}
function xn(e, t) {
  const n = ue(() => me(t?.target) ?? mh), o = $t(me(e) === !0);
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
  ), aa(["blur", "contextmenu"], a), kr(
    (...l) => s(...l),
    (l) => {
      var c, d;
      const f = me(t?.actInsideInputWithModifier) ?? !0, g = me(t?.preventDefault) ?? !1;
      if (i = yh(l), (!i || i && !f) && Di(l))
        return;
      const w = ((d = (c = l.composedPath) == null ? void 0 : c.call(l)) == null ? void 0 : d[0]) || l.target, x = w?.nodeName === "BUTTON" || w?.nodeName === "A";
      !g && (i || !x) && l.preventDefault(), o.value = !0;
    },
    { eventName: "keydown", target: n }
  ), kr(
    (...l) => s(...l),
    (l) => {
      const c = me(t?.actInsideInputWithModifier) ?? !0;
      if (o.value) {
        if ((!i || i && !c) && Di(l))
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
    return l === null ? (a(), () => !1) : typeof l == "boolean" ? (a(), o.value = l, () => !1) : Array.isArray(l) || typeof l == "string" ? wh(l, r) : l;
  }
  return o;
}
const za = "vue-flow__node-desc", Ra = "vue-flow__edge-desc", bh = "vue-flow__aria-live", Ba = ["Enter", " ", "Escape"], Wt = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
function No(e) {
  return {
    ...e.computedPosition || { x: 0, y: 0 },
    width: e.dimensions.width || 0,
    height: e.dimensions.height || 0
  };
}
function ko(e, t) {
  const n = Math.max(0, Math.min(e.x + e.width, t.x + t.width) - Math.max(e.x, t.x)), o = Math.max(0, Math.min(e.y + e.height, t.y + t.height) - Math.max(e.y, t.y));
  return Math.ceil(n * o);
}
function Ho(e) {
  return {
    width: e.offsetWidth,
    height: e.offsetHeight
  };
}
function Lt(e, t = 0, n = 1) {
  return Math.min(Math.max(e, t), n);
}
function Va(e, t) {
  return {
    x: Lt(e.x, t[0][0], t[1][0]),
    y: Lt(e.y, t[0][1], t[1][1])
  };
}
function Gr(e) {
  const t = e.getRootNode();
  return "elementFromPoint" in t ? t : window.document;
}
function St(e) {
  return e && typeof e == "object" && "id" in e && "source" in e && "target" in e;
}
function zt(e) {
  return e && typeof e == "object" && "id" in e && "position" in e && !St(e);
}
function pn(e) {
  return zt(e) && "computedPosition" in e;
}
function Kn(e) {
  return !Number.isNaN(e) && Number.isFinite(e);
}
function Eh(e) {
  return Kn(e.width) && Kn(e.height) && Kn(e.x) && Kn(e.y);
}
function xh(e, t, n) {
  const o = {
    id: e.id.toString(),
    type: e.type ?? "default",
    dimensions: _n({
      width: 0,
      height: 0
    }),
    computedPosition: _n({
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
    events: _n(Oe(e.events) ? e.events : {})
  };
  return Object.assign(t ?? o, e, { id: e.id.toString(), parentNode: n });
}
function La(e, t, n) {
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
    events: _n(Oe(e.events) ? e.events : {}),
    label: e.label ?? "",
    interactionWidth: e.interactionWidth ?? n?.interactionWidth,
    ...n ?? {}
  };
  return Object.assign(t ?? r, e, { id: e.id.toString() });
}
function Ha(e, t, n, o) {
  const i = typeof e == "string" ? e : e.id, r = /* @__PURE__ */ new Set(), s = o === "source" ? "target" : "source";
  for (const a of n)
    a[s] === i && r.add(a[o]);
  return t.filter((a) => r.has(a.id));
}
function $h(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return Ha(r, s, a, "target");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => St(r) && r.source === o).map((r) => n.find((s) => zt(s) && s.id === r.target));
}
function Nh(...e) {
  if (e.length === 3) {
    const [r, s, a] = e;
    return Ha(r, s, a, "source");
  }
  const [t, n] = e, o = typeof t == "string" ? t : t.id;
  return n.filter((r) => St(r) && r.target === o).map((r) => n.find((s) => zt(s) && s.id === r.source));
}
function Fa({ source: e, sourceHandle: t, target: n, targetHandle: o }) {
  return `vueflow__edge-${e}${t ?? ""}-${n}${o ?? ""}`;
}
function kh(e, t) {
  return t.some(
    (n) => St(n) && n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)
  );
}
function Mn({ x: e, y: t }, { x: n, y: o, zoom: i }) {
  return {
    x: e * i + n,
    y: t * i + o
  };
}
function In({ x: e, y: t }, { x: n, y: o, zoom: i }, r = !1, s = [1, 1]) {
  const a = {
    x: (e - n) / i,
    y: (t - o) / i
  };
  return r ? Fo(a, s) : a;
}
function Ya(e, t) {
  return {
    x: Math.min(e.x, t.x),
    y: Math.min(e.y, t.y),
    x2: Math.max(e.x2, t.x2),
    y2: Math.max(e.y2, t.y2)
  };
}
function So({ x: e, y: t, width: n, height: o }) {
  return {
    x: e,
    y: t,
    x2: e + n,
    y2: t + o
  };
}
function Xa({ x: e, y: t, x2: n, y2: o }) {
  return {
    x: e,
    y: t,
    width: n - e,
    height: o - t
  };
}
function Sh(e, t) {
  return Xa(Ya(So(e), So(t)));
}
function sr(e) {
  let t = {
    x: Number.POSITIVE_INFINITY,
    y: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY
  };
  for (let n = 0; n < e.length; n++) {
    const o = e[n];
    t = Ya(
      t,
      So({
        ...o.computedPosition,
        ...o.dimensions
      })
    );
  }
  return Xa(t);
}
function Ga(e, t, n = { x: 0, y: 0, zoom: 1 }, o = !1, i = !1) {
  const r = {
    ...In(t, n),
    width: t.width / n.zoom,
    height: t.height / n.zoom
  }, s = [];
  for (const a of e) {
    const { dimensions: u, selectable: l = !0, hidden: c = !1 } = a, d = u.width ?? a.width ?? null, f = u.height ?? a.height ?? null;
    if (i && !l || c)
      continue;
    const g = ko(r, No(a)), y = d === null || f === null, w = o && g > 0, x = (d ?? 0) * (f ?? 0);
    (y || w || g >= x || a.dragging) && s.push(a);
  }
  return s;
}
function Tt(e, t) {
  const n = /* @__PURE__ */ new Set();
  if (typeof e == "string")
    n.add(e);
  else if (e.length >= 1)
    for (const o of e)
      n.add(o.id);
  return t.filter((o) => n.has(o.source) || n.has(o.target));
}
function Xt(e, t) {
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
  return Ln(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Ch(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const o = Xt(e, n), i = Xt(e, t);
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
    const o = Xt(e.top ?? e.y ?? 0, n), i = Xt(e.bottom ?? e.y ?? 0, n), r = Xt(e.left ?? e.x ?? 0, t), s = Xt(e.right ?? e.x ?? 0, t);
    return { top: o, right: s, bottom: i, left: r, x: r + s, y: o + i };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Mh(e, t, n, o, i, r) {
  const { x: s, y: a } = Mn(e, { x: t, y: n, zoom: o }), { x: u, y: l } = Mn(
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
function Ur(e, t, n, o, i, r = 0.1) {
  const s = Ch(r, t, n), a = (t - s.x) / e.width, u = (n - s.y) / e.height, l = Math.min(a, u), c = Lt(l, o, i), d = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - d * c, y = n / 2 - f * c, w = Mh(e, g, y, c, t, n), x = {
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
function Ih(e, t) {
  return {
    x: t.x + e.x,
    y: t.y + e.y,
    z: (e.z > t.z ? e.z : t.z) + 1
  };
}
function Ua(e, t) {
  if (!e.parentNode)
    return !1;
  const n = t.get(e.parentNode);
  return n ? n.selected ? !0 : Ua(n, t) : !1;
}
function Tn(e, t) {
  return typeof e > "u" ? "" : typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((o) => `${o}=${e[o]}`).join("&")}`;
}
function Pi(e) {
  const t = e.ctrlKey && On() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
}
function Wr(e, t, n) {
  return e < t ? Lt(Math.abs(e - t), 1, t) / t : e > n ? -Lt(Math.abs(e - n), 1, t) / t : 0;
}
function Wa(e, t, n = 15, o = 40) {
  const i = Wr(e.x, o, t.width - o) * n, r = Wr(e.y, o, t.height - o) * n;
  return [i, r];
}
function si(e, t) {
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
function qr(e, t) {
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
            if (pn(s) && (typeof a.position < "u" && (s.position = a.position), typeof a.dragging < "u" && (s.dragging = a.dragging), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && pn(u) && si(s, u);
            }
            break;
          case "dimensions":
            if (pn(s) && (typeof a.dimensions < "u" && (s.dimensions = a.dimensions), typeof a.updateStyle < "u" && a.updateStyle && (s.style = {
              ...s.style || {},
              width: `${(n = a.dimensions) == null ? void 0 : n.width}px`,
              height: `${(o = a.dimensions) == null ? void 0 : o.height}px`
            }), typeof a.resizing < "u" && (s.resizing = a.resizing), s.expandParent && s.parentNode)) {
              const u = t[r.indexOf(s.parentNode)];
              u && pn(u) && (!!u.dimensions.width && !!u.dimensions.height ? si(s, u) : Ge(() => {
                si(s, u);
              }));
            }
            break;
        }
  return t;
}
function wt(e, t) {
  return {
    id: e,
    type: "select",
    selected: t
  };
}
function Zr(e) {
  return {
    item: e,
    type: "add"
  };
}
function Kr(e) {
  return {
    id: e,
    type: "remove"
  };
}
function jr(e, t, n, o, i) {
  return {
    id: e,
    source: t,
    target: n,
    sourceHandle: o || null,
    targetHandle: i || null,
    type: "remove"
  };
}
function bt(e, t = /* @__PURE__ */ new Set(), n = !1) {
  const o = [];
  for (const [i, r] of e) {
    const s = t.has(i);
    !(r.selected === void 0 && !s) && r.selected !== s && (n && (r.selected = s), o.push(wt(r.id, s)));
  }
  return o;
}
const Qr = () => {
};
function te(e) {
  const t = /* @__PURE__ */ new Set();
  let n = Qr, o = () => !1;
  const i = () => t.size > 0 || o(), r = (f) => {
    n = f;
  }, s = () => {
    n = Qr;
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
      return $n(g), { off: g };
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
function Jr(e, t, n) {
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
function Th(e, t, n, o) {
  var i, r;
  const s = /* @__PURE__ */ new Map();
  for (const [a, u] of e)
    (u.selected || u.id === o) && (!u.parentNode || !Ua(u, e)) && (u.draggable || t && typeof u.draggable > "u") && e.get(a) && s.set(a, {
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
function ai({
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
function qa(e) {
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
function Oh(e, t, n) {
  const [o, i, r, s] = typeof e != "string" ? qa(e.padding) : [0, 0, 0, 0];
  return n && typeof n.computedPosition.x < "u" && typeof n.computedPosition.y < "u" && typeof n.dimensions.width < "u" && typeof n.dimensions.height < "u" ? [
    [n.computedPosition.x + s, n.computedPosition.y + o],
    [
      n.computedPosition.x + n.dimensions.width - i,
      n.computedPosition.y + n.dimensions.height - r
    ]
  ] : !1;
}
function Dh(e, t, n, o) {
  let i = e.extent || n;
  if ((i === "parent" || !Array.isArray(i) && i?.range === "parent") && !e.expandParent)
    if (e.parentNode && o && e.dimensions.width && e.dimensions.height) {
      const r = Oh(i, e, o);
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
    const [r, s, a, u] = qa(i.padding), l = o?.computedPosition.x || 0, c = o?.computedPosition.y || 0;
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
function Ph({ width: e, height: t }, n) {
  return [n[0], [n[1][0] - (e || 0), n[1][1] - (t || 0)]];
}
function ar(e, t, n, o, i) {
  const r = Ph(e.dimensions, Dh(e, n, o, i)), s = Va(t, r);
  return {
    position: {
      x: s.x - (i?.computedPosition.x || 0),
      y: s.y - (i?.computedPosition.y || 0)
    },
    computedPosition: s
  };
}
function Qt(e, t, n = se.Left, o = !1) {
  const i = (t?.x ?? 0) + e.computedPosition.x, r = (t?.y ?? 0) + e.computedPosition.y, { width: s, height: a } = t ?? Bh(e);
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
function es(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Ah({
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
  const c = So({
    x: (0 - u.x) / u.zoom,
    y: (0 - u.y) / u.zoom,
    width: s / u.zoom,
    height: a / u.zoom
  }), d = Math.max(0, Math.min(c.x2, l.x2) - Math.max(c.x, l.x)), f = Math.max(0, Math.min(c.y2, l.y2) - Math.max(c.y, l.y));
  return Math.ceil(d * f) > 0;
}
function zh(e, t, n = !1) {
  const o = typeof e.zIndex == "number";
  let i = o ? e.zIndex : 0;
  const r = t(e.source), s = t(e.target);
  return !r || !s ? 0 : (n && (i = o ? e.zIndex : Math.max(r.computedPosition.z || 0, s.computedPosition.z || 0)), i);
}
var De = /* @__PURE__ */ ((e) => (e.MISSING_STYLES = "MISSING_STYLES", e.MISSING_VIEWPORT_DIMENSIONS = "MISSING_VIEWPORT_DIMENSIONS", e.NODE_INVALID = "NODE_INVALID", e.NODE_NOT_FOUND = "NODE_NOT_FOUND", e.NODE_MISSING_PARENT = "NODE_MISSING_PARENT", e.NODE_TYPE_MISSING = "NODE_TYPE_MISSING", e.NODE_EXTENT_INVALID = "NODE_EXTENT_INVALID", e.EDGE_INVALID = "EDGE_INVALID", e.EDGE_NOT_FOUND = "EDGE_NOT_FOUND", e.EDGE_SOURCE_MISSING = "EDGE_SOURCE_MISSING", e.EDGE_TARGET_MISSING = "EDGE_TARGET_MISSING", e.EDGE_TYPE_MISSING = "EDGE_TYPE_MISSING", e.EDGE_SOURCE_TARGET_SAME = "EDGE_SOURCE_TARGET_SAME", e.EDGE_SOURCE_TARGET_MISSING = "EDGE_SOURCE_TARGET_MISSING", e.EDGE_ORPHANED = "EDGE_ORPHANED", e.USEVUEFLOW_OPTIONS = "USEVUEFLOW_OPTIONS", e))(De || {});
const ts = {
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
    super((o = ts[t]) == null ? void 0 : o.call(ts, ...n)), this.name = "VueFlowError", this.code = t, this.args = n;
  }
}
function lr(e) {
  return "clientX" in e;
}
function Rh(e) {
  return "sourceEvent" in e;
}
function nt(e, t) {
  const n = lr(e);
  let o, i;
  return n ? (o = e.clientX, i = e.clientY) : "touches" in e && e.touches.length > 0 ? (o = e.touches[0].clientX, i = e.touches[0].clientY) : "changedTouches" in e && e.changedTouches.length > 0 ? (o = e.changedTouches[0].clientX, i = e.changedTouches[0].clientY) : (o = 0, i = 0), {
    x: o - (t?.left ?? 0),
    y: i - (t?.top ?? 0)
  };
}
const On = () => {
  var e;
  return typeof navigator < "u" && ((e = navigator?.userAgent) == null ? void 0 : e.indexOf("Mac")) >= 0;
};
function Bh(e) {
  var t, n;
  return {
    width: ((t = e.dimensions) == null ? void 0 : t.width) ?? e.width ?? 0,
    height: ((n = e.dimensions) == null ? void 0 : n.height) ?? e.height ?? 0
  };
}
function Fo(e, t = [1, 1]) {
  return {
    x: t[0] * Math.round(e.x / t[0]),
    y: t[1] * Math.round(e.y / t[1])
  };
}
const Vh = () => !0;
function li(e) {
  e?.classList.remove("valid", "connecting", "vue-flow__handle-valid", "vue-flow__handle-connecting");
}
function Lh(e, t, n) {
  const o = [], i = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const r of t.values())
    ko(i, No(r)) > 0 && o.push(r);
  return o;
}
const Hh = 250;
function Fh(e, t, n, o) {
  var i, r;
  let s = [], a = Number.POSITIVE_INFINITY;
  const u = Lh(e, n, t + Hh);
  for (const l of u) {
    const c = [...((i = l.handleBounds) == null ? void 0 : i.source) ?? [], ...((r = l.handleBounds) == null ? void 0 : r.target) ?? []];
    for (const d of c) {
      if (o.nodeId === d.nodeId && o.type === d.type && o.id === d.id)
        continue;
      const { x: f, y: g } = Qt(l, d, d.position, !0), y = Math.sqrt((f - e.x) ** 2 + (g - e.y) ** 2);
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
function ns(e, {
  handle: t,
  connectionMode: n,
  fromNodeId: o,
  fromHandleId: i,
  fromType: r,
  doc: s,
  lib: a,
  flowId: u,
  isValidConnection: l = Vh
}, c, d, f, g) {
  const y = r === "target", w = t ? s.querySelector(`.${a}-flow__handle[data-id="${u}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x, y: b } = nt(e), m = s.elementFromPoint(x, b), v = m?.classList.contains(`${a}-flow__handle`) ? m : w, E = {
    handleDomNode: v,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (v) {
    const A = Za(void 0, v), B = v.getAttribute("data-nodeid"), L = v.getAttribute("data-handleid"), z = v.classList.contains("connectable"), U = v.classList.contains("connectableend");
    if (!B || !A)
      return E;
    const Y = {
      source: y ? B : o,
      sourceHandle: y ? L : i,
      target: y ? o : B,
      targetHandle: y ? i : L
    };
    E.connection = Y;
    const k = z && U && (n === kt.Strict ? y && A === "source" || !y && A === "target" : B !== o || L !== i);
    E.isValid = k && l(Y, {
      nodes: d,
      edges: c,
      sourceNode: f(Y.source),
      targetNode: f(Y.target)
    }), E.toHandle = Ka(B, A, L, g, n, !0);
  }
  return E;
}
function Za(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function Yh(e, t) {
  let n = null;
  return t ? n = "valid" : e && !t && (n = "invalid"), n;
}
function Xh(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
function Ka(e, t, n, o, i, r = !1) {
  var s, a, u;
  const l = o.get(e);
  if (!l)
    return null;
  const c = i === kt.Strict ? (s = l.handleBounds) == null ? void 0 : s[t] : [...((a = l.handleBounds) == null ? void 0 : a.source) ?? [], ...((u = l.handleBounds) == null ? void 0 : u.target) ?? []], d = (n ? c?.find((f) => f.id === n) : c?.[0]) ?? null;
  return d && r ? { ...d, ...Qt(l, d, d.position, !0) } : d;
}
const Ai = {
  [se.Left]: se.Right,
  [se.Right]: se.Left,
  [se.Top]: se.Bottom,
  [se.Bottom]: se.Top
}, Gh = ["production", "prod"];
function Ln(e, ...t) {
  ja() && console.warn(`[Vue Flow]: ${e}`, ...t);
}
function ja() {
  return !Gh.includes("production");
}
function os(e, t, n, o, i) {
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
      ...Ho(s)
    };
  }) : null;
}
function zi(e, t, n, o, i, r = !1, s) {
  i.value = !1, e.selected ? (r || e.selected && t) && (o([e]), Ge(() => {
    s.blur();
  })) : n([e]);
}
function Oe(e) {
  return typeof q(e) < "u";
}
function Uh(e, t, n, o) {
  if (!e || !e.source || !e.target)
    return n(new ze(De.EDGE_INVALID, e?.id ?? "[ID UNKNOWN]")), !1;
  let i;
  return St(e) ? i = e : i = {
    ...e,
    id: Fa(e)
  }, i = La(i, void 0, o), kh(i, t) ? !1 : i;
}
function Wh(e, t, n, o, i) {
  if (!t.source || !t.target)
    return i(new ze(De.EDGE_INVALID, e.id)), !1;
  if (!n)
    return i(new ze(De.EDGE_NOT_FOUND, e.id)), !1;
  const { id: r, ...s } = e;
  return {
    ...s,
    id: o ? Fa(t) : r,
    source: t.source,
    target: t.target,
    sourceHandle: t.sourceHandle,
    targetHandle: t.targetHandle
  };
}
function is(e, t, n) {
  const o = {}, i = [];
  for (let r = 0; r < e.length; ++r) {
    const s = e[r];
    if (!zt(s)) {
      n(
        new ze(De.NODE_INVALID, s?.id) || `[ID UNKNOWN|INDEX ${r}]`
      );
      continue;
    }
    const a = xh(s, t(s.id), s.parentNode);
    s.parentNode && (o[s.parentNode] = !0), i[r] = a;
  }
  for (const r of i) {
    const s = t(r.parentNode) || i.find((a) => a.id === r.parentNode);
    r.parentNode && !s && n(new ze(De.NODE_MISSING_PARENT, r.id, r.parentNode)), (r.parentNode || o[r.id]) && (o[r.id] && (r.isParent = !0), s && (s.isParent = !0));
  }
  return i;
}
function rs(e, t, n, o, i, r) {
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
function ui(e, t, n) {
  e.clear();
  for (const o of n) {
    const { source: i, target: r, sourceHandle: s = null, targetHandle: a = null } = o, u = { edgeId: o.id, source: i, target: r, sourceHandle: s, targetHandle: a }, l = `${i}-${s}--${r}-${a}`, c = `${r}-${a}--${i}-${s}`;
    rs("source", u, c, e, i, s), rs("target", u, l, e, r, a);
  }
}
function ss(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
function ci(e, t, n, o, i, r, s, a) {
  const u = [];
  for (const l of e) {
    const c = St(l) ? l : Uh(l, a, i, r);
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
      ...La(c, g, r),
      sourceNode: d,
      targetNode: f
    });
  }
  return u;
}
const as = /* @__PURE__ */ Symbol("vueFlow"), Qa = /* @__PURE__ */ Symbol("nodeId"), Ja = /* @__PURE__ */ Symbol("nodeRef"), qh = /* @__PURE__ */ Symbol("edgeId"), Zh = /* @__PURE__ */ Symbol("edgeRef"), Yo = /* @__PURE__ */ Symbol("slots");
function el(e) {
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
  } = Me(), { onStart: A, onDrag: B, onStop: L, onClick: z, el: U, disabled: Y, id: V, selectable: k, dragHandle: G } = e, h = $t(!1);
  let $ = [], p, S = null, M = { x: void 0, y: void 0 }, P = { x: 0, y: 0 }, O = null, F = !1, Z = !1, oe = 0, re = !1;
  const W = Qh(), K = ({ x: ce, y: he }) => {
    M = { x: ce, y: he };
    let N = !1;
    if ($ = $.map((_) => {
      const C = { x: ce - _.distance.x, y: he - _.distance.y }, { computedPosition: D } = ar(
        _,
        n.value ? Fo(C, o.value) : C,
        E.error,
        s.value,
        _.parentNode ? g(_.parentNode) : void 0
      );
      return N = N || _.position.x !== D.x || _.position.y !== D.y, _.position = D, _;
    }), Z = Z || N, !!N && (v($, !0, !0), h.value = !0, O)) {
      const [_, C] = ai({
        id: V,
        dragItems: $,
        findNode: g
      });
      B({ event: O, node: _, nodes: C });
    }
  }, ee = () => {
    if (!S)
      return;
    const [ce, he] = Wa(P, S, c.value);
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
    !x.value && !y.value && N && (N.selected || b()), N && me(k) && x.value && zi(
      N,
      y.value,
      m,
      b,
      w,
      !1,
      he
    );
    const _ = W(ce.sourceEvent);
    if (M = _, $ = Th(r.value, d.value, _, V), $.length) {
      const [C, D] = ai({
        id: V,
        dragItems: $,
        findNode: g
      });
      A({ event: ce.sourceEvent, node: C, nodes: D });
    }
  }, ye = (ce, he) => {
    var N;
    ce.sourceEvent.type === "touchmove" && ce.sourceEvent.touches.length > 1 || (Z = !1, a.value === 0 && fe(ce, he), M = W(ce.sourceEvent), S = ((N = t.value) == null ? void 0 : N.getBoundingClientRect()) || null, P = nt(ce.sourceEvent, S));
  }, pe = (ce, he) => {
    const N = W(ce.sourceEvent);
    if (!re && F && l.value && (re = !0, ee()), !F) {
      const _ = N.xSnapped - (M.x ?? 0), C = N.ySnapped - (M.y ?? 0);
      Math.sqrt(_ * _ + C * C) > a.value && fe(ce, he);
    }
    (M.x !== N.xSnapped || M.y !== N.ySnapped) && $.length && F && (O = ce.sourceEvent, P = nt(ce.sourceEvent, S), K(N));
  }, _e = (ce) => {
    let he = !1;
    if (!F && !h.value && !y.value) {
      const N = ce.sourceEvent, _ = W(N), C = _.xSnapped - (M.x ?? 0), D = _.ySnapped - (M.y ?? 0), I = Math.sqrt(C * C + D * D);
      I !== 0 && I <= a.value && (z?.(N), he = !0);
    }
    if ($.length && !he) {
      Z && (v($, !1, !1), Z = !1);
      const [N, _] = ai({
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
      const C = Ue(he);
      ce || (p = bd().on("start", (D) => ye(D, he)).on("drag", (D) => pe(D, he)).on("end", (D) => _e(D)).filter((D) => {
        const I = D.target, j = me(G);
        return !D.button && (!i.value || !Jr(I, `.${i.value}`, he) && (!j || Jr(I, j, he)));
      }), C.call(p)), _(() => {
        C.on(".drag", null), p && (p.on("start", null), p.on("drag", null), p.on("end", null));
      });
    }
  }), h;
}
function Kh() {
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
function jh(e, t) {
  const n = Kh();
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
function Qh() {
  const { viewport: e, snapGrid: t, snapToGrid: n, vueFlowRef: o } = Me();
  return (i) => {
    var r;
    const s = ((r = o.value) == null ? void 0 : r.getBoundingClientRect()) ?? { left: 0, top: 0 }, a = Rh(i) ? i.sourceEvent : i, { x: u, y: l } = nt(a, s), c = In({ x: u, y: l }, e.value), { x: d, y: f } = n.value ? Fo(c, t.value) : c;
    return {
      xSnapped: d,
      ySnapped: f,
      ...c
    };
  };
}
function jn() {
  return !0;
}
function tl({
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
    const M = me(n) === "target", P = lr(p), O = Gr(p.target), F = p.currentTarget;
    if (F && (P && p.button === 0 || !P)) {
      let Z = function(ie) {
        N = nt(ie, _e), K = Fh(
          In(N, B.value, !1, [1, 1]),
          c.value,
          Y.value,
          D
        ), _ || (C(), _ = !0);
        const de = ns(
          ie,
          {
            handle: K,
            connectionMode: l.value,
            fromNodeId: me(t),
            fromHandleId: me(e),
            fromType: M ? "target" : "source",
            isValidConnection: W,
            doc: O,
            lib: "vue",
            flowId: a,
            nodeLookup: Y.value
          },
          L.value,
          z.value,
          x,
          Y.value
        );
        G = de.handleDomNode, V = de.connection, k = Xh(!!K, de.isValid);
        const ve = {
          // from stays the same
          ...ae,
          isValid: k,
          to: de.toHandle && k ? Mn({ x: de.toHandle.x, y: de.toHandle.y }, B.value) : N,
          toHandle: de.toHandle,
          toPosition: k && de.toHandle ? de.toHandle.position : Ai[D.position],
          toNode: de.toHandle ? Y.value.get(de.toHandle.nodeId) : null
        };
        if (k && K && ae?.toHandle && ve.toHandle && ae.toHandle.type === ve.toHandle.type && ae.toHandle.nodeId === ve.toHandle.nodeId && ae.toHandle.id === ve.toHandle.id && ae.to.x === ve.to.x && ae.to.y === ve.to.y)
          return;
        const be = K ?? de.toHandle;
        if (v(
          be && k ? Mn(
            {
              x: be.x,
              y: be.y
            },
            B.value
          ) : N,
          be,
          Yh(!!be, k)
        ), ae = ve, !K && !k && !G)
          return li(he);
        V && V.source !== V.target && G && (li(he), he = G, G.classList.add("connecting", "vue-flow__handle-connecting"), G.classList.toggle("valid", !!k), G.classList.toggle("vue-flow__handle-valid", !!k));
      }, oe = function(ie) {
        "touches" in ie && ie.touches.length > 0 || ((K || G) && V && k && (r ? r(ie, V) : A.connect(V)), A.connectEnd(ie), i && s?.(ie), li(he), cancelAnimationFrame(ee), E(ie), _ = !1, k = !1, V = null, G = null, O.removeEventListener("mousemove", Z), O.removeEventListener("mouseup", oe), O.removeEventListener("touchmove", Z), O.removeEventListener("touchend", oe));
      };
      const re = x(me(t));
      let W = me(o) || U.value || jn;
      !W && re && (W = (M ? re.isValidSourcePos : re.isValidTargetPos) || jn);
      let K, ee = 0;
      const { x: fe, y: ye } = nt(p), pe = Za(me(i), F), _e = (S = u.value) == null ? void 0 : S.getBoundingClientRect();
      if (!_e || !pe)
        return;
      const ce = Ka(me(t), pe, me(e), Y.value, l.value);
      if (!ce)
        return;
      let he, N = nt(p, _e), _ = !1;
      const C = () => {
        if (!y.value)
          return;
        const [ie, de] = Wa(N, _e, w.value);
        b({ x: ie, y: de }), ee = requestAnimationFrame(C);
      }, D = {
        ...ce,
        nodeId: me(t),
        type: pe,
        position: ce.position
      }, I = Y.value.get(me(t)), ne = {
        inProgress: !0,
        isValid: null,
        from: Qt(I, D, se.Left, !0),
        fromHandle: D,
        fromPosition: D.position,
        fromNode: I,
        to: N,
        toHandle: null,
        toPosition: Ai[D.position],
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
      let ae = ne;
      O.addEventListener("mousemove", Z), O.addEventListener("mouseup", oe), O.addEventListener("touchmove", Z), O.addEventListener("touchend", oe);
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
          ...nt(p)
        },
        void 0,
        !0
      );
      return;
    }
    let O = me(o) || U.value || jn;
    const F = x(me(t));
    if (!O && F && (O = (P ? F.isValidSourcePos : F.isValidTargetPos) || jn), F && (typeof F.connectable > "u" ? g.value : F.connectable) === !1)
      return;
    const Z = Gr(p.target), oe = ns(
      p,
      {
        handle: {
          nodeId: me(t),
          id: me(e),
          type: me(n),
          position: se.Top,
          ...nt(p)
        },
        connectionMode: l.value,
        fromNodeId: f.value.nodeId,
        fromHandleId: f.value.id ?? null,
        fromType: f.value.type,
        isValidConnection: O,
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
function Jh() {
  return Ct(Qa, "");
}
function nl(e) {
  const t = e ?? Jh() ?? "", n = Ct(Ja, Ie(null)), { findNode: o, edges: i, emits: r } = Me(), s = o(t);
  return s || r.error(new ze(De.NODE_NOT_FOUND, t)), {
    id: t,
    nodeEl: n,
    node: s,
    parentNode: ue(() => o(s.parentNode)),
    connectedEdges: ue(() => Tt([s], i.value))
  };
}
function eg() {
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
function tg(e, t) {
  const n = eg();
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
function ol() {
  const { getSelectedNodes: e, nodeExtent: t, updateNodePositions: n, findNode: o, snapGrid: i, snapToGrid: r, nodesDraggable: s, emits: a } = Me();
  return (u, l = !1) => {
    const c = r.value ? i.value[0] : 5, d = r.value ? i.value[1] : 5, f = l ? 4 : 1, g = u.x * c * f, y = u.y * d * f, w = [];
    for (const x of e.value)
      if (x.draggable || s && typeof x.draggable > "u") {
        const b = { x: x.computedPosition.x + g, y: x.computedPosition.y + y }, { position: m } = ar(
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
const Qn = 0.1, ng = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
function yt() {
  return Ln("Viewport not initialized yet."), Promise.resolve(!1);
}
const og = {
  zoomIn: yt,
  zoomOut: yt,
  zoomTo: yt,
  fitView: yt,
  setCenter: yt,
  fitBounds: yt,
  project: (e) => e,
  screenToFlowCoordinate: (e) => e,
  flowToScreenCoordinate: (e) => e,
  setViewport: yt,
  setTransform: yt,
  getViewport: () => ({ x: 0, y: 0, zoom: 1 }),
  getTransform: () => ({ x: 0, y: 0, zoom: 1 }),
  viewportInitialized: !1
};
function ig(e) {
  function t(o, i) {
    return new Promise((r) => {
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(i?.interpolate === "linear" ? bn : ao).scaleBy(
        di(e.d3Selection, i?.duration, i?.ease, () => {
          r(!0);
        }),
        o
      ) : r(!1);
    });
  }
  function n(o, i, r, s) {
    return new Promise((a) => {
      var u;
      const { x: l, y: c } = Va({ x: -o, y: -i }, e.translateExtent), d = jt.translate(-l, -c).scale(r);
      e.d3Selection && e.d3Zoom ? (u = e.d3Zoom) == null || u.interpolate(s?.interpolate === "linear" ? bn : ao).transform(
        di(e.d3Selection, s?.duration, s?.ease, () => {
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
      e.d3Selection && e.d3Zoom ? e.d3Zoom.interpolate(r?.interpolate === "linear" ? bn : ao).scaleTo(
        di(e.d3Selection, r?.duration, r?.ease, () => {
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
      padding: Qn,
      includeHiddenNodes: !1,
      duration: 0
    }) => {
      var r, s;
      const a = [];
      for (const f of e.nodes)
        f.dimensions.width && f.dimensions.height && (i?.includeHiddenNodes || !f.hidden) && (!((r = i.nodes) != null && r.length) || (s = i.nodes) != null && s.length && i.nodes.includes(f.id)) && a.push(f);
      if (!a.length)
        return Promise.resolve(!1);
      const u = sr(a), { x: l, y: c, zoom: d } = Ur(
        u,
        e.dimensions.width,
        e.dimensions.height,
        i.minZoom ?? e.minZoom,
        i.maxZoom ?? e.maxZoom,
        i.padding ?? Qn
      );
      return n(l, c, d, i);
    },
    setCenter: (i, r, s) => {
      const a = typeof s?.zoom < "u" ? s.zoom : e.maxZoom, u = e.dimensions.width / 2 - i * a, l = e.dimensions.height / 2 - r * a;
      return n(u, l, a, s);
    },
    fitBounds: (i, r = { padding: Qn }) => {
      const { x: s, y: a, zoom: u } = Ur(
        i,
        e.dimensions.width,
        e.dimensions.height,
        e.minZoom,
        e.maxZoom,
        r.padding ?? Qn
      );
      return n(s, a, u, r);
    },
    project: (i) => In(i, e.viewport, e.snapToGrid, e.snapGrid),
    screenToFlowCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x - r,
          y: i.y - s
        };
        return In(a, e.viewport, e.snapToGrid, e.snapGrid);
      }
      return { x: 0, y: 0 };
    },
    flowToScreenCoordinate: (i) => {
      if (e.vueFlowRef) {
        const { x: r, y: s } = e.vueFlowRef.getBoundingClientRect(), a = {
          x: i.x + r,
          y: i.y + s
        };
        return Mn(a, e.viewport);
      }
      return { x: 0, y: 0 };
    }
  } : og);
}
function di(e, t = 0, n = ng, o = () => {
}) {
  const i = typeof t == "number" && t > 0;
  return i || o(), i ? e.transition().duration(t).ease(n).on("end", o) : e;
}
function rg(e, t, n) {
  const o = na(!0);
  return o.run(() => {
    const i = () => {
      o.run(() => {
        let w, x, b = !!(n.nodes.value.length || n.edges.value.length);
        w = Yt([e.modelValue, () => {
          var m, v;
          return (v = (m = e.modelValue) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setElements(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = Yt(
          [n.nodes, n.edges, () => n.edges.value.length, () => n.nodes.value.length],
          ([m, v]) => {
            var E;
            (E = e.modelValue) != null && E.value && Array.isArray(e.modelValue.value) && (w?.pause(), e.modelValue.value = [...m, ...v], Ge(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), ro(() => {
          w?.stop(), x?.stop();
        });
      });
    }, r = () => {
      o.run(() => {
        let w, x, b = !!n.nodes.value.length;
        w = Yt([e.nodes, () => {
          var m, v;
          return (v = (m = e.nodes) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setNodes(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = Yt(
          [n.nodes, () => n.nodes.value.length],
          ([m]) => {
            var v;
            (v = e.nodes) != null && v.value && Array.isArray(e.nodes.value) && (w?.pause(), e.nodes.value = [...m], Ge(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), ro(() => {
          w?.stop(), x?.stop();
        });
      });
    }, s = () => {
      o.run(() => {
        let w, x, b = !!n.edges.value.length;
        w = Yt([e.edges, () => {
          var m, v;
          return (v = (m = e.edges) == null ? void 0 : m.value) == null ? void 0 : v.length;
        }], ([m]) => {
          m && Array.isArray(m) && (x?.pause(), n.setEdges(m), !x && !b && m.length ? b = !0 : x?.resume());
        }), x = Yt(
          [n.edges, () => n.edges.value.length],
          ([m]) => {
            var v;
            (v = e.edges) != null && v.value && Array.isArray(e.edges.value) && (w?.pause(), e.edges.value = [...m], Ge(() => {
              w?.resume();
            }));
          },
          { immediate: b }
        ), ro(() => {
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
          Ki(v) && o.run(() => {
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
function sg() {
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
    error: te((e) => Ln(e.message))
  };
}
function ag(e, t) {
  const n = on();
  hu(() => {
    for (const [i, r] of Object.entries(t.value)) {
      const s = (a) => {
        e(i, a);
      };
      r.setEmitter(s), $n(r.removeEmitter), r.setHasEmitListeners(() => o(i)), $n(r.removeHasEmitListeners);
    }
  });
  function o(i) {
    var r;
    const s = lg(i);
    return !!((r = n?.vnode.props) == null ? void 0 : r[s]);
  }
}
function lg(e) {
  const [t, ...n] = e.split(":");
  return `on${t.replace(/(?:^|-)(\w)/g, (i, r) => r.toUpperCase())}${n.length ? `:${n.join(":")}` : ""}`;
}
function il() {
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
    selectionMode: rr.Full,
    paneDragging: !1,
    preventScrolling: !0,
    zoomOnScroll: !0,
    zoomOnPinch: !0,
    zoomOnDoubleClick: !0,
    panOnScroll: !1,
    panOnScrollSpeed: 0.5,
    panOnScrollMode: En.Free,
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
      type: It.Bezier,
      style: {}
    },
    connectionMode: kt.Loose,
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
    multiSelectionKeyCode: On() ? "Meta" : "Control",
    zoomActivationKeyCode: On() ? "Meta" : "Control",
    deleteKeyCode: "Backspace",
    panActivationKeyCode: "Space",
    hooks: sg(),
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
const ug = [
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
function cg(e, t, n) {
  const o = ig(e), i = (N) => {
    const _ = N ?? [];
    e.hooks.updateNodeInternals.trigger(_);
  }, r = (N) => Nh(N, e.nodes, e.edges), s = (N) => $h(N, e.nodes, e.edges), a = (N) => Tt(N, e.edges), u = ({ id: N, type: _, nodeId: C }) => {
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
    const j = [];
    for (const ne of N) {
      const ae = {
        id: ne.id,
        type: "position",
        dragging: C,
        from: ne.from
      };
      if (_ && (ae.position = ne.position, ne.parentNode)) {
        const ie = l(ne.parentNode);
        ae.position = {
          x: ae.position.x - (((D = ie?.computedPosition) == null ? void 0 : D.x) ?? 0),
          y: ae.position.y - (((I = ie?.computedPosition) == null ? void 0 : I.y) ?? 0)
        };
      }
      j.push(ae);
    }
    j?.length && e.hooks.nodesChange.trigger(j);
  }, f = (N) => {
    if (!e.vueFlowRef)
      return;
    const _ = e.vueFlowRef.querySelector(".vue-flow__transformationpane");
    if (!_)
      return;
    const C = window.getComputedStyle(_), { m22: D } = new window.DOMMatrixReadOnly(C.transform), I = [];
    for (const j of N) {
      const ne = j, ae = l(ne.id);
      if (ae) {
        const ie = Ho(ne.nodeElement);
        if (!!(ie.width && ie.height && (ae.dimensions.width !== ie.width || ae.dimensions.height !== ie.height || ne.forceUpdate))) {
          const ve = ne.nodeElement.getBoundingClientRect();
          ae.dimensions = ie, ae.handleBounds.source = os("source", ne.nodeElement, ve, D, ae.id), ae.handleBounds.target = os("target", ne.nodeElement, ve, D, ae.id), I.push({
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
    const C = /* @__PURE__ */ new Set(), D = /* @__PURE__ */ new Set();
    for (const ne of N)
      zt(ne) ? C.add(ne.id) : St(ne) && D.add(ne.id);
    const I = bt(t.value, C, !0), j = bt(n.value, D);
    if (e.multiSelectionActive) {
      for (const ne of C)
        I.push(wt(ne, _));
      for (const ne of D)
        j.push(wt(ne, _));
    }
    I.length && e.hooks.nodesChange.trigger(I), j.length && e.hooks.edgesChange.trigger(j);
  }, y = (N) => {
    if (e.multiSelectionActive) {
      const _ = N.map((C) => wt(C.id, !0));
      e.hooks.nodesChange.trigger(_);
      return;
    }
    e.hooks.nodesChange.trigger(bt(t.value, new Set(N.map((_) => _.id)), !0)), e.hooks.edgesChange.trigger(bt(n.value));
  }, w = (N) => {
    if (e.multiSelectionActive) {
      const _ = N.map((C) => wt(C.id, !0));
      e.hooks.edgesChange.trigger(_);
      return;
    }
    e.hooks.edgesChange.trigger(bt(n.value, new Set(N.map((_) => _.id)))), e.hooks.nodesChange.trigger(bt(t.value, /* @__PURE__ */ new Set(), !0));
  }, x = (N) => {
    g(N, !0);
  }, b = (N) => {
    const C = (N || e.nodes).map((D) => (D.selected = !1, wt(D.id, !1)));
    e.hooks.nodesChange.trigger(C);
  }, m = (N) => {
    const C = (N || e.edges).map((D) => (D.selected = !1, wt(D.id, !1)));
    e.hooks.edgesChange.trigger(C);
  }, v = (N) => {
    if (!N || !N.length)
      return g([], !1);
    const _ = N.reduce(
      (C, D) => {
        const I = wt(D.id, !1);
        return zt(D) ? C.nodes.push(I) : C.edges.push(I), C;
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
    !e.initialized && !_.length || (e.nodes = is(_, l, e.hooks.error.trigger));
  }, V = (N) => {
    const _ = N instanceof Function ? N(e.edges) : N;
    if (!e.initialized && !_.length)
      return;
    const C = ci(
      _,
      e.isValidConnection,
      l,
      c,
      e.hooks.error.trigger,
      e.defaultEdgeOptions,
      e.nodes,
      e.edges
    );
    ui(e.connectionLookup, n.value, C), e.edges = C;
  }, k = (N) => {
    const _ = N instanceof Function ? N([...e.nodes, ...e.edges]) : N;
    !e.initialized && !_.length || (Y(_.filter(zt)), V(_.filter(St)));
  }, G = (N) => {
    let _ = N instanceof Function ? N(e.nodes) : N;
    _ = Array.isArray(_) ? _ : [_];
    const C = is(_, l, e.hooks.error.trigger), D = [];
    for (const I of C)
      D.push(Zr(I));
    D.length && e.hooks.nodesChange.trigger(D);
  }, h = (N) => {
    let _ = N instanceof Function ? N(e.edges) : N;
    _ = Array.isArray(_) ? _ : [_];
    const C = ci(
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
      D.push(Zr(I));
    D.length && e.hooks.edgesChange.trigger(D);
  }, $ = (N, _ = !0, C = !1) => {
    const D = N instanceof Function ? N(e.nodes) : N, I = Array.isArray(D) ? D : [D], j = [], ne = [];
    function ae(de) {
      const ve = a(de);
      for (const be of ve)
        (!Oe(be.deletable) || be.deletable) && ne.push(jr(be.id, be.source, be.target, be.sourceHandle, be.targetHandle));
    }
    function ie(de) {
      const ve = [];
      for (const be of e.nodes)
        be.parentNode === de && ve.push(be);
      if (ve.length) {
        for (const be of ve)
          j.push(Kr(be.id));
        _ && ae(ve);
        for (const be of ve)
          ie(be.id);
      }
    }
    for (const de of I) {
      const ve = typeof de == "string" ? l(de) : de;
      ve && (Oe(ve.deletable) && !ve.deletable || (j.push(Kr(ve.id)), _ && ae([ve]), C && ie(ve.id)));
    }
    ne.length && e.hooks.edgesChange.trigger(ne), j.length && e.hooks.nodesChange.trigger(j);
  }, p = (N) => {
    const _ = N instanceof Function ? N(e.edges) : N, C = Array.isArray(_) ? _ : [_], D = [];
    for (const I of C) {
      const j = typeof I == "string" ? c(I) : I;
      j && (Oe(j.deletable) && !j.deletable || D.push(
        jr(
          typeof I == "string" ? I : I.id,
          j.source,
          j.target,
          j.sourceHandle,
          j.targetHandle
        )
      ));
    }
    e.hooks.edgesChange.trigger(D);
  }, S = (N, _, C = !0) => {
    const D = c(N.id);
    if (!D)
      return !1;
    const I = e.edges.indexOf(D), j = Wh(N, _, D, C, e.hooks.error.trigger);
    if (j) {
      const [ne] = ci(
        [j],
        e.isValidConnection,
        l,
        c,
        e.hooks.error.trigger,
        e.defaultEdgeOptions,
        e.nodes,
        e.edges
      );
      return e.edges = e.edges.map((ae, ie) => ie === I ? ne : ae), ui(e.connectionLookup, n.value, [ne]), ne;
    }
    return !1;
  }, M = (N, _, C = { replace: !1 }) => {
    const D = c(N);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    D.data = C.replace ? I : { ...D.data, ...I };
  }, P = (N) => qr(N, e.nodes), O = (N) => {
    const _ = qr(N, e.edges);
    return ui(e.connectionLookup, n.value, _), _;
  }, F = (N, _, C = { replace: !1 }) => {
    const D = l(N);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    C.replace ? e.nodes.splice(e.nodes.indexOf(D), 1, I) : Object.assign(D, I);
  }, Z = (N, _, C = { replace: !1 }) => {
    const D = l(N);
    if (!D)
      return;
    const I = typeof _ == "function" ? _(D) : _;
    D.data = C.replace ? I : { ...D.data, ...I };
  }, oe = (N, _, C = !1) => {
    C ? e.connectionClickStartHandle = N : e.connectionStartHandle = N, e.connectionEndHandle = null, e.connectionStatus = null, _ && (e.connectionPosition = _);
  }, re = (N, _ = null, C = null) => {
    e.connectionStartHandle && (e.connectionPosition = N, e.connectionEndHandle = _, e.connectionStatus = C);
  }, W = (N, _) => {
    e.connectionPosition = { x: Number.NaN, y: Number.NaN }, e.connectionEndHandle = null, e.connectionStatus = null, _ ? e.connectionClickStartHandle = null : e.connectionStartHandle = null;
  }, K = (N) => {
    const _ = Eh(N), C = _ ? null : pn(N) ? N : l(N.id);
    return !_ && !C ? [null, null, _] : [_ ? N : No(C), C, _];
  }, ee = (N, _ = !0, C = e.nodes) => {
    const [D, I, j] = K(N);
    if (!D)
      return [];
    const ne = [];
    for (const ae of C || e.nodes) {
      if (!j && (ae.id === I.id || !ae.computedPosition))
        continue;
      const ie = No(ae), de = ko(ie, D);
      (_ && de > 0 || de >= ie.width * ie.height || de >= Number(D.width) * Number(D.height)) && ne.push(ae);
    }
    return ne;
  }, fe = (N, _, C = !0) => {
    const [D] = K(N);
    if (!D)
      return !1;
    const I = ko(D, _);
    return C && I > 0 || I >= Number(D.width) * Number(D.height);
  }, ye = (N) => {
    const { viewport: _, dimensions: C, d3Zoom: D, d3Selection: I, translateExtent: j } = e;
    if (!D || !I || !N.x && !N.y)
      return !1;
    const ne = jt.translate(_.x + N.x, _.y + N.y).scale(_.zoom), ae = [
      [0, 0],
      [C.width, C.height]
    ], ie = D.constrain()(ne, ae, j), de = e.viewport.x !== ie.x || e.viewport.y !== ie.y || e.viewport.zoom !== ie.k;
    return D.transform(I, ie), de;
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
    for (const j of Object.keys(_)) {
      const ne = j, ae = _[ne];
      ![...ug, ...C].includes(ne) && Oe(ae) && (e[ne] = ae);
    }
    $i(() => e.d3Zoom).not.toBeNull().then(I), e.initialized || (e.initialized = !0);
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
    applyEdgeChanges: O,
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
          computedPosition: D,
          handleBounds: I,
          selected: j,
          dimensions: ne,
          isParent: ae,
          resizing: ie,
          dragging: de,
          events: ve,
          ...be
        } = C;
        N.push(be);
      }
      for (const C of e.edges) {
        const { selected: D, sourceNode: I, targetNode: j, events: ne, ...ae } = C;
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
      const { nodes: C, edges: D, position: I, zoom: j, viewport: ne } = N;
      C && Y(C), D && V(D);
      const [ae, ie] = ne?.x && ne?.y ? [ne.x, ne.y] : I ?? [null, null];
      if (ae && ie) {
        const de = ne?.zoom || j || e.viewport.zoom;
        return $i(() => o.value.viewportInitialized).toBe(!0).then(() => {
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
      const N = il();
      if (e.edges = [], e.nodes = [], e.d3Zoom && e.d3Selection) {
        const _ = jt.translate(N.defaultViewport.x ?? 0, N.defaultViewport.y ?? 0).scale(Lt(N.defaultViewport.zoom ?? 1, N.minZoom, N.maxZoom)), C = e.viewportRef.getBoundingClientRect(), D = [
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
const dg = ["data-id", "data-handleid", "data-nodeid", "data-handlepos"], fg = {
  name: "Handle",
  compatConfig: { MODE: 3 }
}, Jt = /* @__PURE__ */ Ce({
  ...fg,
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
    const n = fu(e, ["position", "connectable", "connectableStart", "connectableEnd", "id"]), o = Ee(() => n.type ?? "source"), i = Ee(() => n.isValidConnection ?? null), {
      id: r,
      connectionStartHandle: s,
      connectionClickStartHandle: a,
      connectionEndHandle: u,
      vueFlowRef: l,
      nodesConnectable: c,
      noDragClassName: d,
      noPanClassName: f
    } = Me(), { id: g, node: y, nodeEl: w, connectedEdges: x } = nl(), b = Ie(), m = Ee(() => typeof e.connectableStart < "u" ? e.connectableStart : !0), v = Ee(() => typeof e.connectableEnd < "u" ? e.connectableEnd : !0), E = Ee(
      () => {
        var V, k, G, h, $, p;
        return ((V = s.value) == null ? void 0 : V.nodeId) === g && ((k = s.value) == null ? void 0 : k.id) === e.id && ((G = s.value) == null ? void 0 : G.type) === o.value || ((h = u.value) == null ? void 0 : h.nodeId) === g && (($ = u.value) == null ? void 0 : $.id) === e.id && ((p = u.value) == null ? void 0 : p.type) === o.value;
      }
    ), A = Ee(
      () => {
        var V, k, G;
        return ((V = a.value) == null ? void 0 : V.nodeId) === g && ((k = a.value) == null ? void 0 : k.id) === e.id && ((G = a.value) == null ? void 0 : G.type) === o.value;
      }
    ), { handlePointerDown: B, handleClick: L } = tl({
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
    mt(() => {
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
        ...Ho(b.value)
      };
      y.handleBounds[o.value] = [...y.handleBounds[o.value] ?? [], M];
    });
    function U(V) {
      const k = lr(V);
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
    }), (V, k) => (J(), le("div", {
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
    ], 42, dg));
  }
}), Xo = function({
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
    Ne(Jt, { type: "target", position: t, connectable: o, isValidConnection: i }),
    typeof a != "string" && a ? Ne(a) : Ne(Ve, [a]),
    Ne(Jt, { type: "source", position: e, connectable: o, isValidConnection: r })
  ];
};
Xo.props = ["sourcePosition", "targetPosition", "label", "isValidTargetPos", "isValidSourcePos", "connectable", "data"];
Xo.inheritAttrs = !1;
Xo.compatConfig = { MODE: 3 };
const hg = Xo, Go = function({
  targetPosition: e = se.Top,
  label: t,
  connectable: n = !0,
  isValidTargetPos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    Ne(Jt, { type: "target", position: e, connectable: n, isValidConnection: o }),
    typeof r != "string" && r ? Ne(r) : Ne(Ve, [r])
  ];
};
Go.props = ["targetPosition", "label", "isValidTargetPos", "connectable", "data"];
Go.inheritAttrs = !1;
Go.compatConfig = { MODE: 3 };
const gg = Go, Uo = function({
  sourcePosition: e = se.Bottom,
  label: t,
  connectable: n = !0,
  isValidSourcePos: o,
  data: i
}) {
  const r = i.label ?? t;
  return [
    typeof r != "string" && r ? Ne(r) : Ne(Ve, [r]),
    Ne(Jt, { type: "source", position: e, connectable: n, isValidConnection: o })
  ];
};
Uo.props = ["sourcePosition", "label", "isValidSourcePos", "connectable", "data"];
Uo.inheritAttrs = !1;
Uo.compatConfig = { MODE: 3 };
const pg = Uo, vg = ["transform"], mg = ["width", "height", "x", "y", "rx", "ry"], yg = ["y"], wg = {
  name: "EdgeText",
  compatConfig: { MODE: 3 }
}, _g = /* @__PURE__ */ Ce({
  ...wg,
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
    mt(i), xe([() => e.x, () => e.y, n, () => e.label], i);
    function i() {
      if (!n.value)
        return;
      const r = n.value.getBBox();
      (r.width !== t.value.width || r.height !== t.value.height) && (t.value = r);
    }
    return (r, s) => (J(), le("g", {
      transform: o.value,
      class: "vue-flow__edge-textwrapper"
    }, [
      r.labelShowBg ? (J(), le("rect", {
        key: 0,
        class: "vue-flow__edge-textbg",
        width: `${t.value.width + 2 * r.labelBgPadding[0]}px`,
        height: `${t.value.height + 2 * r.labelBgPadding[1]}px`,
        x: -r.labelBgPadding[0],
        y: -r.labelBgPadding[1],
        style: Ae(r.labelBgStyle),
        rx: r.labelBgBorderRadius,
        ry: r.labelBgBorderRadius
      }, null, 12, mg)) : Se("", !0),
      $e("text", vo(r.$attrs, {
        ref_key: "el",
        ref: n,
        class: "vue-flow__edge-text",
        y: t.value.height / 2,
        dy: "0.3em",
        style: r.labelStyle
      }), [
        Te(r.$slots, "default", {}, () => [
          typeof r.label != "string" ? (J(), Re(Mt(r.label), { key: 0 })) : (J(), le(Ve, { key: 1 }, [
            Ei(Pe(r.label), 1)
          ], 64))
        ])
      ], 16, yg)
    ], 8, vg));
  }
}), bg = ["id", "d", "marker-end", "marker-start"], Eg = ["d", "stroke-width"], xg = {
  name: "BaseEdge",
  inheritAttrs: !1,
  compatConfig: { MODE: 3 }
}, Wo = /* @__PURE__ */ Ce({
  ...xg,
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
    const n = Ie(null), o = Ie(null), i = Ie(null), r = ji();
    return t({
      pathEl: n,
      interactionEl: o,
      labelEl: i
    }), (s, a) => (J(), le(Ve, null, [
      $e("path", vo(q(r), {
        id: s.id,
        ref_key: "pathEl",
        ref: n,
        d: s.path,
        class: "vue-flow__edge-path",
        "marker-end": s.markerEnd,
        "marker-start": s.markerStart
      }), null, 16, bg),
      s.interactionWidth ? (J(), le("path", {
        key: 0,
        ref_key: "interactionEl",
        ref: o,
        fill: "none",
        d: s.path,
        "stroke-width": s.interactionWidth,
        "stroke-opacity": 0,
        class: "vue-flow__edge-interaction"
      }, null, 8, Eg)) : Se("", !0),
      s.label && s.labelX && s.labelY ? (J(), Re(_g, {
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
function rl({
  sourceX: e,
  sourceY: t,
  targetX: n,
  targetY: o
}) {
  const i = Math.abs(n - e) / 2, r = n < e ? n + i : n - i, s = Math.abs(o - t) / 2, a = o < t ? o + s : o - s;
  return [r, a, i, s];
}
function sl({
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
function Jn(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function ls({ pos: e, x1: t, y1: n, x2: o, y2: i, c: r }) {
  let s, a;
  switch (e) {
    case se.Left:
      s = t - Jn(t - o, r), a = n;
      break;
    case se.Right:
      s = t + Jn(o - t, r), a = n;
      break;
    case se.Top:
      s = t, a = n - Jn(n - i, r);
      break;
    case se.Bottom:
      s = t, a = n + Jn(i - n, r);
      break;
  }
  return [s, a];
}
function al(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top,
    curvature: a = 0.25
  } = e, [u, l] = ls({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r,
    c: a
  }), [c, d] = ls({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n,
    c: a
  }), [f, g, y, w] = sl({
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
function us({ pos: e, x1: t, y1: n, x2: o, y2: i }) {
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
function ll(e) {
  const {
    sourceX: t,
    sourceY: n,
    sourcePosition: o = se.Bottom,
    targetX: i,
    targetY: r,
    targetPosition: s = se.Top
  } = e, [a, u] = us({
    pos: o,
    x1: t,
    y1: n,
    x2: i,
    y2: r
  }), [l, c] = us({
    pos: s,
    x1: i,
    y1: r,
    x2: t,
    y2: n
  }), [d, f, g, y] = sl({
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
const cs = {
  [se.Left]: { x: -1, y: 0 },
  [se.Right]: { x: 1, y: 0 },
  [se.Top]: { x: 0, y: -1 },
  [se.Bottom]: { x: 0, y: 1 }
};
function $g({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n
}) {
  return t === se.Left || t === se.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 };
}
function ds(e, t) {
  return Math.sqrt((t.x - e.x) ** 2 + (t.y - e.y) ** 2);
}
function Ng({
  source: e,
  sourcePosition: t = se.Bottom,
  target: n,
  targetPosition: o = se.Top,
  center: i,
  offset: r
}) {
  const s = cs[t], a = cs[o], u = { x: e.x + s.x * r, y: e.y + s.y * r }, l = { x: n.x + a.x * r, y: n.y + a.y * r }, c = $g({
    source: u,
    sourcePosition: t,
    target: l
  }), d = c.x !== 0 ? "x" : "y", f = c[d];
  let g, y, w;
  const x = { x: 0, y: 0 }, b = { x: 0, y: 0 }, [m, v, E, A] = rl({
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
function kg(e, t, n, o) {
  const i = Math.min(ds(e, t) / 2, ds(t, n) / 2, o), { x: r, y: s } = t;
  if (e.x === r && r === n.x || e.y === s && s === n.y)
    return `L${r} ${s}`;
  if (e.y === s) {
    const l = e.x < n.x ? -1 : 1, c = e.y < n.y ? 1 : -1;
    return `L ${r + i * l},${s}Q ${r},${s} ${r},${s + i * c}`;
  }
  const a = e.x < n.x ? 1 : -1, u = e.y < n.y ? -1 : 1;
  return `L ${r},${s + i * u}Q ${r},${s} ${r + i * a},${s}`;
}
function Ri(e) {
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
  } = e, [d, f, g, y, w] = Ng({
    source: { x: t, y: n },
    sourcePosition: o,
    target: { x: i, y: r },
    targetPosition: s,
    center: { x: u, y: l },
    offset: c
  });
  return [d.reduce((b, m, v) => {
    let E;
    return v > 0 && v < d.length - 1 ? E = kg(d[v - 1], m, d[v + 1], a) : E = `${v === 0 ? "M" : "L"}${m.x} ${m.y}`, b += E, b;
  }, ""), f, g, y, w];
}
function Sg(e) {
  const { sourceX: t, sourceY: n, targetX: o, targetY: i } = e, [r, s, a, u] = rl({
    sourceX: t,
    sourceY: n,
    targetX: o,
    targetY: i
  });
  return [`M ${t},${n}L ${o},${i}`, r, s, a, u];
}
const Cg = Ce({
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
      const [n, o, i] = Sg(e);
      return Ne(Wo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Mg = Cg, Ig = Ce({
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
      const [n, o, i] = Ri({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(Wo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), ul = Ig, Tg = Ce({
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
    return () => Ne(ul, { ...e, ...t, borderRadius: 0 });
  }
}), Og = Tg, Dg = Ce({
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
      const [n, o, i] = al({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(Wo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), Pg = Dg, Ag = Ce({
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
      const [n, o, i] = ll({
        ...e,
        sourcePosition: e.sourcePosition ?? se.Bottom,
        targetPosition: e.targetPosition ?? se.Top
      });
      return Ne(Wo, {
        path: n,
        labelX: o,
        labelY: i,
        ...t,
        ...e
      });
    };
  }
}), zg = Ag, Rg = {
  input: pg,
  default: hg,
  output: gg
}, Bg = {
  default: Pg,
  straight: Mg,
  step: Og,
  smoothstep: ul,
  simplebezier: zg
};
function Vg(e, t, n) {
  const o = ue(() => (w) => t.value.get(w)), i = ue(() => (w) => n.value.get(w)), r = ue(() => {
    const w = {
      ...Bg,
      ...e.edgeTypes
    }, x = Object.keys(w);
    for (const b of e.edges)
      b.type && !x.includes(b.type) && (w[b.type] = b.type);
    return w;
  }), s = ue(() => {
    const w = {
      ...Rg,
      ...e.nodeTypes
    }, x = Object.keys(w);
    for (const b of e.nodes)
      b.type && !x.includes(b.type) && (w[b.type] = b.type);
    return w;
  }), a = ue(() => e.onlyRenderVisibleElements ? Ga(
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
        Ah({
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
class Ot {
  constructor() {
    this.currentId = 0, this.flows = /* @__PURE__ */ new Map();
  }
  static getInstance() {
    var t;
    const n = (t = on()) == null ? void 0 : t.appContext.app, o = n?.config.globalProperties.$vueFlowStorage ?? Ot.instance;
    return Ot.instance = o ?? new Ot(), n && (n.config.globalProperties.$vueFlowStorage = Ot.instance), Ot.instance;
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
    const o = il(), i = bi(o), r = {};
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
    }), l = Vg(i, a, u), c = cg(i, a, u);
    c.setState({ ...i, ...n });
    const d = {
      ...r,
      ...l,
      ...c,
      ...Iu(i),
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
  const t = Ot.getInstance(), n = ta(), o = typeof e == "object", i = o ? e : { id: e }, r = i.id, s = r ?? n?.vueFlowId;
  let a;
  if (n) {
    const u = Ct(as, null);
    typeof u < "u" && u !== null && (!s || u.id === s) && (a = u);
  }
  if (a || s && (a = t.get(s)), !a || s && a.id !== s) {
    const u = r ?? t.getId(), l = t.create(u, i);
    a = l, (n ?? na(!0)).run(() => {
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
      ), $n(() => {
        if (a) {
          const d = t.get(a.id);
          d ? d.$destroy() : Ln(`No store instance found for id ${a.id} in storage.`);
        }
      });
    });
  } else
    o && a.setState(i);
  if (n && (Nt(as, a), n.vueFlowId = a.id), o) {
    const u = on();
    u?.type.name !== "VueFlow" && a.emits.error(new ze(De.USEVUEFLOW_OPTIONS));
  }
  return a;
}
function Lg(e) {
  const { emits: t, dimensions: n } = Me();
  let o;
  mt(() => {
    const i = () => {
      var r, s;
      if (!e.value || !(((s = (r = e.value).checkVisibility) == null ? void 0 : s.call(r)) ?? !0))
        return;
      const a = Ho(e.value);
      (a.width === 0 || a.height === 0) && t.error(new ze(De.MISSING_VIEWPORT_DIMENSIONS)), n.value = { width: a.width || 500, height: a.height || 500 };
    };
    i(), window.addEventListener("resize", i), e.value && (o = new ResizeObserver(() => i()), o.observe(e.value)), Zi(() => {
      window.removeEventListener("resize", i), o && e.value && o.unobserve(e.value);
    });
  });
}
const Hg = {
  name: "UserSelection",
  compatConfig: { MODE: 3 }
}, Fg = /* @__PURE__ */ Ce({
  ...Hg,
  props: {
    userSelectionRect: {}
  },
  setup(e) {
    return (t, n) => (J(), le("div", {
      class: "vue-flow__selection vue-flow__container",
      style: Ae({
        width: `${t.userSelectionRect.width}px`,
        height: `${t.userSelectionRect.height}px`,
        transform: `translate(${t.userSelectionRect.x}px, ${t.userSelectionRect.y}px)`
      })
    }, null, 4));
  }
}), Yg = ["tabIndex"], Xg = {
  name: "NodesSelection",
  compatConfig: { MODE: 3 }
}, Gg = /* @__PURE__ */ Ce({
  ...Xg,
  setup(e) {
    const { emits: t, viewport: n, getSelectedNodes: o, noPanClassName: i, disableKeyboardA11y: r, userSelectionActive: s } = Me(), a = ol(), u = Ie(null), l = el({
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
    mt(() => {
      var y;
      r.value || (y = u.value) == null || y.focus({ preventScroll: !0 });
    });
    const c = ue(() => sr(o.value)), d = ue(() => ({
      width: `${c.value.width}px`,
      height: `${c.value.height}px`,
      top: `${c.value.y}px`,
      left: `${c.value.x}px`
    }));
    function f(y) {
      t.selectionContextMenu({ event: y, nodes: o.value });
    }
    function g(y) {
      r.value || Wt[y.key] && (y.preventDefault(), a(
        {
          x: Wt[y.key].x,
          y: Wt[y.key].y
        },
        y.shiftKey
      ));
    }
    return (y, w) => !q(s) && c.value.width && c.value.height ? (J(), le("div", {
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
      }, null, 46, Yg)
    ], 6)) : Se("", !0);
  }
});
function Ug(e, t) {
  return {
    x: e.clientX - t.left,
    y: e.clientY - t.top
  };
}
const Wg = {
  name: "Pane",
  compatConfig: { MODE: 3 }
}, qg = /* @__PURE__ */ Ce({
  ...Wg,
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
    } = Me(), z = $t(null), U = $t(/* @__PURE__ */ new Set()), Y = $t(/* @__PURE__ */ new Set()), V = $t(null), k = Ee(() => u.value && (e.isSelecting || r.value)), G = Ee(() => B.value !== null);
    let h = !1, $ = !1;
    const p = xn(w, { actInsideInputWithModifier: !1 }), S = xn(x);
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
    function O(W) {
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
      const { x: ye, y: pe } = Ug(W, V.value);
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
      const { x: ee, y: fe } = nt(W, V.value), { startX: ye = 0, startY: pe = 0 } = a.value, _e = {
        startX: ye,
        startY: pe,
        x: ee < ye ? ee : ye,
        y: fe < pe ? fe : pe,
        width: Math.abs(ee - ye),
        height: Math.abs(fe - pe)
      }, ce = U.value, he = Y.value;
      U.value = new Set(
        Ga(n.value, _e, o.value, y.value === rr.Partial, !0).map(
          (_) => _.id
        )
      ), Y.value = /* @__PURE__ */ new Set();
      const N = ((K = A.value) == null ? void 0 : K.selectable) ?? !0;
      for (const _ of U.value) {
        const C = E.value.get(_);
        if (C)
          for (const { edgeId: D } of C.values()) {
            const I = m.value.get(D);
            I && (I.selectable ?? N) && Y.value.add(D);
          }
      }
      if (!ss(ce, U.value)) {
        const _ = bt(v.value, U.value, !0);
        i.nodesChange(_);
      }
      if (!ss(he, Y.value)) {
        const _ = bt(m.value, Y.value);
        i.edgesChange(_);
      }
      a.value = _e, r.value = !0, l.value = !1;
    }
    function re(W) {
      var K;
      W.button !== 0 || !$ || ((K = W.target) == null || K.releasePointerCapture(W.pointerId), !r.value && a.value && W.target === z.value && P(W), r.value = !1, a.value = null, l.value = U.value.size > 0, i.selectionEnd(W), e.selectionKeyPressed && (h = !1), $ = !1);
    }
    return (W, K) => (J(), le("div", {
      ref_key: "container",
      ref: z,
      class: Fe(["vue-flow__pane vue-flow__container", { selection: W.isSelecting }]),
      onClick: K[0] || (K[0] = (ee) => k.value ? void 0 : M(P, z.value)(ee)),
      onContextmenu: K[1] || (K[1] = (ee) => M(O, z.value)(ee)),
      onWheelPassive: K[2] || (K[2] = (ee) => M(F, z.value)(ee)),
      onPointerenter: K[3] || (K[3] = (ee) => k.value ? void 0 : q(i).paneMouseEnter(ee)),
      onPointerdown: K[4] || (K[4] = (ee) => k.value ? Z(ee) : q(i).paneMouseMove(ee)),
      onPointermove: K[5] || (K[5] = (ee) => k.value ? oe(ee) : q(i).paneMouseMove(ee)),
      onPointerup: K[6] || (K[6] = (ee) => k.value ? re(ee) : void 0),
      onPointerleave: K[7] || (K[7] = (ee) => q(i).paneMouseLeave(ee))
    }, [
      Te(W.$slots, "default"),
      q(r) && q(a) ? (J(), Re(Fg, {
        key: 0,
        "user-selection-rect": q(a)
      }, null, 8, ["user-selection-rect"])) : Se("", !0),
      q(l) && q(d).length ? (J(), Re(Gg, { key: 1 })) : Se("", !0)
    ], 34));
  }
}), Zg = {
  name: "Transform",
  compatConfig: { MODE: 3 }
}, Kg = /* @__PURE__ */ Ce({
  ...Zg,
  setup(e) {
    const { viewport: t, fitViewOnInit: n, fitViewOnInitDone: o } = Me(), i = ue(() => n.value ? !o.value : !1), r = ue(() => `translate(${t.value.x}px,${t.value.y}px) scale(${t.value.zoom})`);
    return (s, a) => (J(), le("div", {
      class: "vue-flow__transformationpane vue-flow__container",
      style: Ae({ transform: r.value, opacity: i.value ? 0 : void 0 })
    }, [
      Te(s.$slots, "default")
    ], 4));
  }
}), jg = {
  name: "Viewport",
  compatConfig: { MODE: 3 }
}, Qg = /* @__PURE__ */ Ce({
  ...jg,
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
    Lg(Y);
    const k = $t(!1), G = $t(!1);
    let h = null, $ = !1, p = 0, S = {
      x: 0,
      y: 0,
      zoom: 0
    };
    const M = xn(a), P = xn(s), O = xn(r), F = Ee(
      () => (!P.value || P.value && s.value === !0) && (M.value || d.value)
    ), Z = Ee(() => M.value || u.value), oe = Ee(() => s.value === !0 && F.value !== !0), re = Ee(
      () => P.value && s.value !== !0 || E.value || oe.value
    ), W = Ee(() => v.value !== null);
    mt(() => {
      if (!Y.value) {
        Ln("Viewport element is missing");
        return;
      }
      const pe = Y.value, _e = pe.getBoundingClientRect(), ce = ph().clickDistance(V.value).scaleExtent([t.value, n.value]).translateExtent(i.value), he = Ue(pe).call(ce), N = he.on("wheel.zoom"), _ = jt.translate(o.value.x ?? 0, o.value.y ?? 0).scale(Lt(o.value.zoom ?? 1, t.value, n.value)), C = [
        [0, 0],
        [_e.width, _e.height]
      ], D = ce.constrain()(_, C, i.value);
      ce.transform(he, D), ce.wheelDelta(Pi), B.value = ce, L.value = he, z.value = N, U.value = { x: D.x, y: D.y, zoom: D.k }, ce.on("start", (I) => {
        var j;
        if (!I.sourceEvent)
          return null;
        p = I.sourceEvent.button, k.value = !0;
        const ne = fe(I.transform);
        ((j = I.sourceEvent) == null ? void 0 : j.type) === "mousedown" && (A.value = !0), S = ne, m.viewportChangeStart(ne), m.moveStart({ event: I, flowTransform: ne });
      }), ce.on("end", (I) => {
        if (!I.sourceEvent)
          return null;
        if (k.value = !1, A.value = !1, K(F.value, p ?? 0) && !$ && m.paneContextMenu(I.sourceEvent), $ = !1, ee(S, I.transform)) {
          const j = fe(I.transform);
          S = j, m.viewportChangeEnd(j), m.moveEnd({ event: I, flowTransform: j });
        }
      }), ce.filter((I) => {
        var j;
        const ne = O.value || y.value, ae = g.value && I.ctrlKey, ie = I.button, de = I.type === "wheel";
        if (ie === 1 && I.type === "mousedown" && (ye(I, "vue-flow__node") || ye(I, "vue-flow__edge")))
          return !0;
        if (!F.value && !ne && !Z.value && !f.value && !g.value || E.value || W.value && !de || !f.value && I.type === "dblclick" || ye(I, x.value) && de || ye(I, b.value) && (!de || Z.value && de && !O.value) || !g.value && I.ctrlKey && de || !ne && !Z.value && !ae && de)
          return !1;
        if (!g && I.type === "touchstart" && ((j = I.touches) == null ? void 0 : j.length) > 1)
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
            const j = fe(I.transform);
            $ = K(F.value, p ?? 0), m.viewportChange(j), m.move({ event: I, flowTransform: j });
          });
        },
        { immediate: !0 }
      ), xe(
        [E, Z, l, O, g, w, x],
        () => {
          Z.value && !O.value && !E.value ? he.on(
            "wheel.zoom",
            (I) => {
              if (ye(I, x.value))
                return !1;
              const j = O.value || y.value, ne = g.value && I.ctrlKey;
              if (!(!w.value || Z.value || j || ne))
                return !1;
              I.preventDefault(), I.stopImmediatePropagation();
              const ie = he.property("__zoom").k || 1, de = On();
              if (!M.value && I.ctrlKey && g.value && de) {
                const R = Je(I), X = Pi(I), H = ie * 2 ** X;
                ce.scaleTo(he, H, R, I);
                return;
              }
              const ve = I.deltaMode === 1 ? 20 : 1;
              let be = l.value === En.Vertical ? 0 : I.deltaX * ve, Qe = l.value === En.Horizontal ? 0 : I.deltaY * ve;
              !de && I.shiftKey && l.value !== En.Vertical && !be && Qe && (be = Qe, Qe = 0), ce.translateBy(
                he,
                -(be / ie) * c.value,
                -(Qe / ie) * c.value
              );
              const T = fe(he.property("__zoom"));
              h && clearTimeout(h), G.value ? (m.move({ event: I, flowTransform: T }), m.viewportChange(T), h = setTimeout(() => {
                m.moveEnd({ event: I, flowTransform: T }), m.viewportChangeEnd(T), G.value = !1;
              }, 150)) : (G.value = !0, m.moveStart({ event: I, flowTransform: T }), m.viewportChangeStart(T));
            },
            { passive: !1 }
          ) : typeof N < "u" && he.on(
            "wheel.zoom",
            function(I, j) {
              const ne = !w.value && I.type === "wheel" && !I.ctrlKey, ae = O.value || y.value, ie = g.value && I.ctrlKey;
              if (!ae && !u.value && !ie && I.type === "wheel" || ne || ye(I, x.value))
                return null;
              I.preventDefault(), N.call(this, I, j);
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
    return (pe, _e) => (J(), le("div", {
      ref_key: "viewportRef",
      ref: Y,
      class: "vue-flow__viewport vue-flow__container"
    }, [
      Be(qg, {
        "is-selecting": re.value,
        "selection-key-pressed": q(P),
        class: Fe({
          connecting: W.value,
          dragging: q(A),
          draggable: q(d) === !0 || Array.isArray(q(d)) && q(d).includes(0)
        })
      }, {
        default: tt(() => [
          Be(Kg, null, {
            default: tt(() => [
              Te(pe.$slots, "default")
            ]),
            _: 3
          })
        ]),
        _: 3
      }, 8, ["is-selecting", "selection-key-pressed", "class"])
    ], 512));
  }
}), Jg = ["id"], ep = ["id"], tp = ["id"], np = {
  name: "A11yDescriptions",
  compatConfig: { MODE: 3 }
}, op = /* @__PURE__ */ Ce({
  ...np,
  setup(e) {
    const { id: t, disableKeyboardA11y: n, ariaLiveMessage: o } = Me();
    return (i, r) => (J(), le(Ve, null, [
      $e("div", {
        id: `${q(za)}-${q(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select a node. " + Pe(q(n) ? "" : "You can then use the arrow keys to move the node around.") + " You can then use the arrow keys to move the node around, press delete to remove it and press escape to cancel. ", 9, Jg),
      $e("div", {
        id: `${q(Ra)}-${q(t)}`,
        style: { display: "none" }
      }, " Press enter or space to select an edge. You can then press delete to remove it or press escape to cancel. ", 8, ep),
      q(n) ? Se("", !0) : (J(), le("div", {
        key: 0,
        id: `${q(bh)}-${q(t)}`,
        "aria-live": "assertive",
        "aria-atomic": "true",
        style: { position: "absolute", width: "1px", height: "1px", margin: "-1px", border: "0", padding: "0", overflow: "hidden", clip: "rect(0px, 0px, 0px, 0px)", "clip-path": "inset(100%)" }
      }, Pe(q(o)), 9, tp))
    ], 64));
  }
});
function ip() {
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
function rp(e, t, n) {
  return n === se.Left ? e - t : n === se.Right ? e + t : e;
}
function sp(e, t, n) {
  return n === se.Top ? e - t : n === se.Bottom ? e + t : e;
}
const ur = function({
  radius: e = 10,
  centerX: t = 0,
  centerY: n = 0,
  position: o = se.Top,
  type: i
}) {
  return Ne("circle", {
    class: `vue-flow__edgeupdater vue-flow__edgeupdater-${i}`,
    cx: rp(t, e, o),
    cy: sp(n, e, o),
    r: e,
    stroke: "transparent",
    fill: "transparent"
  });
};
ur.props = ["radius", "centerX", "centerY", "position", "type"];
ur.compatConfig = { MODE: 3 };
const fs = ur, ap = Ce({
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
    } = Me(), v = ue(() => c(e.id)), { emit: E, on: A } = jh(v.value, r), B = Ct(Yo), L = on(), z = Ie(!1), U = Ie(!1), Y = Ie(""), V = Ie(null), k = Ie("source"), G = Ie(null), h = Ee(
      () => typeof v.value.selectable > "u" ? w.value : v.value.selectable
    ), $ = Ee(() => typeof v.value.updatable > "u" ? x.value : v.value.updatable), p = Ee(() => typeof v.value.focusable > "u" ? b.value : v.value.focusable);
    Nt(qh, e.id), Nt(Zh, G);
    const S = ue(() => v.value.class instanceof Function ? v.value.class(v.value) : v.value.class), M = ue(() => v.value.style instanceof Function ? v.value.style(v.value) : v.value.style), P = ue(() => {
      const _ = v.value.type || "default", C = B?.[`edge-${_}`];
      if (C)
        return C;
      let D = v.value.template ?? u.value[_];
      if (typeof D == "string" && L) {
        const I = Object.keys(L.appContext.components);
        I && I.includes(_) && (D = ia(_, !1));
      }
      return D && typeof D != "string" ? D : (r.error(new ze(De.EDGE_TYPE_MISSING, D)), !1);
    }), { handlePointerDown: O } = tl({
      nodeId: Y,
      handleId: V,
      type: k,
      isValidConnection: f,
      edgeUpdaterType: k,
      onEdgeUpdate: oe,
      onEdgeUpdateEnd: re
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
      o.value === kt.Strict ? I = _.handleBounds.source : I = [..._.handleBounds.source || [], ..._.handleBounds.target || []];
      const j = es(I, v.value.sourceHandle);
      let ne;
      o.value === kt.Strict ? ne = C.handleBounds.target : ne = [...C.handleBounds.target || [], ...C.handleBounds.source || []];
      const ae = es(ne, v.value.targetHandle), ie = j?.position || se.Bottom, de = ae?.position || se.Top, { x: ve, y: be } = Qt(_, j, ie), { x: Qe, y: T } = Qt(C, ae, de);
      return v.value.sourceX = ve, v.value.sourceY = be, v.value.targetX = Qe, v.value.targetY = T, Ne(
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
          "aria-describedby": p.value ? `${Ra}-${t}` : void 0,
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
            markerStart: `url('#${Tn(v.value.markerStart, t)}')`,
            markerEnd: `url('#${Tn(v.value.markerEnd, t)}')`,
            sourcePosition: ie,
            targetPosition: de,
            sourceX: ve,
            sourceY: be,
            targetX: Qe,
            targetY: T,
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
                  onMousedown: ce,
                  onMouseenter: F,
                  onMouseout: Z
                },
                Ne(fs, {
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
                Ne(fs, {
                  position: de,
                  centerX: Qe,
                  centerY: T,
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
      _.button === 0 && (U.value = !0, Y.value = C ? v.value.target : v.value.source, V.value = (C ? v.value.targetHandle : v.value.sourceHandle) ?? null, k.value = C ? "target" : "source", E.updateStart({ event: _, edge: v.value }), O(_));
    }
    function K(_) {
      var C;
      const D = { event: _, edge: v.value };
      h.value && (s.value = !1, v.value.selected && g.value ? (l([v.value]), (C = G.value) == null || C.blur()) : n([v.value])), E.click(D);
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
      !y.value && Ba.includes(_.key) && h.value && (_.key === "Escape" ? ((C = G.value) == null || C.blur(), l([c(e.id)])) : n([c(e.id)]));
    }
  }
}), lp = ap, up = Ce({
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
    } = Me(), f = (e = Ct(Yo)) == null ? void 0 : e["connection-line"], g = ue(() => {
      var m;
      return d((m = o.value) == null ? void 0 : m.nodeId);
    }), y = ue(() => {
      var m;
      return d((m = i.value) == null ? void 0 : m.nodeId) ?? null;
    }), w = ue(() => ({
      x: (r.value.x - c.value.x) / c.value.zoom,
      y: (r.value.y - c.value.y) / c.value.zoom
    })), x = ue(
      () => u.value.markerStart ? `url(#${Tn(u.value.markerStart, t)})` : ""
    ), b = ue(
      () => u.value.markerEnd ? `url(#${Tn(u.value.markerEnd, t)})` : ""
    );
    return () => {
      var m, v, E;
      if (!g.value || !o.value)
        return null;
      const A = o.value.id, B = o.value.type, L = g.value.handleBounds;
      let z = L?.[B] ?? [];
      if (n.value === kt.Loose) {
        const M = L?.[B === "source" ? "target" : "source"] ?? [];
        z = [...z, ...M];
      }
      if (!z)
        return null;
      const U = (A ? z.find((M) => M.id === A) : z[0]) ?? null, Y = U?.position ?? se.Top, { x: V, y: k } = Qt(g.value, U, Y);
      let G = null;
      y.value && (n.value === kt.Strict ? G = ((m = y.value.handleBounds[B === "source" ? "target" : "source"]) == null ? void 0 : m.find(
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
      const h = ((E = i.value) == null ? void 0 : E.position) ?? (Y ? Ai[Y] : null);
      if (!Y || !h)
        return null;
      const $ = s.value ?? u.value.type ?? It.Bezier;
      let p = "";
      const S = {
        sourceX: V,
        sourceY: k,
        sourcePosition: Y,
        targetX: w.value.x,
        targetY: w.value.y,
        targetPosition: h
      };
      return $ === It.Bezier ? [p] = al(S) : $ === It.Step ? [p] = Ri({
        ...S,
        borderRadius: 0
      }) : $ === It.SmoothStep ? [p] = Ri(S) : $ === It.SimpleBezier ? [p] = ll(S) : p = `M${V},${k} ${w.value.x},${w.value.y}`, Ne(
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
}), cp = up, dp = ["id", "markerWidth", "markerHeight", "markerUnits", "orient"], fp = {
  name: "MarkerType",
  compatConfig: { MODE: 3 }
}, hp = /* @__PURE__ */ Ce({
  ...fp,
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
    return (t, n) => (J(), le("marker", {
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
      t.type === q($o).ArrowClosed ? (J(), le("polyline", {
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
      t.type === q($o).Arrow ? (J(), le("polyline", {
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
    ], 8, dp));
  }
}), gp = {
  class: "vue-flow__marker vue-flow__container",
  "aria-hidden": "true"
}, pp = {
  name: "MarkerDefinitions",
  compatConfig: { MODE: 3 }
}, vp = /* @__PURE__ */ Ce({
  ...pp,
  setup(e) {
    const { id: t, edges: n, connectionLineOptions: o, defaultMarkerColor: i } = Me(), r = ue(() => {
      const s = /* @__PURE__ */ new Set(), a = [], u = (l) => {
        if (l) {
          const c = Tn(l, t);
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
    return (s, a) => (J(), le("svg", gp, [
      $e("defs", null, [
        (J(!0), le(Ve, null, rn(r.value, (u) => (J(), Re(hp, {
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
}), mp = {
  name: "Edges",
  compatConfig: { MODE: 3 }
}, yp = /* @__PURE__ */ Ce({
  ...mp,
  setup(e) {
    const { findNode: t, getEdges: n, elevateEdgesOnSelect: o } = Me();
    return (i, r) => (J(), le(Ve, null, [
      Be(vp),
      (J(!0), le(Ve, null, rn(q(n), (s) => (J(), le("svg", {
        key: s.id,
        class: "vue-flow__edges vue-flow__container",
        style: Ae({ zIndex: q(zh)(s, q(t), q(o)) })
      }, [
        Be(q(lp), {
          id: s.id
        }, null, 8, ["id"])
      ], 4))), 128)),
      Be(q(cp))
    ], 64));
  }
}), wp = Ce({
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
    Nt(Ja, z), Nt(Qa, e.id);
    const U = Ct(Yo), Y = on(), V = ol(), { node: k, parentNode: G } = nl(e.id), { emit: h, on: $ } = tg(k, s), p = Ee(() => typeof k.draggable > "u" ? v.value : k.draggable), S = Ee(() => typeof k.selectable > "u" ? E.value : k.selectable), M = Ee(() => typeof k.connectable > "u" ? A.value : k.connectable), P = Ee(() => typeof k.focusable > "u" ? B.value : k.focusable), O = ue(
      () => S.value || p.value || L.value.nodeClick.hasListeners() || L.value.nodeDoubleClick.hasListeners() || L.value.nodeMouseEnter.hasListeners() || L.value.nodeMouseMove.hasListeners() || L.value.nodeMouseLeave.hasListeners()
    ), F = Ee(() => !!k.dimensions.width && !!k.dimensions.height), Z = ue(() => {
      const C = k.type || "default", D = U?.[`node-${C}`];
      if (D)
        return D;
      let I = k.template || d.value[C];
      if (typeof I == "string" && Y) {
        const j = Object.keys(Y.appContext.components);
        j && j.includes(C) && (I = ia(C, !1));
      }
      return I && typeof I != "string" ? I : (s.error(new ze(De.NODE_TYPE_MISSING, I)), !1);
    }), oe = el({
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
      const C = (k.style instanceof Function ? k.style(k) : k.style) || {}, D = k.width instanceof Function ? k.width(k) : k.width, I = k.height instanceof Function ? k.height(k) : k.height;
      return !C.width && D && (C.width = typeof D == "string" ? D : `${D}px`), !C.height && I && (C.height = typeof I == "string" ? I : `${I}px`), C;
    }), K = Ee(() => Number(k.zIndex ?? W.value.zIndex ?? 0));
    return c((C) => {
      (C.includes(e.id) || !C.length) && fe();
    }), mt(() => {
      xe(
        () => k.hidden,
        (C = !1, D, I) => {
          !C && z.value && (e.resizeObserver.observe(z.value), I(() => {
            z.value && e.resizeObserver.unobserve(z.value);
          }));
        },
        { immediate: !0, flush: "post" }
      );
    }), xe([() => k.type, () => k.sourcePosition, () => k.targetPosition], () => {
      Ge(() => {
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
      ([C, D, I, j, ne, ae]) => {
        const ie = {
          x: C,
          y: D,
          z: ae + (g.value && k.selected ? 1e3 : 0)
        };
        typeof I < "u" && typeof j < "u" ? k.computedPosition = Ih({ x: I, y: j, z: ne }, ie) : k.computedPosition = ie;
      },
      { flush: "post", immediate: !0 }
    ), xe([() => k.extent, f], ([C, D], [I, j]) => {
      (C !== I || D !== j) && ee();
    }), k.extent === "parent" || typeof k.extent == "object" && "range" in k.extent && k.extent.range === "parent" ? $i(() => F).toBe(!0).then(ee) : ee(), () => k.hidden ? null : Ne(
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
          pointerEvents: O.value ? "all" : "none",
          ...W.value
        },
        tabIndex: P.value ? 0 : void 0,
        role: P.value ? "group" : void 0,
        "aria-describedby": y.value ? void 0 : `${za}-${t}`,
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
      const C = k.computedPosition, { computedPosition: D, position: I } = ar(
        k,
        x.value ? Fo(C, b.value) : C,
        s.error,
        f.value,
        G.value
      );
      (k.computedPosition.x !== D.x || k.computedPosition.y !== D.y) && (k.computedPosition = { ...k.computedPosition, ...D }), (k.position.x !== I.x || k.position.y !== I.y) && (k.position = I);
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
      S.value && (!o.value || !p.value || m.value > 0) && zi(
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
      if (!(Di(C) || y.value))
        if (Ba.includes(C.key) && S.value) {
          const D = C.key === "Escape";
          zi(
            k,
            r.value,
            u,
            a,
            i,
            D,
            z.value
          );
        } else p.value && k.selected && Wt[C.key] && (C.preventDefault(), w.value = `Moved selected node ${C.key.replace("Arrow", "").toLowerCase()}. New position, x: ${~~k.position.x}, y: ${~~k.position.y}`, V(
          {
            x: Wt[C.key].x,
            y: Wt[C.key].y
          },
          C.shiftKey
        ));
    }
  }
}), _p = wp;
function bp(e = { includeHiddenNodes: !1 }) {
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
const Ep = { class: "vue-flow__nodes vue-flow__container" }, xp = {
  name: "Nodes",
  compatConfig: { MODE: 3 }
}, $p = /* @__PURE__ */ Ce({
  ...xp,
  setup(e) {
    const { getNodes: t, updateNodeDimensions: n, emits: o } = Me(), i = bp(), r = Ie();
    return xe(
      i,
      (s) => {
        s && Ge(() => {
          o.nodesInitialized(t.value);
        });
      },
      { immediate: !0 }
    ), mt(() => {
      r.value = new ResizeObserver((s) => {
        const a = s.map((u) => ({
          id: u.target.getAttribute("data-id"),
          nodeElement: u.target,
          forceUpdate: !0
        }));
        Ge(() => n(a));
      });
    }), Zi(() => {
      var s;
      return (s = r.value) == null ? void 0 : s.disconnect();
    }), (s, a) => (J(), le("div", Ep, [
      r.value ? (J(!0), le(Ve, { key: 0 }, rn(q(t), (u, l, c, d) => {
        const f = [u.id];
        if (d && d.key === u.id && gu(d, f))
          return d;
        const g = (J(), Re(q(_p), {
          id: u.id,
          key: u.id,
          "resize-observer": r.value
        }, null, 8, ["id", "resize-observer"]));
        return g.memo = f, g;
      }, a, 0), 128)) : Se("", !0)
    ]));
  }
});
function Np() {
  const { emits: e } = Me();
  mt(() => {
    if (ja()) {
      const t = document.querySelector(".vue-flow__pane");
      t && window.getComputedStyle(t).zIndex !== "1" && e.error(new ze(De.MISSING_STYLES));
    }
  });
}
const kp = /* @__PURE__ */ $e("div", { class: "vue-flow__edge-labels" }, null, -1), Sp = {
  name: "VueFlow",
  compatConfig: { MODE: 3 }
}, Cp = /* @__PURE__ */ Ce({
  ...Sp,
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
    const o = e, i = oa(), r = ti(o, "modelValue", n), s = ti(o, "nodes", n), a = ti(o, "edges", n), u = Me(o), l = rg({ modelValue: r, nodes: s, edges: a }, o, u);
    return ag(n, u.hooks), ip(), Np(), Nt(Yo, i), du(l), t(u), (c, d) => (J(), le("div", {
      ref: q(u).vueFlowRef,
      class: "vue-flow"
    }, [
      Be(Qg, null, {
        default: tt(() => [
          Be(yp),
          kp,
          Be($p),
          Te(c.$slots, "zoom-pane")
        ]),
        _: 3
      }),
      Te(c.$slots, "default"),
      Be(op)
    ], 512));
  }
}), Mp = {
  name: "Panel",
  compatConfig: { MODE: 3 }
}, cl = /* @__PURE__ */ Ce({
  ...Mp,
  props: {
    position: {}
  },
  setup(e) {
    const t = e, { userSelectionActive: n } = Me(), o = ue(() => `${t.position}`.split("-"));
    return (i, r) => (J(), le("div", {
      class: Fe(["vue-flow__panel", o.value]),
      style: Ae({ pointerEvents: q(n) ? "none" : "all" })
    }, [
      Te(i.$slots, "default")
    ], 6));
  }
});
var ht = /* @__PURE__ */ ((e) => (e.Lines = "lines", e.Dots = "dots", e))(ht || {});
const dl = function({ dimensions: e, size: t, color: n }) {
  return Ne("path", {
    stroke: n,
    "stroke-width": t,
    d: `M${e[0] / 2} 0 V${e[1]} M0 ${e[1] / 2} H${e[0]}`
  });
}, fl = function({ radius: e, color: t }) {
  return Ne("circle", { cx: e, cy: e, r: e, fill: t });
};
ht.Lines + "", ht.Dots + "";
const Ip = {
  [ht.Dots]: "#81818a",
  [ht.Lines]: "#eee"
}, Tp = ["id", "x", "y", "width", "height", "patternTransform"], Op = {
  key: 2,
  height: "100",
  width: "100"
}, Dp = ["fill"], Pp = ["x", "y", "fill"], Ap = {
  name: "Background",
  compatConfig: { MODE: 3 }
}, zp = /* @__PURE__ */ Ce({
  ...Ap,
  props: {
    id: {},
    variant: { default: () => ht.Dots },
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
    }), i = Ee(() => `pattern-${t}${e.id ? `-${e.id}` : ""}`), r = Ee(() => e.color || e.patternColor || Ip[e.variant || ht.Dots]);
    return (s, a) => (J(), le("svg", {
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
            s.variant === q(ht).Lines ? (J(), Re(q(dl), {
              key: 0,
              size: s.lineWidth,
              color: r.value,
              dimensions: o.value.scaledGap
            }, null, 8, ["size", "color", "dimensions"])) : s.variant === q(ht).Dots ? (J(), Re(q(fl), {
              key: 1,
              color: r.value,
              radius: o.value.size / 2
            }, null, 8, ["color", "radius"])) : Se("", !0),
            s.bgColor ? (J(), le("svg", Op, [
              $e("rect", {
                width: "100%",
                height: "100%",
                fill: s.bgColor
              }, null, 8, Dp)
            ])) : Se("", !0)
          ])
        ], 8, Tp)
      ]),
      $e("rect", {
        x: s.x,
        y: s.y,
        width: "100%",
        height: "100%",
        fill: `url(#${i.value})`
      }, null, 8, Pp),
      Te(s.$slots, "default", { id: i.value })
    ], 4));
  }
}), Rp = {
  name: "ControlButton",
  compatConfig: { MODE: 3 }
}, Bp = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [o, i] of t)
    n[o] = i;
  return n;
}, Vp = {
  type: "button",
  class: "vue-flow__controls-button"
};
function Lp(e, t, n, o, i, r) {
  return J(), le("button", Vp, [
    Te(e.$slots, "default")
  ]);
}
const eo = /* @__PURE__ */ Bp(Rp, [["render", Lp]]), Hp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 32"
}, Fp = /* @__PURE__ */ $e("path", { d: "M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" }, null, -1), Yp = [
  Fp
];
function Xp(e, t) {
  return J(), le("svg", Hp, Yp);
}
const Gp = { render: Xp }, Up = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 5"
}, Wp = /* @__PURE__ */ $e("path", { d: "M0 0h32v4.2H0z" }, null, -1), qp = [
  Wp
];
function Zp(e, t) {
  return J(), le("svg", Up, qp);
}
const Kp = { render: Zp }, jp = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 32 30"
}, Qp = /* @__PURE__ */ $e("path", { d: "M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0 0 27.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94a.919.919 0 0 1-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" }, null, -1), Jp = [
  Qp
];
function ev(e, t) {
  return J(), le("svg", jp, Jp);
}
const tv = { render: ev }, nv = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, ov = /* @__PURE__ */ $e("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z" }, null, -1), iv = [
  ov
];
function rv(e, t) {
  return J(), le("svg", nv, iv);
}
const sv = { render: rv }, av = {
  xmlns: "http://www.w3.org/2000/svg",
  viewBox: "0 0 25 32"
}, lv = /* @__PURE__ */ $e("path", { d: "M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 0 0 0 13.714v15.238A3.056 3.056 0 0 0 3.048 32h18.285a3.056 3.056 0 0 0 3.048-3.048V13.714a3.056 3.056 0 0 0-3.048-3.047zM12.19 24.533a3.056 3.056 0 0 1-3.047-3.047 3.056 3.056 0 0 1 3.047-3.048 3.056 3.056 0 0 1 3.048 3.048 3.056 3.056 0 0 1-3.048 3.047z" }, null, -1), uv = [
  lv
];
function cv(e, t) {
  return J(), le("svg", av, uv);
}
const dv = { render: cv }, fv = {
  name: "Controls",
  compatConfig: { MODE: 3 }
}, hv = /* @__PURE__ */ Ce({
  ...fv,
  props: {
    showZoom: { type: Boolean, default: !0 },
    showFitView: { type: Boolean, default: !0 },
    showInteractive: { type: Boolean, default: !0 },
    fitViewParams: {},
    position: { default: () => Aa.BottomLeft }
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
    return (v, E) => (J(), Re(q(cl), {
      class: "vue-flow__controls",
      position: v.position
    }, {
      default: tt(() => [
        Te(v.$slots, "top"),
        v.showZoom ? (J(), le(Ve, { key: 0 }, [
          Te(v.$slots, "control-zoom-in", {}, () => [
            Be(eo, {
              class: "vue-flow__controls-zoomin",
              disabled: y.value,
              onClick: w
            }, {
              default: tt(() => [
                Te(v.$slots, "icon-zoom-in", {}, () => [
                  (J(), Re(Mt(q(Gp))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ]),
          Te(v.$slots, "control-zoom-out", {}, () => [
            Be(eo, {
              class: "vue-flow__controls-zoomout",
              disabled: g.value,
              onClick: x
            }, {
              default: tt(() => [
                Te(v.$slots, "icon-zoom-out", {}, () => [
                  (J(), Re(Mt(q(Kp))))
                ])
              ]),
              _: 3
            }, 8, ["disabled"])
          ])
        ], 64)) : Se("", !0),
        v.showFitView ? Te(v.$slots, "control-fit-view", { key: 1 }, () => [
          Be(eo, {
            class: "vue-flow__controls-fitview",
            onClick: b
          }, {
            default: tt(() => [
              Te(v.$slots, "icon-fit-view", {}, () => [
                (J(), Re(Mt(q(tv))))
              ])
            ]),
            _: 3
          })
        ]) : Se("", !0),
        v.showInteractive ? Te(v.$slots, "control-interactive", { key: 2 }, () => [
          v.showInteractive ? (J(), Re(eo, {
            key: 0,
            class: "vue-flow__controls-interactive",
            onClick: m
          }, {
            default: tt(() => [
              f.value ? Te(v.$slots, "icon-unlock", { key: 0 }, () => [
                (J(), Re(Mt(q(dv))))
              ]) : Se("", !0),
              f.value ? Se("", !0) : Te(v.$slots, "icon-lock", { key: 1 }, () => [
                (J(), Re(Mt(q(sv))))
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
var gv = { value: () => {
} };
function cr() {
  for (var e = 0, t = arguments.length, n = {}, o; e < t; ++e) {
    if (!(o = arguments[e] + "") || o in n || /[\s.]/.test(o)) throw new Error("illegal type: " + o);
    n[o] = [];
  }
  return new fo(n);
}
function fo(e) {
  this._ = e;
}
function pv(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var o = "", i = n.indexOf(".");
    if (i >= 0 && (o = n.slice(i + 1), n = n.slice(0, i)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: o };
  });
}
fo.prototype = cr.prototype = {
  constructor: fo,
  on: function(e, t) {
    var n = this._, o = pv(e + "", n), i, r = -1, s = o.length;
    if (arguments.length < 2) {
      for (; ++r < s; ) if ((i = (e = o[r]).type) && (i = vv(n[i], e.name))) return i;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++r < s; )
      if (i = (e = o[r]).type) n[i] = hs(n[i], e.name, t);
      else if (t == null) for (i in n) n[i] = hs(n[i], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new fo(e);
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
function vv(e, t) {
  for (var n = 0, o = e.length, i; n < o; ++n)
    if ((i = e[n]).name === t)
      return i.value;
}
function hs(e, t, n) {
  for (var o = 0, i = e.length; o < i; ++o)
    if (e[o].name === t) {
      e[o] = gv, e = e.slice(0, o).concat(e.slice(o + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Bi = "http://www.w3.org/1999/xhtml";
const gs = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Bi,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function qo(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), gs.hasOwnProperty(t) ? { space: gs[t], local: e } : e;
}
function mv(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Bi && t.documentElement.namespaceURI === Bi ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function yv(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function hl(e) {
  var t = qo(e);
  return (t.local ? yv : mv)(t);
}
function wv() {
}
function dr(e) {
  return e == null ? wv : function() {
    return this.querySelector(e);
  };
}
function _v(e) {
  typeof e != "function" && (e = dr(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = new Array(s), u, l, c = 0; c < s; ++c)
      (u = r[c]) && (l = e.call(u, u.__data__, c, r)) && ("__data__" in u && (l.__data__ = u.__data__), a[c] = l);
  return new Xe(o, this._parents);
}
function bv(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Ev() {
  return [];
}
function gl(e) {
  return e == null ? Ev : function() {
    return this.querySelectorAll(e);
  };
}
function xv(e) {
  return function() {
    return bv(e.apply(this, arguments));
  };
}
function $v(e) {
  typeof e == "function" ? e = xv(e) : e = gl(e);
  for (var t = this._groups, n = t.length, o = [], i = [], r = 0; r < n; ++r)
    for (var s = t[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && (o.push(e.call(u, u.__data__, l, s)), i.push(u));
  return new Xe(o, i);
}
function pl(e) {
  return function() {
    return this.matches(e);
  };
}
function vl(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Nv = Array.prototype.find;
function kv(e) {
  return function() {
    return Nv.call(this.children, e);
  };
}
function Sv() {
  return this.firstElementChild;
}
function Cv(e) {
  return this.select(e == null ? Sv : kv(typeof e == "function" ? e : vl(e)));
}
var Mv = Array.prototype.filter;
function Iv() {
  return Array.from(this.children);
}
function Tv(e) {
  return function() {
    return Mv.call(this.children, e);
  };
}
function Ov(e) {
  return this.selectAll(e == null ? Iv : Tv(typeof e == "function" ? e : vl(e)));
}
function Dv(e) {
  typeof e != "function" && (e = pl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new Xe(o, this._parents);
}
function ml(e) {
  return new Array(e.length);
}
function Pv() {
  return new Xe(this._enter || this._groups.map(ml), this._parents);
}
function Co(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Co.prototype = {
  constructor: Co,
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
function Av(e) {
  return function() {
    return e;
  };
}
function zv(e, t, n, o, i, r) {
  for (var s = 0, a, u = t.length, l = r.length; s < l; ++s)
    (a = t[s]) ? (a.__data__ = r[s], o[s] = a) : n[s] = new Co(e, r[s]);
  for (; s < u; ++s)
    (a = t[s]) && (i[s] = a);
}
function Rv(e, t, n, o, i, r, s) {
  var a, u, l = /* @__PURE__ */ new Map(), c = t.length, d = r.length, f = new Array(c), g;
  for (a = 0; a < c; ++a)
    (u = t[a]) && (f[a] = g = s.call(u, u.__data__, a, t) + "", l.has(g) ? i[a] = u : l.set(g, u));
  for (a = 0; a < d; ++a)
    g = s.call(e, r[a], a, r) + "", (u = l.get(g)) ? (o[a] = u, u.__data__ = r[a], l.delete(g)) : n[a] = new Co(e, r[a]);
  for (a = 0; a < c; ++a)
    (u = t[a]) && l.get(f[a]) === u && (i[a] = u);
}
function Bv(e) {
  return e.__data__;
}
function Vv(e, t) {
  if (!arguments.length) return Array.from(this, Bv);
  var n = t ? Rv : zv, o = this._parents, i = this._groups;
  typeof e != "function" && (e = Av(e));
  for (var r = i.length, s = new Array(r), a = new Array(r), u = new Array(r), l = 0; l < r; ++l) {
    var c = o[l], d = i[l], f = d.length, g = Lv(e.call(c, c && c.__data__, l, o)), y = g.length, w = a[l] = new Array(y), x = s[l] = new Array(y), b = u[l] = new Array(f);
    n(c, d, w, x, b, g, t);
    for (var m = 0, v = 0, E, A; m < y; ++m)
      if (E = w[m]) {
        for (m >= v && (v = m + 1); !(A = x[v]) && ++v < y; ) ;
        E._next = A || null;
      }
  }
  return s = new Xe(s, o), s._enter = a, s._exit = u, s;
}
function Lv(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Hv() {
  return new Xe(this._exit || this._groups.map(ml), this._parents);
}
function Fv(e, t, n) {
  var o = this.enter(), i = this, r = this.exit();
  return typeof e == "function" ? (o = e(o), o && (o = o.selection())) : o = o.append(e + ""), t != null && (i = t(i), i && (i = i.selection())), n == null ? r.remove() : n(r), o && i ? o.merge(i).order() : i;
}
function Yv(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, o = t._groups, i = n.length, r = o.length, s = Math.min(i, r), a = new Array(i), u = 0; u < s; ++u)
    for (var l = n[u], c = o[u], d = l.length, f = a[u] = new Array(d), g, y = 0; y < d; ++y)
      (g = l[y] || c[y]) && (f[y] = g);
  for (; u < i; ++u)
    a[u] = n[u];
  return new Xe(a, this._parents);
}
function Xv() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var o = e[t], i = o.length - 1, r = o[i], s; --i >= 0; )
      (s = o[i]) && (r && s.compareDocumentPosition(r) ^ 4 && r.parentNode.insertBefore(s, r), r = s);
  return this;
}
function Gv(e) {
  e || (e = Uv);
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
function Uv(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Wv() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function qv() {
  return Array.from(this);
}
function Zv() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length; i < r; ++i) {
      var s = o[i];
      if (s) return s;
    }
  return null;
}
function Kv() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function jv() {
  return !this.node();
}
function Qv(e) {
  for (var t = this._groups, n = 0, o = t.length; n < o; ++n)
    for (var i = t[n], r = 0, s = i.length, a; r < s; ++r)
      (a = i[r]) && e.call(a, a.__data__, r, i);
  return this;
}
function Jv(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function em(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function tm(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function nm(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function om(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function im(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function rm(e, t) {
  var n = qo(e);
  if (arguments.length < 2) {
    var o = this.node();
    return n.local ? o.getAttributeNS(n.space, n.local) : o.getAttribute(n);
  }
  return this.each((t == null ? n.local ? em : Jv : typeof t == "function" ? n.local ? im : om : n.local ? nm : tm)(n, t));
}
function yl(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function sm(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function am(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function lm(e, t, n) {
  return function() {
    var o = t.apply(this, arguments);
    o == null ? this.style.removeProperty(e) : this.style.setProperty(e, o, n);
  };
}
function um(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? sm : typeof t == "function" ? lm : am)(e, t, n ?? "")) : en(this.node(), e);
}
function en(e, t) {
  return e.style.getPropertyValue(t) || yl(e).getComputedStyle(e, null).getPropertyValue(t);
}
function cm(e) {
  return function() {
    delete this[e];
  };
}
function dm(e, t) {
  return function() {
    this[e] = t;
  };
}
function fm(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function hm(e, t) {
  return arguments.length > 1 ? this.each((t == null ? cm : typeof t == "function" ? fm : dm)(e, t)) : this.node()[e];
}
function wl(e) {
  return e.trim().split(/^|\s+/);
}
function fr(e) {
  return e.classList || new _l(e);
}
function _l(e) {
  this._node = e, this._names = wl(e.getAttribute("class") || "");
}
_l.prototype = {
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
function bl(e, t) {
  for (var n = fr(e), o = -1, i = t.length; ++o < i; ) n.add(t[o]);
}
function El(e, t) {
  for (var n = fr(e), o = -1, i = t.length; ++o < i; ) n.remove(t[o]);
}
function gm(e) {
  return function() {
    bl(this, e);
  };
}
function pm(e) {
  return function() {
    El(this, e);
  };
}
function vm(e, t) {
  return function() {
    (t.apply(this, arguments) ? bl : El)(this, e);
  };
}
function mm(e, t) {
  var n = wl(e + "");
  if (arguments.length < 2) {
    for (var o = fr(this.node()), i = -1, r = n.length; ++i < r; ) if (!o.contains(n[i])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? vm : t ? gm : pm)(n, t));
}
function ym() {
  this.textContent = "";
}
function wm(e) {
  return function() {
    this.textContent = e;
  };
}
function _m(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function bm(e) {
  return arguments.length ? this.each(e == null ? ym : (typeof e == "function" ? _m : wm)(e)) : this.node().textContent;
}
function Em() {
  this.innerHTML = "";
}
function xm(e) {
  return function() {
    this.innerHTML = e;
  };
}
function $m(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Nm(e) {
  return arguments.length ? this.each(e == null ? Em : (typeof e == "function" ? $m : xm)(e)) : this.node().innerHTML;
}
function km() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Sm() {
  return this.each(km);
}
function Cm() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function Mm() {
  return this.each(Cm);
}
function Im(e) {
  var t = typeof e == "function" ? e : hl(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function Tm() {
  return null;
}
function Om(e, t) {
  var n = typeof e == "function" ? e : hl(e), o = t == null ? Tm : typeof t == "function" ? t : dr(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), o.apply(this, arguments) || null);
  });
}
function Dm() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function Pm() {
  return this.each(Dm);
}
function Am() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function zm() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function Rm(e) {
  return this.select(e ? zm : Am);
}
function Bm(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function Vm(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Lm(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", o = t.indexOf(".");
    return o >= 0 && (n = t.slice(o + 1), t = t.slice(0, o)), { type: t, name: n };
  });
}
function Hm(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, o = -1, i = t.length, r; n < i; ++n)
        r = t[n], (!e.type || r.type === e.type) && r.name === e.name ? this.removeEventListener(r.type, r.listener, r.options) : t[++o] = r;
      ++o ? t.length = o : delete this.__on;
    }
  };
}
function Fm(e, t, n) {
  return function() {
    var o = this.__on, i, r = Vm(t);
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
function Ym(e, t, n) {
  var o = Lm(e + ""), i, r = o.length, s;
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
  for (a = t ? Fm : Hm, i = 0; i < r; ++i) this.each(a(o[i], t, n));
  return this;
}
function xl(e, t, n) {
  var o = yl(e), i = o.CustomEvent;
  typeof i == "function" ? i = new i(t, n) : (i = o.document.createEvent("Event"), n ? (i.initEvent(t, n.bubbles, n.cancelable), i.detail = n.detail) : i.initEvent(t, !1, !1)), e.dispatchEvent(i);
}
function Xm(e, t) {
  return function() {
    return xl(this, e, t);
  };
}
function Gm(e, t) {
  return function() {
    return xl(this, e, t.apply(this, arguments));
  };
}
function Um(e, t) {
  return this.each((typeof t == "function" ? Gm : Xm)(e, t));
}
function* Wm() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var o = e[t], i = 0, r = o.length, s; i < r; ++i)
      (s = o[i]) && (yield s);
}
var $l = [null];
function Xe(e, t) {
  this._groups = e, this._parents = t;
}
function Hn() {
  return new Xe([[document.documentElement]], $l);
}
function qm() {
  return this;
}
Xe.prototype = Hn.prototype = {
  constructor: Xe,
  select: _v,
  selectAll: $v,
  selectChild: Cv,
  selectChildren: Ov,
  filter: Dv,
  data: Vv,
  enter: Pv,
  exit: Hv,
  join: Fv,
  merge: Yv,
  selection: qm,
  order: Xv,
  sort: Gv,
  call: Wv,
  nodes: qv,
  node: Zv,
  size: Kv,
  empty: jv,
  each: Qv,
  attr: rm,
  style: um,
  property: hm,
  classed: mm,
  text: bm,
  html: Nm,
  raise: Sm,
  lower: Mm,
  append: Im,
  insert: Om,
  remove: Pm,
  clone: Rm,
  datum: Bm,
  on: Ym,
  dispatch: Um,
  [Symbol.iterator]: Wm
};
function xt(e) {
  return typeof e == "string" ? new Xe([[document.querySelector(e)]], [document.documentElement]) : new Xe([[e]], $l);
}
function Zm(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function _t(e, t) {
  if (e = Zm(e), t === void 0 && (t = e.currentTarget), t) {
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
const Vi = { capture: !0, passive: !1 };
function Li(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Km(e) {
  var t = e.document.documentElement, n = xt(e).on("dragstart.drag", Li, Vi);
  "onselectstart" in t ? n.on("selectstart.drag", Li, Vi) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function jm(e, t) {
  var n = e.document.documentElement, o = xt(e).on("dragstart.drag", null);
  t && (o.on("click.drag", Li, Vi), setTimeout(function() {
    o.on("click.drag", null);
  }, 0)), "onselectstart" in n ? o.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
function hr(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Nl(e, t) {
  var n = Object.create(e.prototype);
  for (var o in t) n[o] = t[o];
  return n;
}
function Fn() {
}
var Dn = 0.7, Mo = 1 / Dn, qt = "\\s*([+-]?\\d+)\\s*", Pn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", rt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Qm = /^#([0-9a-f]{3,8})$/, Jm = new RegExp(`^rgb\\(${qt},${qt},${qt}\\)$`), e0 = new RegExp(`^rgb\\(${rt},${rt},${rt}\\)$`), t0 = new RegExp(`^rgba\\(${qt},${qt},${qt},${Pn}\\)$`), n0 = new RegExp(`^rgba\\(${rt},${rt},${rt},${Pn}\\)$`), o0 = new RegExp(`^hsl\\(${Pn},${rt},${rt}\\)$`), i0 = new RegExp(`^hsla\\(${Pn},${rt},${rt},${Pn}\\)$`), ps = {
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
hr(Fn, An, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: vs,
  // Deprecated! Use color.formatHex.
  formatHex: vs,
  formatHex8: r0,
  formatHsl: s0,
  formatRgb: ms,
  toString: ms
});
function vs() {
  return this.rgb().formatHex();
}
function r0() {
  return this.rgb().formatHex8();
}
function s0() {
  return kl(this).formatHsl();
}
function ms() {
  return this.rgb().formatRgb();
}
function An(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Qm.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? ys(t) : n === 3 ? new He(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? to(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? to(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Jm.exec(e)) ? new He(t[1], t[2], t[3], 1) : (t = e0.exec(e)) ? new He(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = t0.exec(e)) ? to(t[1], t[2], t[3], t[4]) : (t = n0.exec(e)) ? to(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = o0.exec(e)) ? bs(t[1], t[2] / 100, t[3] / 100, 1) : (t = i0.exec(e)) ? bs(t[1], t[2] / 100, t[3] / 100, t[4]) : ps.hasOwnProperty(e) ? ys(ps[e]) : e === "transparent" ? new He(NaN, NaN, NaN, 0) : null;
}
function ys(e) {
  return new He(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function to(e, t, n, o) {
  return o <= 0 && (e = t = n = NaN), new He(e, t, n, o);
}
function a0(e) {
  return e instanceof Fn || (e = An(e)), e ? (e = e.rgb(), new He(e.r, e.g, e.b, e.opacity)) : new He();
}
function Hi(e, t, n, o) {
  return arguments.length === 1 ? a0(e) : new He(e, t, n, o ?? 1);
}
function He(e, t, n, o) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +o;
}
hr(He, Hi, Nl(Fn, {
  brighter(e) {
    return e = e == null ? Mo : Math.pow(Mo, e), new He(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Dn : Math.pow(Dn, e), new He(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new He(Rt(this.r), Rt(this.g), Rt(this.b), Io(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: ws,
  // Deprecated! Use color.formatHex.
  formatHex: ws,
  formatHex8: l0,
  formatRgb: _s,
  toString: _s
}));
function ws() {
  return `#${Pt(this.r)}${Pt(this.g)}${Pt(this.b)}`;
}
function l0() {
  return `#${Pt(this.r)}${Pt(this.g)}${Pt(this.b)}${Pt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function _s() {
  const e = Io(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Rt(this.r)}, ${Rt(this.g)}, ${Rt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Io(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Rt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Pt(e) {
  return e = Rt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function bs(e, t, n, o) {
  return o <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new qe(e, t, n, o);
}
function kl(e) {
  if (e instanceof qe) return new qe(e.h, e.s, e.l, e.opacity);
  if (e instanceof Fn || (e = An(e)), !e) return new qe();
  if (e instanceof qe) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, o = e.b / 255, i = Math.min(t, n, o), r = Math.max(t, n, o), s = NaN, a = r - i, u = (r + i) / 2;
  return a ? (t === r ? s = (n - o) / a + (n < o) * 6 : n === r ? s = (o - t) / a + 2 : s = (t - n) / a + 4, a /= u < 0.5 ? r + i : 2 - r - i, s *= 60) : a = u > 0 && u < 1 ? 0 : s, new qe(s, a, u, e.opacity);
}
function u0(e, t, n, o) {
  return arguments.length === 1 ? kl(e) : new qe(e, t, n, o ?? 1);
}
function qe(e, t, n, o) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +o;
}
hr(qe, u0, Nl(Fn, {
  brighter(e) {
    return e = e == null ? Mo : Math.pow(Mo, e), new qe(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Dn : Math.pow(Dn, e), new qe(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, o = n + (n < 0.5 ? n : 1 - n) * t, i = 2 * n - o;
    return new He(
      fi(e >= 240 ? e - 240 : e + 120, i, o),
      fi(e, i, o),
      fi(e < 120 ? e + 240 : e - 120, i, o),
      this.opacity
    );
  },
  clamp() {
    return new qe(Es(this.h), no(this.s), no(this.l), Io(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Io(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Es(this.h)}, ${no(this.s) * 100}%, ${no(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Es(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function no(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function fi(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Sl = (e) => () => e;
function c0(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function d0(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(o) {
    return Math.pow(e + o * t, n);
  };
}
function f0(e) {
  return (e = +e) == 1 ? Cl : function(t, n) {
    return n - t ? d0(t, n, e) : Sl(isNaN(t) ? n : t);
  };
}
function Cl(e, t) {
  var n = t - e;
  return n ? c0(e, n) : Sl(isNaN(e) ? t : e);
}
const xs = (function e(t) {
  var n = f0(t);
  function o(i, r) {
    var s = n((i = Hi(i)).r, (r = Hi(r)).r), a = n(i.g, r.g), u = n(i.b, r.b), l = Cl(i.opacity, r.opacity);
    return function(c) {
      return i.r = s(c), i.g = a(c), i.b = u(c), i.opacity = l(c), i + "";
    };
  }
  return o.gamma = e, o;
})(1);
function Et(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
var Fi = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, hi = new RegExp(Fi.source, "g");
function h0(e) {
  return function() {
    return e;
  };
}
function g0(e) {
  return function(t) {
    return e(t) + "";
  };
}
function p0(e, t) {
  var n = Fi.lastIndex = hi.lastIndex = 0, o, i, r, s = -1, a = [], u = [];
  for (e = e + "", t = t + ""; (o = Fi.exec(e)) && (i = hi.exec(t)); )
    (r = i.index) > n && (r = t.slice(n, r), a[s] ? a[s] += r : a[++s] = r), (o = o[0]) === (i = i[0]) ? a[s] ? a[s] += i : a[++s] = i : (a[++s] = null, u.push({ i: s, x: Et(o, i) })), n = hi.lastIndex;
  return n < t.length && (r = t.slice(n), a[s] ? a[s] += r : a[++s] = r), a.length < 2 ? u[0] ? g0(u[0].x) : h0(t) : (t = u.length, function(l) {
    for (var c = 0, d; c < t; ++c) a[(d = u[c]).i] = d.x(l);
    return a.join("");
  });
}
var $s = 180 / Math.PI, Yi = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Ml(e, t, n, o, i, r) {
  var s, a, u;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (u = e * n + t * o) && (n -= e * u, o -= t * u), (a = Math.sqrt(n * n + o * o)) && (n /= a, o /= a, u /= a), e * o < t * n && (e = -e, t = -t, u = -u, s = -s), {
    translateX: i,
    translateY: r,
    rotate: Math.atan2(t, e) * $s,
    skewX: Math.atan(u) * $s,
    scaleX: s,
    scaleY: a
  };
}
var oo;
function v0(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Yi : Ml(t.a, t.b, t.c, t.d, t.e, t.f);
}
function m0(e) {
  return e == null || (oo || (oo = document.createElementNS("http://www.w3.org/2000/svg", "g")), oo.setAttribute("transform", e), !(e = oo.transform.baseVal.consolidate())) ? Yi : (e = e.matrix, Ml(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Il(e, t, n, o) {
  function i(l) {
    return l.length ? l.pop() + " " : "";
  }
  function r(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push("translate(", null, t, null, n);
      y.push({ i: w - 4, x: Et(l, d) }, { i: w - 2, x: Et(c, f) });
    } else (d || f) && g.push("translate(" + d + t + f + n);
  }
  function s(l, c, d, f) {
    l !== c ? (l - c > 180 ? c += 360 : c - l > 180 && (l += 360), f.push({ i: d.push(i(d) + "rotate(", null, o) - 2, x: Et(l, c) })) : c && d.push(i(d) + "rotate(" + c + o);
  }
  function a(l, c, d, f) {
    l !== c ? f.push({ i: d.push(i(d) + "skewX(", null, o) - 2, x: Et(l, c) }) : c && d.push(i(d) + "skewX(" + c + o);
  }
  function u(l, c, d, f, g, y) {
    if (l !== d || c !== f) {
      var w = g.push(i(g) + "scale(", null, ",", null, ")");
      y.push({ i: w - 4, x: Et(l, d) }, { i: w - 2, x: Et(c, f) });
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
var y0 = Il(v0, "px, ", "px)", "deg)"), w0 = Il(m0, ", ", ")", ")"), _0 = 1e-12;
function Ns(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function b0(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function E0(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
const x0 = (function e(t, n, o) {
  function i(r, s) {
    var a = r[0], u = r[1], l = r[2], c = s[0], d = s[1], f = s[2], g = c - a, y = d - u, w = g * g + y * y, x, b;
    if (w < _0)
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
        var z = L * b, U = Ns(A), Y = l / (n * m) * (U * E0(t * z + A) - b0(A));
        return [
          a + Y * g,
          u + Y * y,
          l * U / Ns(t * z + A)
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
var tn = 0, vn = 0, dn = 0, Tl = 1e3, To, mn, Oo = 0, Ht = 0, Zo = 0, zn = typeof performance == "object" && performance.now ? performance : Date, Ol = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function gr() {
  return Ht || (Ol($0), Ht = zn.now() + Zo);
}
function $0() {
  Ht = 0;
}
function Do() {
  this._call = this._time = this._next = null;
}
Do.prototype = Dl.prototype = {
  constructor: Do,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? gr() : +n) + (t == null ? 0 : +t), !this._next && mn !== this && (mn ? mn._next = this : To = this, mn = this), this._call = e, this._time = n, Xi();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Xi());
  }
};
function Dl(e, t, n) {
  var o = new Do();
  return o.restart(e, t, n), o;
}
function N0() {
  gr(), ++tn;
  for (var e = To, t; e; )
    (t = Ht - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --tn;
}
function ks() {
  Ht = (Oo = zn.now()) + Zo, tn = vn = 0;
  try {
    N0();
  } finally {
    tn = 0, S0(), Ht = 0;
  }
}
function k0() {
  var e = zn.now(), t = e - Oo;
  t > Tl && (Zo -= t, Oo = e);
}
function S0() {
  for (var e, t = To, n, o = 1 / 0; t; )
    t._call ? (o > t._time && (o = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : To = n);
  mn = e, Xi(o);
}
function Xi(e) {
  if (!tn) {
    vn && (vn = clearTimeout(vn));
    var t = e - Ht;
    t > 24 ? (e < 1 / 0 && (vn = setTimeout(ks, e - zn.now() - Zo)), dn && (dn = clearInterval(dn))) : (dn || (Oo = zn.now(), dn = setInterval(k0, Tl)), tn = 1, Ol(ks));
  }
}
function Ss(e, t, n) {
  var o = new Do();
  return t = t == null ? 0 : +t, o.restart((i) => {
    o.stop(), e(i + t);
  }, t, n), o;
}
var C0 = cr("start", "end", "cancel", "interrupt"), M0 = [], Pl = 0, Cs = 1, Gi = 2, ho = 3, Ms = 4, Ui = 5, go = 6;
function Ko(e, t, n, o, i, r) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  I0(e, n, {
    name: t,
    index: o,
    // For context during callback.
    group: i,
    // For context during callback.
    on: C0,
    tween: M0,
    time: r.time,
    delay: r.delay,
    duration: r.duration,
    ease: r.ease,
    timer: null,
    state: Pl
  });
}
function pr(e, t) {
  var n = Ke(e, t);
  if (n.state > Pl) throw new Error("too late; already scheduled");
  return n;
}
function at(e, t) {
  var n = Ke(e, t);
  if (n.state > ho) throw new Error("too late; already running");
  return n;
}
function Ke(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function I0(e, t, n) {
  var o = e.__transition, i;
  o[t] = n, n.timer = Dl(r, 0, n.time);
  function r(l) {
    n.state = Cs, n.timer.restart(s, n.delay, n.time), n.delay <= l && s(l - n.delay);
  }
  function s(l) {
    var c, d, f, g;
    if (n.state !== Cs) return u();
    for (c in o)
      if (g = o[c], g.name === n.name) {
        if (g.state === ho) return Ss(s);
        g.state === Ms ? (g.state = go, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete o[c]) : +c < t && (g.state = go, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete o[c]);
      }
    if (Ss(function() {
      n.state === ho && (n.state = Ms, n.timer.restart(a, n.delay, n.time), a(l));
    }), n.state = Gi, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Gi) {
      for (n.state = ho, i = new Array(f = n.tween.length), c = 0, d = -1; c < f; ++c)
        (g = n.tween[c].value.call(e, e.__data__, n.index, n.group)) && (i[++d] = g);
      i.length = d + 1;
    }
  }
  function a(l) {
    for (var c = l < n.duration ? n.ease.call(null, l / n.duration) : (n.timer.restart(u), n.state = Ui, 1), d = -1, f = i.length; ++d < f; )
      i[d].call(e, c);
    n.state === Ui && (n.on.call("end", e, e.__data__, n.index, n.group), u());
  }
  function u() {
    n.state = go, n.timer.stop(), delete o[t];
    for (var l in o) return;
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
      i = o.state > Gi && o.state < Ui, o.state = go, o.timer.stop(), o.on.call(i ? "interrupt" : "cancel", e, e.__data__, o.index, o.group), delete n[s];
    }
    r && delete e.__transition;
  }
}
function T0(e) {
  return this.each(function() {
    po(this, e);
  });
}
function O0(e, t) {
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
function D0(e, t, n) {
  var o, i;
  if (typeof n != "function") throw new Error();
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
function P0(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var o = Ke(this.node(), n).tween, i = 0, r = o.length, s; i < r; ++i)
      if ((s = o[i]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? O0 : D0)(n, e, t));
}
function vr(e, t, n) {
  var o = e._id;
  return e.each(function() {
    var i = at(this, o);
    (i.value || (i.value = {}))[t] = n.apply(this, arguments);
  }), function(i) {
    return Ke(i, o).value[t];
  };
}
function Al(e, t) {
  var n;
  return (typeof t == "number" ? Et : t instanceof An ? xs : (n = An(t)) ? (t = n, xs) : p0)(e, t);
}
function A0(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function z0(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function R0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttribute(e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function B0(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function V0(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function L0(e, t, n) {
  var o, i, r;
  return function() {
    var s, a = n(this), u;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), u = a + "", s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a)));
  };
}
function H0(e, t) {
  var n = qo(e), o = n === "transform" ? w0 : Al;
  return this.attrTween(e, typeof t == "function" ? (n.local ? L0 : V0)(n, o, vr(this, "attr." + e, t)) : t == null ? (n.local ? z0 : A0)(n) : (n.local ? B0 : R0)(n, o, t));
}
function F0(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Y0(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function X0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && Y0(e, r)), n;
  }
  return i._value = t, i;
}
function G0(e, t) {
  var n, o;
  function i() {
    var r = t.apply(this, arguments);
    return r !== o && (n = (o = r) && F0(e, r)), n;
  }
  return i._value = t, i;
}
function U0(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var o = qo(e);
  return this.tween(n, (o.local ? X0 : G0)(o, t));
}
function W0(e, t) {
  return function() {
    pr(this, e).delay = +t.apply(this, arguments);
  };
}
function q0(e, t) {
  return t = +t, function() {
    pr(this, e).delay = t;
  };
}
function Z0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? W0 : q0)(t, e)) : Ke(this.node(), t).delay;
}
function K0(e, t) {
  return function() {
    at(this, e).duration = +t.apply(this, arguments);
  };
}
function j0(e, t) {
  return t = +t, function() {
    at(this, e).duration = t;
  };
}
function Q0(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? K0 : j0)(t, e)) : Ke(this.node(), t).duration;
}
function J0(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    at(this, e).ease = t;
  };
}
function ey(e) {
  var t = this._id;
  return arguments.length ? this.each(J0(t, e)) : Ke(this.node(), t).ease;
}
function ty(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    at(this, e).ease = n;
  };
}
function ny(e) {
  if (typeof e != "function") throw new Error();
  return this.each(ty(this._id, e));
}
function oy(e) {
  typeof e != "function" && (e = pl(e));
  for (var t = this._groups, n = t.length, o = new Array(n), i = 0; i < n; ++i)
    for (var r = t[i], s = r.length, a = o[i] = [], u, l = 0; l < s; ++l)
      (u = r[l]) && e.call(u, u.__data__, l, r) && a.push(u);
  return new vt(o, this._parents, this._name, this._id);
}
function iy(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, o = t.length, i = n.length, r = Math.min(o, i), s = new Array(o), a = 0; a < r; ++a)
    for (var u = t[a], l = n[a], c = u.length, d = s[a] = new Array(c), f, g = 0; g < c; ++g)
      (f = u[g] || l[g]) && (d[g] = f);
  for (; a < o; ++a)
    s[a] = t[a];
  return new vt(s, this._parents, this._name, this._id);
}
function ry(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function sy(e, t, n) {
  var o, i, r = ry(t) ? pr : at;
  return function() {
    var s = r(this, e), a = s.on;
    a !== o && (i = (o = a).copy()).on(t, n), s.on = i;
  };
}
function ay(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Ke(this.node(), n).on.on(e) : this.each(sy(n, e, t));
}
function ly(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function uy() {
  return this.on("end.remove", ly(this._id));
}
function cy(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = dr(e));
  for (var o = this._groups, i = o.length, r = new Array(i), s = 0; s < i; ++s)
    for (var a = o[s], u = a.length, l = r[s] = new Array(u), c, d, f = 0; f < u; ++f)
      (c = a[f]) && (d = e.call(c, c.__data__, f, a)) && ("__data__" in c && (d.__data__ = c.__data__), l[f] = d, Ko(l[f], t, n, f, l, Ke(c, n)));
  return new vt(r, this._parents, t, n);
}
function dy(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = gl(e));
  for (var o = this._groups, i = o.length, r = [], s = [], a = 0; a < i; ++a)
    for (var u = o[a], l = u.length, c, d = 0; d < l; ++d)
      if (c = u[d]) {
        for (var f = e.call(c, c.__data__, d, u), g, y = Ke(c, n), w = 0, x = f.length; w < x; ++w)
          (g = f[w]) && Ko(g, t, n, w, f, y);
        r.push(f), s.push(c);
      }
  return new vt(r, s, t, n);
}
var fy = Hn.prototype.constructor;
function hy() {
  return new fy(this._groups, this._parents);
}
function gy(e, t) {
  var n, o, i;
  return function() {
    var r = en(this, e), s = (this.style.removeProperty(e), en(this, e));
    return r === s ? null : r === n && s === o ? i : i = t(n = r, o = s);
  };
}
function zl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function py(e, t, n) {
  var o, i = n + "", r;
  return function() {
    var s = en(this, e);
    return s === i ? null : s === o ? r : r = t(o = s, n);
  };
}
function vy(e, t, n) {
  var o, i, r;
  return function() {
    var s = en(this, e), a = n(this), u = a + "";
    return a == null && (u = a = (this.style.removeProperty(e), en(this, e))), s === u ? null : s === o && u === i ? r : (i = u, r = t(o = s, a));
  };
}
function my(e, t) {
  var n, o, i, r = "style." + t, s = "end." + r, a;
  return function() {
    var u = at(this, e), l = u.on, c = u.value[r] == null ? a || (a = zl(t)) : void 0;
    (l !== n || i !== c) && (o = (n = l).copy()).on(s, i = c), u.on = o;
  };
}
function yy(e, t, n) {
  var o = (e += "") == "transform" ? y0 : Al;
  return t == null ? this.styleTween(e, gy(e, o)).on("end.style." + e, zl(e)) : typeof t == "function" ? this.styleTween(e, vy(e, o, vr(this, "style." + e, t))).each(my(this._id, e)) : this.styleTween(e, py(e, o, t), n).on("end.style." + e, null);
}
function wy(e, t, n) {
  return function(o) {
    this.style.setProperty(e, t.call(this, o), n);
  };
}
function _y(e, t, n) {
  var o, i;
  function r() {
    var s = t.apply(this, arguments);
    return s !== i && (o = (i = s) && wy(e, s, n)), o;
  }
  return r._value = t, r;
}
function by(e, t, n) {
  var o = "style." + (e += "");
  if (arguments.length < 2) return (o = this.tween(o)) && o._value;
  if (t == null) return this.tween(o, null);
  if (typeof t != "function") throw new Error();
  return this.tween(o, _y(e, t, n ?? ""));
}
function Ey(e) {
  return function() {
    this.textContent = e;
  };
}
function xy(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function $y(e) {
  return this.tween("text", typeof e == "function" ? xy(vr(this, "text", e)) : Ey(e == null ? "" : e + ""));
}
function Ny(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function ky(e) {
  var t, n;
  function o() {
    var i = e.apply(this, arguments);
    return i !== n && (t = (n = i) && Ny(i)), t;
  }
  return o._value = e, o;
}
function Sy(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, ky(e));
}
function Cy() {
  for (var e = this._name, t = this._id, n = Rl(), o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      if (u = s[l]) {
        var c = Ke(u, t);
        Ko(u, e, n, l, s, {
          time: c.time + c.delay + c.duration,
          delay: 0,
          duration: c.duration,
          ease: c.ease
        });
      }
  return new vt(o, this._parents, e, n);
}
function My() {
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
var Iy = 0;
function vt(e, t, n, o) {
  this._groups = e, this._parents = t, this._name = n, this._id = o;
}
function Rl() {
  return ++Iy;
}
var ct = Hn.prototype;
vt.prototype = {
  constructor: vt,
  select: cy,
  selectAll: dy,
  selectChild: ct.selectChild,
  selectChildren: ct.selectChildren,
  filter: oy,
  merge: iy,
  selection: hy,
  transition: Cy,
  call: ct.call,
  nodes: ct.nodes,
  node: ct.node,
  size: ct.size,
  empty: ct.empty,
  each: ct.each,
  on: ay,
  attr: H0,
  attrTween: U0,
  style: yy,
  styleTween: by,
  text: $y,
  textTween: Sy,
  remove: uy,
  tween: P0,
  delay: Z0,
  duration: Q0,
  ease: ey,
  easeVarying: ny,
  end: My,
  [Symbol.iterator]: ct[Symbol.iterator]
};
function Ty(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var Oy = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Ty
};
function Dy(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Py(e) {
  var t, n;
  e instanceof vt ? (t = e._id, e = e._name) : (t = Rl(), (n = Oy).time = gr(), e = e == null ? null : e + "");
  for (var o = this._groups, i = o.length, r = 0; r < i; ++r)
    for (var s = o[r], a = s.length, u, l = 0; l < a; ++l)
      (u = s[l]) && Ko(u, e, t, l, s, n || Dy(u, t));
  return new vt(o, this._parents, e, t);
}
Hn.prototype.interrupt = T0;
Hn.prototype.transition = Py;
const io = (e) => () => e;
function Ay(e, {
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
function gt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
gt.prototype = {
  constructor: gt,
  scale: function(e) {
    return e === 1 ? this : new gt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new gt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var mr = new gt(1, 0, 0);
gt.prototype;
function gi(e) {
  e.stopImmediatePropagation();
}
function fn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function zy(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Ry() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function Is() {
  return this.__zoom || mr;
}
function By(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Vy() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Ly(e, t, n) {
  var o = e.invertX(t[0][0]) - n[0][0], i = e.invertX(t[1][0]) - n[1][0], r = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    i > o ? (o + i) / 2 : Math.min(0, o) || Math.max(0, i),
    s > r ? (r + s) / 2 : Math.min(0, r) || Math.max(0, s)
  );
}
function Hy() {
  var e = zy, t = Ry, n = Ly, o = By, i = Vy, r = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, u = x0, l = cr("start", "zoom", "end"), c, d, f, g = 500, y = 150, w = 0, x = 10;
  function b(h) {
    h.property("__zoom", Is).on("wheel.zoom", z, { passive: !1 }).on("mousedown.zoom", U).on("dblclick.zoom", Y).filter(i).on("touchstart.zoom", V).on("touchmove.zoom", k).on("touchend.zoom touchcancel.zoom", G).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  b.transform = function(h, $, p, S) {
    var M = h.selection ? h.selection() : h;
    M.property("__zoom", Is), h !== M ? A(h, $, p, S) : M.interrupt().each(function() {
      B(this, arguments).event(S).start().zoom(null, typeof $ == "function" ? $.apply(this, arguments) : $).end();
    });
  }, b.scaleBy = function(h, $, p, S) {
    b.scaleTo(h, function() {
      var M = this.__zoom.k, P = typeof $ == "function" ? $.apply(this, arguments) : $;
      return M * P;
    }, p, S);
  }, b.scaleTo = function(h, $, p, S) {
    b.transform(h, function() {
      var M = t.apply(this, arguments), P = this.__zoom, O = p == null ? E(M) : typeof p == "function" ? p.apply(this, arguments) : p, F = P.invert(O), Z = typeof $ == "function" ? $.apply(this, arguments) : $;
      return n(v(m(P, Z), O, F), M, s);
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
      var P = t.apply(this, arguments), O = this.__zoom, F = S == null ? E(P) : typeof S == "function" ? S.apply(this, arguments) : S;
      return n(mr.translate(F[0], F[1]).scale(O.k).translate(
        typeof $ == "function" ? -$.apply(this, arguments) : -$,
        typeof p == "function" ? -p.apply(this, arguments) : -p
      ), P, s);
    }, S, M);
  };
  function m(h, $) {
    return $ = Math.max(r[0], Math.min(r[1], $)), $ === h.k ? h : new gt($, h.x, h.y);
  }
  function v(h, $, p) {
    var S = $[0] - p[0] * h.k, M = $[1] - p[1] * h.k;
    return S === h.x && M === h.y ? h : new gt(h.k, S, M);
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
      var M = this, P = arguments, O = B(M, P).event(S), F = t.apply(M, P), Z = p == null ? E(F) : typeof p == "function" ? p.apply(M, P) : p, oe = Math.max(F[1][0] - F[0][0], F[1][1] - F[0][1]), re = M.__zoom, W = typeof $ == "function" ? $.apply(M, P) : $, K = u(re.invert(Z).concat(oe / re.k), W.invert(Z).concat(oe / W.k));
      return function(ee) {
        if (ee === 1) ee = W;
        else {
          var fe = K(ee), ye = oe / fe[2];
          ee = new gt(ye, Z[0] - fe[0] * ye, Z[1] - fe[1] * ye);
        }
        O.zoom(null, ee);
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
      var $ = xt(this.that).datum();
      l.call(
        h,
        this.that,
        new Ay(h, {
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
    var p = B(this, $).event(h), S = this.__zoom, M = Math.max(r[0], Math.min(r[1], S.k * Math.pow(2, o.apply(this, arguments)))), P = _t(h);
    if (p.wheel)
      (p.mouse[0][0] !== P[0] || p.mouse[0][1] !== P[1]) && (p.mouse[1] = S.invert(p.mouse[0] = P)), clearTimeout(p.wheel);
    else {
      if (S.k === M) return;
      p.mouse = [P, S.invert(P)], po(this), p.start();
    }
    fn(h), p.wheel = setTimeout(O, y), p.zoom("mouse", n(v(m(S, M), p.mouse[0], p.mouse[1]), p.extent, s));
    function O() {
      p.wheel = null, p.end();
    }
  }
  function U(h, ...$) {
    if (f || !e.apply(this, arguments)) return;
    var p = h.currentTarget, S = B(this, $, !0).event(h), M = xt(h.view).on("mousemove.zoom", Z, !0).on("mouseup.zoom", oe, !0), P = _t(h, p), O = h.clientX, F = h.clientY;
    Km(h.view), gi(h), S.mouse = [P, this.__zoom.invert(P)], po(this), S.start();
    function Z(re) {
      if (fn(re), !S.moved) {
        var W = re.clientX - O, K = re.clientY - F;
        S.moved = W * W + K * K > w;
      }
      S.event(re).zoom("mouse", n(v(S.that.__zoom, S.mouse[0] = _t(re, p), S.mouse[1]), S.extent, s));
    }
    function oe(re) {
      M.on("mousemove.zoom mouseup.zoom", null), jm(re.view, S.moved), fn(re), S.event(re).end();
    }
  }
  function Y(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = this.__zoom, S = _t(h.changedTouches ? h.changedTouches[0] : h, this), M = p.invert(S), P = p.k * (h.shiftKey ? 0.5 : 2), O = n(v(m(p, P), S, M), t.apply(this, $), s);
      fn(h), a > 0 ? xt(this).transition().duration(a).call(A, O, S, h) : xt(this).call(b.transform, O, S, h);
    }
  }
  function V(h, ...$) {
    if (e.apply(this, arguments)) {
      var p = h.touches, S = p.length, M = B(this, $, h.changedTouches.length === S).event(h), P, O, F, Z;
      for (gi(h), O = 0; O < S; ++O)
        F = p[O], Z = _t(F, this), Z = [Z, this.__zoom.invert(Z), F.identifier], M.touch0 ? !M.touch1 && M.touch0[2] !== Z[2] && (M.touch1 = Z, M.taps = 0) : (M.touch0 = Z, P = !0, M.taps = 1 + !!c);
      c && (c = clearTimeout(c)), P && (M.taps < 2 && (d = Z[0], c = setTimeout(function() {
        c = null;
      }, g)), po(this), M.start());
    }
  }
  function k(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, O, F, Z;
      for (fn(h), P = 0; P < M; ++P)
        O = S[P], F = _t(O, this), p.touch0 && p.touch0[2] === O.identifier ? p.touch0[0] = F : p.touch1 && p.touch1[2] === O.identifier && (p.touch1[0] = F);
      if (O = p.that.__zoom, p.touch1) {
        var oe = p.touch0[0], re = p.touch0[1], W = p.touch1[0], K = p.touch1[1], ee = (ee = W[0] - oe[0]) * ee + (ee = W[1] - oe[1]) * ee, fe = (fe = K[0] - re[0]) * fe + (fe = K[1] - re[1]) * fe;
        O = m(O, Math.sqrt(ee / fe)), F = [(oe[0] + W[0]) / 2, (oe[1] + W[1]) / 2], Z = [(re[0] + K[0]) / 2, (re[1] + K[1]) / 2];
      } else if (p.touch0) F = p.touch0[0], Z = p.touch0[1];
      else return;
      p.zoom("touch", n(v(O, F, Z), p.extent, s));
    }
  }
  function G(h, ...$) {
    if (this.__zooming) {
      var p = B(this, $).event(h), S = h.changedTouches, M = S.length, P, O;
      for (gi(h), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), P = 0; P < M; ++P)
        O = S[P], p.touch0 && p.touch0[2] === O.identifier ? delete p.touch0 : p.touch1 && p.touch1[2] === O.identifier && delete p.touch1;
      if (p.touch1 && !p.touch0 && (p.touch0 = p.touch1, delete p.touch1), p.touch0) p.touch0[1] = this.__zoom.invert(p.touch0[0]);
      else if (p.end(), p.taps === 2 && (O = _t(O, this), Math.hypot(d[0] - O[0], d[1] - O[1]) < x)) {
        var F = xt(this).on("dblclick.zoom");
        F && F.apply(this, arguments);
      }
    }
  }
  return b.wheelDelta = function(h) {
    return arguments.length ? (o = typeof h == "function" ? h : io(+h), b) : o;
  }, b.filter = function(h) {
    return arguments.length ? (e = typeof h == "function" ? h : io(!!h), b) : e;
  }, b.touchable = function(h) {
    return arguments.length ? (i = typeof h == "function" ? h : io(!!h), b) : i;
  }, b.extent = function(h) {
    return arguments.length ? (t = typeof h == "function" ? h : io([[+h[0][0], +h[0][1]], [+h[1][0], +h[1][1]]]), b) : t;
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
const Bl = /* @__PURE__ */ Symbol("MiniMapSlots"), Fy = ["id", "x", "y", "rx", "ry", "width", "height", "fill", "stroke", "stroke-width", "shape-rendering"], Yy = {
  name: "MiniMapNode",
  compatConfig: { MODE: 3 },
  inheritAttrs: !1
}, Xy = /* @__PURE__ */ Ce({
  ...Yy,
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
    const n = e, o = Ct(Bl), i = ji(), r = Ee(() => i.style ?? {});
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
    return (d, f) => !d.hidden && d.dimensions.width !== 0 && d.dimensions.height !== 0 ? (J(), le(Ve, { key: 0 }, [
      q(o)[`node-${n.type}`] ? (J(), Re(Mt(q(o)[`node-${n.type}`]), wu(vo({ key: 0 }, { ...n, ...d.$attrs })), null, 16)) : (J(), le("rect", vo({
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
      }), null, 16, Fy))
    ], 64)) : Se("", !0);
  }
}), Gy = ["width", "height", "viewBox", "aria-labelledby"], Uy = ["id"], Wy = ["d", "fill", "stroke", "stroke-width"], qy = {
  name: "MiniMap",
  compatConfig: { MODE: 3 }
}, Zy = /* @__PURE__ */ Ce({
  ...qy,
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
    const n = oa(), o = ji(), i = 200, r = 150, { id: s, edges: a, viewport: u, translateExtent: l, dimensions: c, emits: d, d3Selection: f, d3Zoom: g, getNodesInitialized: y } = Me(), w = Ie();
    Nt(Bl, n);
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
    ), B = ue(() => sr(y.value.filter((M) => !M.hidden))), L = ue(() => ({
      x: -u.value.x / u.value.zoom,
      y: -u.value.y / u.value.zoom,
      width: c.value.width / u.value.zoom,
      height: c.value.height / u.value.zoom
    })), z = ue(
      () => y.value && y.value.length ? Sh(B.value, L.value) : L.value
    ), U = ue(() => {
      const M = z.value.width / x.value, P = z.value.height / b.value;
      return Math.max(M, P);
    }), Y = ue(() => {
      const M = U.value * x.value, P = U.value * b.value, O = e.offsetScale * U.value;
      return {
        offset: O,
        x: z.value.x - (M - z.value.width) / 2 - O,
        y: z.value.y - (P - z.value.height) / 2 - O,
        width: M + O * 2,
        height: P + O * 2
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
    yu(
      (M) => {
        if (w.value) {
          const P = xt(w.value), O = (oe) => {
            if (oe.sourceEvent.type !== "wheel" || !f.value || !g.value)
              return;
            const re = oe.sourceEvent.ctrlKey && On() ? 10 : 1, W = -oe.sourceEvent.deltaY * (oe.sourceEvent.deltaMode === 1 ? 0.05 : oe.sourceEvent.deltaMode ? 1 : 2e-3) * e.zoomStep, K = u.value.zoom * 2 ** (W * re);
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
            ], ee = mr.translate(W.x, W.y).scale(u.value.zoom), fe = g.value.constrain()(ee, K, l.value);
            g.value.transform(f.value, fe);
          }, Z = Hy().wheelDelta((oe) => Pi(oe) * (e.zoomStep / 10)).on("zoom", e.pannable ? F : () => {
          }).on("zoom.wheel", e.zoomable ? O : () => {
          });
          P.call(Z), M(() => {
            P.on("zoom", null);
          });
        }
      },
      { flush: "post" }
    );
    function k(M) {
      const [P, O] = _t(M);
      t("click", { event: M, position: { x: P, y: O } });
    }
    function G(M, P) {
      const O = { event: M, node: P, connectedEdges: Tt([P], a.value) };
      d.miniMapNodeClick(O), t("nodeClick", O);
    }
    function h(M, P) {
      const O = { event: M, node: P, connectedEdges: Tt([P], a.value) };
      d.miniMapNodeDoubleClick(O), t("nodeDblclick", O);
    }
    function $(M, P) {
      const O = { event: M, node: P, connectedEdges: Tt([P], a.value) };
      d.miniMapNodeMouseEnter(O), t("nodeMouseenter", O);
    }
    function p(M, P) {
      const O = { event: M, node: P, connectedEdges: Tt([P], a.value) };
      d.miniMapNodeMouseMove(O), t("nodeMousemove", O);
    }
    function S(M, P) {
      const O = { event: M, node: P, connectedEdges: Tt([P], a.value) };
      d.miniMapNodeMouseLeave(O), t("nodeMouseleave", O);
    }
    return (M, P) => (J(), Re(q(cl), {
      position: M.position,
      class: Fe(["vue-flow__minimap", { pannable: M.pannable, zoomable: M.zoomable }])
    }, {
      default: tt(() => [
        (J(), le("svg", {
          ref_key: "el",
          ref: w,
          width: x.value,
          height: b.value,
          viewBox: [Y.value.x, Y.value.y, Y.value.width, Y.value.height].join(" "),
          role: "img",
          "aria-labelledby": `vue-flow__minimap-${q(s)}`,
          onClick: k
        }, [
          M.ariaLabel ? (J(), le("title", {
            key: 0,
            id: `vue-flow__minimap-${q(s)}`
          }, Pe(M.ariaLabel), 9, Uy)) : Se("", !0),
          (J(!0), le(Ve, null, rn(q(y), (O) => (J(), Re(Xy, {
            id: O.id,
            key: O.id,
            f: "",
            position: O.computedPosition,
            dimensions: O.dimensions,
            selected: O.selected,
            dragging: O.dragging,
            style: Ae(O.style),
            class: Fe(A.value(O)),
            color: v.value(O),
            "border-radius": M.nodeBorderRadius,
            "stroke-color": E.value(O),
            "stroke-width": M.nodeStrokeWidth,
            "shape-rendering": q(m),
            type: O.type,
            hidden: O.hidden,
            onClick: (F) => G(F, O),
            onDblclick: (F) => h(F, O),
            onMouseenter: (F) => $(F, O),
            onMousemove: (F) => p(F, O),
            onMouseleave: (F) => S(F, O)
          }, null, 8, ["id", "position", "dimensions", "selected", "dragging", "style", "class", "color", "border-radius", "stroke-color", "stroke-width", "shape-rendering", "type", "hidden", "onClick", "onDblclick", "onMouseenter", "onMousemove", "onMouseleave"]))), 128)),
          $e("path", {
            class: "vue-flow__minimap-mask",
            d: V.value,
            fill: M.maskColor,
            stroke: M.maskStrokeColor,
            "stroke-width": M.maskStrokeWidth,
            "fill-rule": "evenodd"
          }, null, 8, Wy)
        ], 8, Gy))
      ]),
      _: 1
    }, 8, ["position", "class"]));
  }
});
var Vl = Object.defineProperty, Ky = (e, t, n) => t in e ? Vl(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, jy = (e, t) => {
  for (var n in t) Vl(e, n, { get: t[n], enumerable: !0 });
}, Qy = (e, t, n) => Ky(e, t + "", n), Ll = {};
jy(Ll, { Graph: () => je, alg: () => wr });
var Jy = Object.defineProperty, Hl = (e, t) => {
  for (var n in t) Jy(e, n, { get: t[n], enumerable: !0 });
}, yr = class {
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
    let l = yn(this._isDirected, i, r, s);
    if (l in this._edgeLabels) return u && (this._edgeLabels[l] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(i), this.setNode(r), this._edgeLabels[l] = u ? a : this._defaultEdgeLabelFn(i, r, s);
    let c = e1(this._isDirected, i, r, s);
    return i = c.v, r = c.w, Object.freeze(c), this._edgeObjs[l] = c, Ts(this._preds[r], i), Ts(this._sucs[i], r), this._in[r][l] = c, this._out[i][l] = c, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let o = arguments.length === 1 ? pi(this._isDirected, e) : yn(this._isDirected, e, t, n);
    return this._edgeLabels[o];
  }
  edgeAsObj(e, t, n) {
    let o = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof o != "object" || o === null ? { label: o } : o;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? pi(this._isDirected, e) : yn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let o = arguments.length === 1 ? pi(this._isDirected, e) : yn(this._isDirected, e, t, n), i = this._edgeObjs[o];
    if (i) {
      let r = i.v, s = i.w;
      delete this._edgeLabels[o], delete this._edgeObjs[o], Os(this._preds[s], r), Os(this._sucs[r], s), delete this._in[s][o], delete this._out[r][o], this._edgeCount--;
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
function Ts(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function Os(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function yn(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let s = i;
    i = r, r = s;
  }
  return i + "" + r + "" + (o === void 0 ? "\0" : o);
}
function e1(e, t, n, o) {
  let i = "" + t, r = "" + n;
  if (!e && i > r) {
    let a = i;
    i = r, r = a;
  }
  let s = { v: i, w: r };
  return o && (s.name = o), s;
}
function pi(e, t) {
  return yn(e, t.v, t.w, t.name);
}
var t1 = {};
Hl(t1, { read: () => r1, write: () => n1 });
function n1(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: o1(e), edges: i1(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function o1(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), o = e.parent(t), i = { v: t };
    return n !== void 0 && (i.value = n), o !== void 0 && (i.parent = o), i;
  });
}
function i1(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), o = { v: t.v, w: t.w };
    return t.name !== void 0 && (o.name = t.name), n !== void 0 && (o.value = n), o;
  });
}
function r1(e) {
  let t = new yr(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var wr = {};
Hl(wr, { CycleException: () => Ao, bellmanFord: () => Fl, components: () => l1, dijkstra: () => Po, dijkstraAll: () => d1, findCycles: () => f1, floydWarshall: () => g1, isAcyclic: () => v1, postorder: () => y1, preorder: () => w1, prim: () => _1, shortestPaths: () => b1, tarjan: () => Xl, topsort: () => Gl });
var s1 = () => 1;
function Fl(e, t, n, o) {
  return a1(e, String(t), n || s1, o || function(i) {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  });
}
function a1(e, t, n, o) {
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
function l1(e) {
  let t = {}, n = [], o;
  function i(r) {
    var s, a;
    r in t || (t[r] = !0, o.push(r), (s = e.successors(r)) == null || s.forEach(i), (a = e.predecessors(r)) == null || a.forEach(i));
  }
  return e.nodes().forEach(function(r) {
    o = [], i(r), o.length && n.push(o);
  }), n;
}
var Yl = class {
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
}, u1 = () => 1;
function Po(e, t, n, o) {
  let i = function(r) {
    var s;
    return (s = e.outEdges(r)) != null ? s : [];
  };
  return c1(e, String(t), n || u1, o || i);
}
function c1(e, t, n, o) {
  let i = {}, r = new Yl(), s, a, u = function(l) {
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
function d1(e, t, n) {
  return e.nodes().reduce(function(o, i) {
    return o[i] = Po(e, i, t, n), o;
  }, {});
}
function Xl(e) {
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
function f1(e) {
  return Xl(e).filter(function(t) {
    var n;
    let o = t[0];
    return o ? t.length > 1 || t.length === 1 && ((n = e.outEdges(o, o)) != null ? n : []).length > 0 : !1;
  });
}
var h1 = () => 1;
function g1(e, t, n) {
  return p1(e, t || h1, n || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function p1(e, t, n) {
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
var Ao = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function Gl(e) {
  let t = {}, n = {}, o = [];
  function i(r) {
    var s;
    if (r in n) throw new Ao();
    r in t || (n[r] = !0, t[r] = !0, (s = e.predecessors(r)) == null || s.forEach(i), delete n[r], o.push(r));
  }
  if (e.sinks().forEach(i), Object.keys(t).length !== e.nodeCount()) throw new Ao();
  return o;
}
function v1(e) {
  try {
    Gl(e);
  } catch (t) {
    if (t instanceof Ao) return !1;
    throw t;
  }
  return !0;
}
function m1(e, t, n, o, i) {
  Array.isArray(t) || (t = [t]);
  let r = ((a) => {
    var u;
    return (u = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? u : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    i = Ul(e, a, n === "post", s, r, o, i);
  }), i;
}
function Ul(e, t, n, o, i, r, s) {
  return t in o || (o[t] = !0, n || (s = r(s, t)), i(t).forEach(function(a) {
    s = Ul(e, a, n, o, i, r, s);
  }), n && (s = r(s, t))), s;
}
function Wl(e, t, n) {
  return m1(e, t, n, function(o, i) {
    return o.push(i), o;
  }, []);
}
function y1(e, t) {
  return Wl(e, t, "post");
}
function w1(e, t) {
  return Wl(e, t, "pre");
}
function _1(e, t) {
  var n;
  let o = new yr(), i = {}, r = new Yl(), s;
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
function b1(e, t, n, o) {
  return E1(e, t, n, o ?? ((i) => {
    var r;
    return (r = e.outEdges(i)) != null ? r : [];
  }));
}
function E1(e, t, n, o) {
  if (n === void 0) return Po(e, t, n, o);
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
    if (i) return Fl(e, t, n, o);
  }
  return Po(e, t, n, o);
}
var je = yr;
function sn(e, t, n, o) {
  let i = o;
  for (; e.hasNode(i); ) i = _r(o);
  return n.dummy = t, e.setNode(i, n), i;
}
function x1(e) {
  let t = new je().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let o = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, i = e.edge(n);
    t.setEdge(n.v, n.w, { weight: o.weight + i.weight, minlen: Math.max(o.minlen, i.minlen) });
  }), t;
}
function ql(e) {
  let t = new je({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function Ds(e, t) {
  let n = e.x, o = e.y, i = t.x - n, r = t.y - o, s = e.width / 2, a = e.height / 2;
  if (!i && !r) throw new Error("Not possible to find intersection inside of the rectangle");
  let u, l;
  return i === 0 || Math.abs(r) * s > Math.abs(i) * a ? (r < 0 && (a = -a), u = a * i / r, l = a) : (i < 0 && (s = -s), u = s, l = s * r / i), { x: n + u, y: o + l };
}
function Yn(e) {
  let t = Rn(Kl(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let o = e.node(n), i = o.rank;
    i !== void 0 && (t[i] || (t[i] = []), t[i][o.order] = n);
  }), t;
}
function $1(e) {
  let t = e.nodes().map((o) => {
    let i = e.node(o).rank;
    return i === void 0 ? Number.MAX_VALUE : i;
  }), n = ot(Math.min, t);
  e.nodes().forEach((o) => {
    let i = e.node(o);
    Object.hasOwn(i, "rank") && (i.rank -= n);
  });
}
function N1(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = ot(Math.min, t), o = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    o[a] || (o[a] = []), o[a].push(s);
  });
  let i = 0, r = e.graph().nodeRankFactor;
  Array.from(o).forEach((s, a) => {
    s === void 0 && a % r !== 0 ? --i : s !== void 0 && i && s.forEach((u) => e.node(u).rank += i);
  });
}
function Ps(e, t, n, o) {
  let i = { width: 0, height: 0 };
  return arguments.length >= 4 && (i.rank = n, i.order = o), sn(e, "border", i, t);
}
function k1(e, t = Zl) {
  let n = [];
  for (let o = 0; o < e.length; o += t) {
    let i = e.slice(o, o + t);
    n.push(i);
  }
  return n;
}
var Zl = 65535;
function ot(e, t) {
  if (t.length > Zl) {
    let n = k1(t);
    return e(...n.map((o) => e(...o)));
  } else return e(...t);
}
function Kl(e) {
  let t = e.nodes().map((n) => {
    let o = e.node(n).rank;
    return o === void 0 ? Number.MIN_VALUE : o;
  });
  return ot(Math.max, t);
}
function S1(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((o) => {
    t(o) ? n.lhs.push(o) : n.rhs.push(o);
  }), n;
}
function C1(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function jl(e, t) {
  return t();
}
var M1 = 0;
function _r(e) {
  let t = ++M1;
  return e + ("" + t);
}
function Rn(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let o = (r) => r < t;
  n < 0 && (o = (r) => t < r);
  let i = [];
  for (let r = e; o(r); r += n) i.push(r);
  return i;
}
function zo(e, t) {
  let n = {};
  for (let o of t) e[o] !== void 0 && (n[o] = e[o]);
  return n;
}
function jo(e, t) {
  let n;
  return typeof t == "string" ? n = (o) => o[t] : n = t, Object.entries(e).reduce((o, [i, r]) => (o[i] = n(r, i), o), {});
}
function I1(e, t) {
  return e.reduce((n, o, i) => (n[o] = t[i], n), {});
}
var Qo = "\0";
function Ql(e, t, n) {
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
var T1 = "3.1.3", O1 = class {
  constructor() {
    Qy(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return As(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && As(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, D1)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function As(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function D1(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var P1 = O1, A1 = () => 1;
function z1(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = B1(e, t || A1);
  return R1(n.graph, n.buckets, n.zeroIdx).flatMap((o) => e.outEdges(o.v, o.w) || []);
}
function R1(e, t, n) {
  var o;
  let i = [], r = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) vi(e, t, n, a);
    for (; a = r.dequeue(); ) vi(e, t, n, a);
    if (e.nodeCount()) {
      for (let u = t.length - 2; u > 0; --u) if (a = (o = t[u]) == null ? void 0 : o.dequeue(), a) {
        i = i.concat(vi(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return i;
}
function vi(e, t, n, o, i) {
  let r = [], s = i ? r : void 0;
  return (e.inEdges(o.v) || []).forEach((a) => {
    let u = e.edge(a), l = e.node(a.v);
    i && r.push({ v: a.v, w: a.w }), l.out -= u, Wi(t, n, l);
  }), (e.outEdges(o.v) || []).forEach((a) => {
    let u = e.edge(a), l = a.w, c = e.node(l);
    c.in -= u, Wi(t, n, c);
  }), e.removeNode(o.v), s;
}
function B1(e, t) {
  let n = new je(), o = 0, i = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let u = n.edge(a.v, a.w) || 0, l = t(a), c = u + l;
    n.setEdge(a.v, a.w, c);
    let d = n.node(a.v), f = n.node(a.w);
    i = Math.max(i, d.out += l), o = Math.max(o, f.in += l);
  });
  let r = V1(i + o + 3).map(() => new P1()), s = o + 1;
  return n.nodes().forEach((a) => {
    Wi(r, s, n.node(a));
  }), { graph: n, buckets: r, zeroIdx: s };
}
function Wi(e, t, n) {
  var o, i, r;
  n.out ? n.in ? (r = e[n.out - n.in + t]) == null || r.enqueue(n) : (i = e[e.length - 1]) == null || i.enqueue(n) : (o = e[0]) == null || o.enqueue(n);
}
function V1(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function L1(e, t) {
  (e.graph().acyclicer === "greedy" ? z1(e, n(e)) : H1(e, t ?? null)).forEach((o) => {
    let i = e.edge(o);
    e.removeEdge(o), i.forwardName = o.name, i.reversed = !0, e.setEdge(o.w, o.v, i, _r("rev"));
  });
  function n(o) {
    return (i) => o.edge(i).weight;
  }
}
function H1(e, t) {
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
      Object.hasOwn(o, c.w) || ((d = t.node(u)) == null ? void 0 : d.rank) > ((f = t.node(c.w)) == null ? void 0 : f.rank) && Y1(e, c.w, c) ? n.push(c) : s(c.w);
    }), delete o[u]);
  }
  let a = r;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function F1(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let o = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, o);
    }
  });
}
function Y1(e, t, n) {
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
function X1(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => G1(e, t));
}
function G1(e, t) {
  let n = t.v, o = e.node(n).rank, i = t.w, r = e.node(i).rank, s = t.name, a = e.edge(t), u = a.labelRank;
  if (r === o + 1) return;
  e.removeEdge(t);
  let l, c, d;
  for (d = 0, ++o; o < r; ++d, ++o) a.points = [], c = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: o }, l = sn(e, "edge", c, "_d"), o === u && (c.width = a.width, c.height = a.height, c.dummy = "edge-label", c.labelpos = a.labelpos), e.setEdge(n, l, { weight: a.weight }, s), d === 0 && e.graph().dummyChains.push(l), n = l;
  e.setEdge(n, i, { weight: a.weight }, s);
}
function U1(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), o = n.edgeLabel, i;
    for (e.setEdge(n.edgeObj, o); n.dummy; ) i = e.successors(t)[0], e.removeNode(t), o.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (o.x = n.x, o.y = n.y, o.width = n.width, o.height = n.height), t = i, n = e.node(t);
  });
}
function br(e) {
  let t = {};
  function n(o) {
    let i = e.node(o);
    if (Object.hasOwn(t, o)) return i.rank;
    t[o] = !0;
    let r = e.outEdges(o), s = r ? r.map((u) => u == null ? Number.POSITIVE_INFINITY : n(u.w) - e.edge(u).minlen) : [], a = ot(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), i.rank = a;
  }
  e.sources().forEach(n);
}
function nn(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var Jl = W1;
function W1(e) {
  let t = new je({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let o = n[0], i = e.nodeCount();
  t.setNode(o, {});
  let r, s;
  for (; q1(t, e) < i && (r = Z1(t, e), !!r); ) s = t.hasNode(r.v) ? nn(e, r) : -nn(e, r), K1(t, e, s);
  return t;
}
function q1(e, t) {
  function n(o) {
    let i = t.nodeEdges(o);
    i && i.forEach((r) => {
      let s = r.v, a = o === s ? r.w : s;
      !e.hasNode(a) && !nn(t, r) && (e.setNode(a, {}), e.setEdge(o, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function Z1(e, t) {
  return t.edges().reduce((n, o) => {
    let i = Number.POSITIVE_INFINITY;
    return e.hasNode(o.v) !== e.hasNode(o.w) && (i = nn(t, o)), i < n[0] ? [i, o] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function K1(e, t, n) {
  e.nodes().forEach((o) => t.node(o).rank += n);
}
var { preorder: j1, postorder: Q1 } = wr, J1 = Ft;
Ft.initLowLimValues = xr;
Ft.initCutValues = Er;
Ft.calcCutValue = eu;
Ft.leaveEdge = nu;
Ft.enterEdge = ou;
Ft.exchangeEdges = iu;
function Ft(e) {
  e = x1(e), br(e);
  let t = Jl(e);
  xr(t), Er(t, e);
  let n, o;
  for (; n = nu(t); ) o = ou(t, e, n), iu(t, e, n, o);
}
function Er(e, t) {
  let n = Q1(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((o) => ew(e, t, o));
}
function ew(e, t, n) {
  let o = e.node(n).parent, i = e.edge(n, o);
  i.cutvalue = eu(e, t, n);
}
function eu(e, t, n) {
  let o = e.node(n).parent, i = !0, r = t.edge(n, o), s = 0;
  r || (i = !1, r = t.edge(o, n)), s = r.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((u) => {
    let l = u.v === n, c = l ? u.w : u.v;
    if (c !== o) {
      let d = l === i, f = t.edge(u).weight;
      if (s += d ? f : -f, nw(e, n, c)) {
        let g = e.edge(n, c).cutvalue;
        s += d ? -g : g;
      }
    }
  }), s;
}
function xr(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), tu(e, {}, 1, t);
}
function tu(e, t, n, o, i) {
  let r = n, s = e.node(o);
  t[o] = !0;
  let a = e.neighbors(o);
  return a && a.forEach((u) => {
    Object.hasOwn(t, u) || (n = tu(e, t, n, u, o));
  }), s.low = r, s.lim = n++, i ? s.parent = i : delete s.parent, n;
}
function nu(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function ou(e, t, n) {
  let o = n.v, i = n.w;
  t.hasEdge(o, i) || (o = n.w, i = n.v);
  let r = e.node(o), s = e.node(i), a = r, u = !1;
  return r.lim > s.lim && (a = s, u = !0), t.edges().filter((l) => u === zs(e, e.node(l.v), a) && u !== zs(e, e.node(l.w), a)).reduce((l, c) => nn(t, c) < nn(t, l) ? c : l);
}
function iu(e, t, n, o) {
  let i = n.v, r = n.w;
  e.removeEdge(i, r), e.setEdge(o.v, o.w, {}), xr(e), Er(e, t), tw(e, t);
}
function tw(e, t) {
  let n = e.nodes().find((i) => !e.node(i).parent);
  if (!n) return;
  let o = j1(e, [n]);
  o = o.slice(1), o.forEach((i) => {
    let r = e.node(i).parent, s = t.edge(i, r), a = !1;
    s || (s = t.edge(r, i), a = !0), t.node(i).rank = t.node(r).rank + (a ? s.minlen : -s.minlen);
  });
}
function nw(e, t, n) {
  return e.hasEdge(t, n);
}
function zs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var ow = iw;
function iw(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Rs(e);
      break;
    case "tight-tree":
      sw(e);
      break;
    case "longest-path":
      rw(e);
      break;
    case "none":
      break;
    default:
      Rs(e);
  }
}
var rw = br;
function sw(e) {
  br(e), Jl(e);
}
function Rs(e) {
  J1(e);
}
var aw = lw;
function lw(e) {
  let t = cw(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((o) => {
    let i = e.node(o), r = i.edgeObj, s = uw(e, t, r.v, r.w), a = s.path, u = s.lca, l = 0, c = a[l], d = !0;
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
function uw(e, t, n, o) {
  let i = [], r = [], s = Math.min(t[n].low, t[o].low), a = Math.max(t[n].lim, t[o].lim), u;
  u = n;
  do
    u = e.parent(u), i.push(u);
  while (u && (t[u].low > s || a > t[u].lim));
  let l = u, c = o;
  for (; (c = e.parent(c)) !== l; ) r.push(c);
  return { path: i.concat(r.reverse()), lca: l };
}
function cw(e) {
  let t = {}, n = 0;
  function o(i) {
    let r = n;
    e.children(i).forEach(o), t[i] = { low: r, lim: n++ };
  }
  return e.children(Qo).forEach(o), t;
}
function dw(e) {
  let t = sn(e, "root", {}, "_root"), n = fw(e), o = Object.values(n), i = ot(Math.max, o) - 1, r = 2 * i + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= r);
  let s = hw(e) + 1;
  e.children(Qo).forEach((a) => {
    ru(e, t, r, s, i, n, a);
  }), e.graph().nodeRankFactor = r;
}
function ru(e, t, n, o, i, r, s) {
  var a;
  let u = e.children(s);
  if (!u.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let l = Ps(e, "_bt"), c = Ps(e, "_bb"), d = e.node(s);
  e.setParent(l, s), d.borderTop = l, e.setParent(c, s), d.borderBottom = c, u.forEach((f) => {
    var g;
    ru(e, t, n, o, i, r, f);
    let y = e.node(f), w = y.borderTop ? y.borderTop : f, x = y.borderBottom ? y.borderBottom : f, b = y.borderTop ? o : 2 * o, m = w !== x ? 1 : i - ((g = r[s]) != null ? g : 0) + 1;
    e.setEdge(l, w, { weight: b, minlen: m, nestingEdge: !0 }), e.setEdge(x, c, { weight: b, minlen: m, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, l, { weight: 0, minlen: i + ((a = r[s]) != null ? a : 0) });
}
function fw(e) {
  let t = {};
  function n(o, i) {
    let r = e.children(o);
    r && r.length && r.forEach((s) => n(s, i + 1)), t[o] = i;
  }
  return e.children(Qo).forEach((o) => n(o, 1)), t;
}
function hw(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function gw(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var pw = vw;
function vw(e) {
  function t(n) {
    let o = e.children(n), i = e.node(n);
    if (o.length && o.forEach(t), i && Object.hasOwn(i, "minRank")) {
      i.borderLeft = [], i.borderRight = [];
      for (let r = i.minRank, s = i.maxRank + 1; r < s; ++r) Bs(e, "borderLeft", "_bl", n, i, r), Bs(e, "borderRight", "_br", n, i, r);
    }
  }
  e.children(Qo).forEach(t);
}
function Bs(e, t, n, o, i, r) {
  let s = { width: 0, height: 0, rank: r, borderType: t }, a = i[t][r - 1], u = sn(e, "border", s, n);
  i[t][r] = u, e.setParent(u, o), a && e.setEdge(a, u, { weight: 1 });
}
function mw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && su(e);
}
function yw(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && ww(e), (n === "lr" || n === "rl") && (_w(e), su(e));
}
function su(e) {
  e.nodes().forEach((t) => Vs(e.node(t))), e.edges().forEach((t) => Vs(e.edge(t)));
}
function Vs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function ww(e) {
  e.nodes().forEach((t) => mi(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(mi), Object.hasOwn(o, "y") && mi(o);
  });
}
function mi(e) {
  e.y = -e.y;
}
function _w(e) {
  e.nodes().forEach((t) => yi(e.node(t))), e.edges().forEach((t) => {
    var n;
    let o = e.edge(t);
    (n = o.points) == null || n.forEach(yi), Object.hasOwn(o, "x") && yi(o);
  });
}
function yi(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function bw(e, t = null) {
  let n = {}, o = e.nodes().filter((l) => !e.children(l).length), i = o.map((l) => e.node(l).rank), r = ot(Math.max, i), s = Rn(r + 1).map(() => []);
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
    return Ql(t, d, f);
  }
  return s;
}
function Ew(e, t) {
  let n = 0;
  for (let o = 1; o < t.length; ++o) n += xw(e, t[o - 1], t[o]);
  return n;
}
function xw(e, t, n) {
  let o = I1(n, n.map((l, c) => c)), i = t.flatMap((l) => {
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
function $w(e, t = []) {
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
function Nw(e, t) {
  let n = {};
  e.forEach((i, r) => {
    let s = { indegree: 0, in: [], out: [], vs: [i.v], i: r };
    i.barycenter !== void 0 && (s.barycenter = i.barycenter, s.weight = i.weight), n[i.v] = s;
  }), t.edges().forEach((i) => {
    let r = n[i.v], s = n[i.w];
    r !== void 0 && s !== void 0 && (s.indegree++, r.out.push(s));
  });
  let o = Object.values(n).filter((i) => !i.indegree);
  return kw(o);
}
function kw(e) {
  let t = [];
  function n(i) {
    return (r) => {
      r.merged || (r.barycenter === void 0 || i.barycenter === void 0 || r.barycenter >= i.barycenter) && Sw(i, r);
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
  return t.filter((i) => !i.merged).map((i) => zo(i, ["vs", "i", "barycenter", "weight"]));
}
function Sw(e, t) {
  let n = 0, o = 0;
  e.weight && (n += e.barycenter * e.weight, o += e.weight), t.weight && (n += t.barycenter * t.weight, o += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / o, e.weight = o, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Cw(e, t, n, o, i) {
  let r = {}, s = null, a = null, u = i;
  typeof t == "boolean" ? (u = t, r = {}) : t && (r = t, s = n ?? null, a = o ?? null);
  let l = S1(e, (b) => Object.hasOwn(b, "barycenter")), c = l.lhs, d = l.rhs.sort((b, m) => m.i - b.i), f = [], g = 0, y = 0, w = 0;
  c.sort(Mw(a, s, !!u));
  for (let [b, m] of Object.entries(r)) {
    let v = c.findIndex((E) => E.vs[0] === b);
    c.splice(v + 1, 0, m);
  }
  w = Ls(f, d, w), c.forEach((b) => {
    w += b.vs.length, f.push(b.vs), g += b.barycenter * b.weight, y += b.weight, w = Ls(f, d, w);
  });
  let x = { vs: f.flat(1) };
  return y && (x.barycenter = g / y, x.weight = y), x;
}
function Ls(e, t, n) {
  let o;
  for (; t.length && (o = t[t.length - 1]).i <= n; ) t.pop(), e.push(o.vs), n++;
  return n;
}
function Mw(e, t, n) {
  return (o, i) => {
    if (o.barycenter < i.barycenter) return -1;
    if (o.barycenter > i.barycenter) return 1;
    if (e && (typeof o.vs[0] == "string" || typeof i.vs[0] == "string")) {
      let r = e.node(o.vs[0]), s = e.node(i.vs[0]), a = Ql(t, r, s);
      if (a !== 0) return a;
    }
    return n ? i.i - o.i : o.i - i.i;
  };
}
function au(e, t, n, o, i) {
  var r, s, a, u, l, c, d, f, g, y, w;
  let x = null, b = i;
  typeof o == "boolean" ? (b = o, x = null) : o !== void 0 && (x = o);
  let m = e.children(t), v = e.node(t), E = v ? v.borderLeft : void 0, A = v ? v.borderRight : void 0, B = {};
  E && (m = m.filter((k) => k !== E && k !== A));
  let L = $w(e, m);
  L.forEach((k) => {
    if (e.children(k.v).length) {
      let { result: G } = au(e, k.v, n, x, b);
      B[k.v] = G, Object.hasOwn(G, "barycenter") && Tw(k, G);
    }
  });
  let z = Nw(L, n);
  Iw(z, B);
  let U = {}, Y = !1;
  for (let k = 0; k < z.length; k++) for (let G = k + 1; G < z.length; G++) if (!(!z[k] || !z[G] || !((r = z[k]) != null && r.barycenter) || !((s = z[G]) != null && s.barycenter)) && ((a = z[k]) == null ? void 0 : a.barycenter) === z[G].barycenter) {
    let h = (l = (u = z[k]) == null ? void 0 : u.vs[0]) != null ? l : "", $ = (d = (c = z[G]) == null ? void 0 : c.vs[0]) != null ? d : "", p = e.node(h), S = e.node($);
    if (p.dummy === "edge" && S.dummy === "edge" && ((f = p.edgeObj) == null ? void 0 : f.v) === ((g = S.edgeObj) == null ? void 0 : g.v) && ((y = p.edgeObj) == null ? void 0 : y.w) === ((w = S.edgeObj) == null ? void 0 : w.w)) if (p.edgeLabel.reversed) {
      U[$] = z[k], z.splice(k, 1), k--;
      break;
    } else U[h] || (U[h] = z[G], z.splice(G, 1), G--);
    else Y = !0;
  }
  let V = Cw(z, U, x, e, b);
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
function Iw(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((o) => t[o] ? t[o].vs : o);
  });
}
function Tw(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function Ow(e, t, n, o) {
  o || (o = e.nodes());
  let i = Dw(e), r = new je({ compound: !0 }).setGraph({ root: i }).setDefaultNodeLabel((s) => e.node(s));
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
function Dw(e) {
  let t;
  for (; e.hasNode(t = _r("_root")); ) ;
  return t;
}
function Pw(e, t, n) {
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
function lu(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, lu);
    return;
  }
  let o = Kl(e), i = Hs(e, Rn(1, o + 1), "inEdges"), r = Hs(e, Rn(o - 1, -1, -1), "outEdges"), s = bw(e, n);
  if (Fs(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, u, l = t.constraints || [];
  for (let c = 0, d = 0; d < 4; ++c, ++d) {
    Aw(c % 2 ? i : r, c % 4 >= 2, l, n), s = Yn(e);
    let f = Ew(e, s);
    f < a ? (d = 0, u = Object.assign({}, s), a = f) : f === a && (u = structuredClone(s));
  }
  Fs(e, u);
}
function Hs(e, t, n) {
  let o = /* @__PURE__ */ new Map(), i = (r, s) => {
    o.has(r) || o.set(r, []), o.get(r).push(s);
  };
  for (let r of e.nodes()) {
    let s = e.node(r);
    if (typeof s.rank == "number" && i(s.rank, r), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && i(a, r);
  }
  return t.map(function(r) {
    return Ow(e, r, n, o.get(r) || []);
  });
}
function Aw(e, t, n, o) {
  let i = !0, r = new je();
  e.forEach(function(s) {
    n.forEach((c) => r.setEdge(c.left, c.right));
    let a = s.graph().root, { result: u, usedBias: l } = au(s, a, r, o, i);
    t && l && (i = !i), u.vs.forEach((c, d) => s.node(c).order = d), Pw(s, r, u.vs);
  });
}
function Fs(e, t) {
  Object.values(t).forEach((n) => n.forEach((o, i) => e.node(o).order = i));
}
function zw(e, t) {
  let n = {};
  function o(i, r) {
    let s = 0, a = 0, u = i.length, l = r[r.length - 1];
    return r.forEach((c, d) => {
      let f = Bw(e, c), g = f ? e.node(f).order : u;
      (f || c === l) && (r.slice(a, d + 1).forEach((y) => {
        let w = e.predecessors(y);
        w && w.forEach((x) => {
          let b = e.node(x), m = b.order;
          (m < s || g < m) && !(b.dummy && e.node(y).dummy) && uu(n, x, y);
        });
      }), a = d + 1, s = g);
    }), r;
  }
  return t.length && t.reduce(o), n;
}
function Rw(e, t) {
  let n = {};
  function o(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(o)) return n;
  function i(s, a, u, l, c) {
    Rn(a, u).forEach((d) => {
      let f = s[d];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((y) => {
          if (y === void 0) return;
          let w = e.node(y);
          w.dummy && (w.order < l || w.order > c) && uu(n, y, f);
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
function Bw(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((o) => e.node(o).dummy);
  }
}
function uu(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  o || (e[t] = o = {}), o[n] = !0;
}
function Vw(e, t, n) {
  if (t > n) {
    let i = t;
    t = n, n = i;
  }
  let o = e[t];
  return o !== void 0 && Object.hasOwn(o, n);
}
function Lw(e, t, n, o, i) {
  let r = {}, s = {}, a = {};
  return t.forEach((u) => {
    u.forEach((l, c) => {
      r[l] = l, s[l] = l, a[l] = c;
    });
  }), t.forEach((u) => {
    let l = -1, c = -1, d = !1, f = u, g = u.findIndex((y) => i?.includes(y) || Ys(y, e, i));
    g > 0 && (f = [u[g], ...u.slice(0, g), ...u.slice(g + 1)], d = !0), f.forEach((y) => {
      var w;
      let x = o(y);
      if (x && x.length) {
        i != null && i.includes(y) && (x = x.filter((v) => Ys(v, e, i)));
        let b = x.sort((v, E) => {
          let A = a[v], B = a[E];
          return (A !== void 0 ? A : 0) - (B !== void 0 ? B : 0);
        }), m = (b.length - 1) / 2;
        for (let v = Math.floor(m), E = Math.ceil(m); v <= E; ++v) {
          let A = b[v];
          if (A === void 0) continue;
          let B = a[A];
          if (B !== void 0 && s[y] === y && l < B && a[A] !== c && !Vw(n, y, A)) {
            let L = r[A];
            L !== void 0 && (s[A] = y, s[y] = r[y] = L, l = B, d && (l = -1, c = (w = a[A]) != null ? w : -1, d = !1));
          }
        }
      }
    });
  }), { root: r, align: s };
}
function Hw(e, t, n, o, i = !1) {
  let r = {}, s = Fw(e, t, n, i), a = i ? "borderLeft" : "borderRight";
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
function Fw(e, t, n, o) {
  let i = new je(), r = e.graph(), s = Ww(r.nodesep, r.edgesep, o);
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
function Yw(e, t) {
  return Object.values(t).reduce((n, o) => {
    let i = Number.NEGATIVE_INFINITY, r = Number.POSITIVE_INFINITY;
    Object.entries(o).forEach(([a, u]) => {
      let l = qw(e, a) / 2;
      i = Math.max(u + l, i), r = Math.min(u - l, r);
    });
    let s = i - r;
    return s < n[0] && (n = [s, o]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function Xw(e, t) {
  let n = Object.values(t), o = ot(Math.min, n), i = ot(Math.max, n);
  ["u", "d"].forEach((r) => {
    ["l", "r"].forEach((s) => {
      let a = r + s, u = e[a];
      if (!u || u === t) return;
      let l = Object.values(u), c = o - ot(Math.min, l);
      s !== "l" && (c = i - ot(Math.max, l)), c && (e[a] = jo(u, (d) => d + c));
    });
  });
}
function Gw(e, t = void 0) {
  let n = e.ul;
  return n ? jo(n, (o, i) => {
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
function Uw(e, t) {
  let n = Yn(e), o = Object.assign(zw(e, n), Rw(e, n)), i = {}, r;
  ["u", "d"].forEach((a) => {
    r = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((u) => {
      u === "r" && (r = r.map((d) => Object.values(d).reverse()));
      let l = Lw(e, r, o, (d) => (a === "u" ? e.predecessors(d) : e.successors(d)) || [], t), c = Hw(e, r, l.root, l.align, u === "r");
      u === "r" && (c = jo(c, (d) => -d)), i[a + u] = c;
    });
  });
  let s = Yw(e, i);
  return Xw(i, s), Gw(i, e.graph().align);
}
function Ww(e, t, n) {
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
function qw(e, t) {
  return e.node(t).width;
}
function Ys(e, t, n) {
  var o;
  if (!n) return !1;
  let i = (o = t.node(e)) == null ? void 0 : o.edgeObj;
  if (!i || t.node(e).edgeLabel.reversed) return !1;
  let r = n.indexOf(i?.v), s = n.indexOf(i?.w);
  return r !== -1 && s !== -1 && r === (s + 1) % n.length || r === (s - 1) % n.length;
}
function Zw(e, t) {
  e = ql(e), Kw(e), Object.entries(Uw(e, t)).forEach(([n, o]) => e.node(n).x = o);
}
function Kw(e) {
  let t = Yn(e), n = e.graph(), o = n.ranksep, i = n.rankalign, r = 0;
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
var Xs = /* @__PURE__ */ new WeakMap();
function jw(e, t = {}) {
  return cu(e, jl, t), e;
}
function Gs(e, t, n) {
  let o = t;
  for (; o !== void 0; ) {
    let i = e.parent(o);
    if (i === n) return o;
    o = i;
  }
}
function cu(e, t, n) {
  var o;
  let i = e.nodes().filter((m) => e.children(m).length), r = {};
  i.forEach((m) => {
    let v = e.node(m);
    if (v && v.rankdir) {
      let E = new je({ multigraph: !0, compound: !0 });
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
        let $ = Gs(e, h.v, m), p = Gs(e, h.w, m);
        if ($ === h.v && p === h.w) E.setEdge(h, { ...e.edge(h) });
        else if ($ && p && $ !== p) {
          let S = `${$}\0${p}`;
          B.has(S) || (B.add(S), E.setEdge($, p, { ...e.edge(h) }));
        }
      }), cu(E, t, n);
      let L = Ks(E);
      Ws(L, t, n, null), qs(E, L);
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
  let x = Ks(e), b = Ws(x, t, n, (o = Xs.get(e)) != null ? o : null);
  Xs.set(e, b), qs(e, x), w.forEach((m) => {
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
    }), Us(e, v, Y - k, V - G), delete U._dagreClusterSubgraph;
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
      }), Us(e, L, z - Y, U - V), delete A._dagreClusterSubgraph;
    }
  });
}
function Us(e, t, n, o) {
  t.edges().forEach((i) => {
    if (!e.hasEdge(i)) return;
    let r = t.edge(i), s = e.edge(i);
    s.points = r.points.map((a) => ({ x: a.x + n, y: a.y + o })), Object.hasOwn(r, "x") && (s.x = r.x + n, s.y = r.y + o);
  });
}
function Ws(e, t, n, o = null) {
  var i, r;
  let s = n?.useDynamic !== !1, a = s && (i = o?.graph) != null ? i : null, u = s && (r = o?.rawNodes) != null ? r : null;
  t("    makeSpaceForEdgeLabels", () => r_(e)), t("    removeSelfEdges", () => g_(e)), t("    acyclic", () => L1(e, a)), t("    nestingGraph.run", () => dw(e)), t("    rank", () => ow(ql(e))), t("    injectEdgeLabelProxies", () => s_(e)), t("    removeEmptyRanks", () => N1(e)), t("    nestingGraph.cleanup", () => gw(e)), t("    normalizeRanks", () => $1(e)), t("    assignRankMinMax", () => a_(e)), t("    removeEdgeLabelProxies", () => l_(e)), t("    normalize.run", () => X1(e)), t("    parentDummyChains", () => aw(e)), t("    addBorderSegments", () => pw(e)), t("    order", () => lu(e, n, u)), t("    insertSelfEdges", () => p_(e)), t("    adjustCoordinateSystem", () => mw(e)), t("    position", () => Zw(e, n.corePath)), t("    positionSelfEdges", () => v_(e));
  let l = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => h_(e)), t("    normalize.undo", () => U1(e)), t("    fixupEdgeLabelCoords", () => d_(e)), t("    undoCoordinateSystem", () => yw(e)), t("    translateGraph", () => u_(e)), t("    assignNodeIntersects", () => c_(e)), t("    reversePoints", () => f_(e)), t("    acyclic.undo", () => F1(e)), { graph: e, rawNodes: l };
}
function qs(e, t) {
  e.nodes().forEach((n) => {
    let o = e.node(n), i = t.node(n);
    o && (o.x = i.x, o.y = i.y, o.order = i.order, o.rank = i.rank, t.children(n).length && (o.width = i.width, o.height = i.height));
  }), e.edges().forEach((n) => {
    let o = e.edge(n), i = t.edge(n);
    o.points = i.points, Object.hasOwn(i, "x") && (o.x = i.x, o.y = i.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var Qw = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], Jw = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, e_ = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], t_ = ["width", "height", "rank"], Zs = { width: 0, height: 0 }, n_ = ["minlen", "weight", "width", "height", "labeloffset"], o_ = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, i_ = ["labelpos"];
function Ks(e) {
  let t = new je({ multigraph: !0, compound: !0 }), n = _i(e.graph());
  return t.setGraph(Object.assign({}, Jw, wi(n, Qw), zo(n, e_))), e.nodes().forEach((o) => {
    let i = _i(e.node(o)), r = wi(i, t_);
    Object.keys(Zs).forEach((a) => {
      r[a] === void 0 && (r[a] = Zs[a]);
    }), t.setNode(o, r);
    let s = e.parent(o);
    s !== void 0 && t.setParent(o, s);
  }), e.edges().forEach((o) => {
    let i = _i(e.edge(o));
    t.setEdge(o, Object.assign({}, o_, wi(i, n_), zo(i, i_)));
  }), t;
}
function r_(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var o;
    let i = e.edge(n);
    i.minlen *= 2, ((o = i.labelpos) != null ? o : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? i.width += i.labeloffset : i.height += i.labeloffset);
  });
}
function s_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let o = e.node(t.v), i = { rank: (e.node(t.w).rank - o.rank) / 2 + o.rank, e: t };
      sn(e, "edge-proxy", i, "_ep");
    }
  });
}
function a_(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let o = e.node(n);
    o.borderTop && (o.minRank = e.node(o.borderTop).rank, o.maxRank = e.node(o.borderBottom).rank, t = Math.max(t, o.maxRank));
  }), e.graph().maxRank = t;
}
function l_(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let o = n;
      e.edge(o.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function u_(e) {
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
function c_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), o = e.node(t.v), i = e.node(t.w), r, s;
    n.points ? (r = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], r = i, s = o), n.points.unshift(Ds(o, r)), n.points.push(Ds(i, s));
  });
}
function d_(e) {
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
function f_(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function h_(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), o = e.node(n.borderTop), i = e.node(n.borderBottom), r = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - r.x), n.height = Math.abs(i.y - o.y), n.x = r.x + n.width / 2, n.y = o.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function g_(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function p_(e) {
  Yn(e).forEach((t) => {
    let n = 0;
    t.forEach((o, i) => {
      let r = e.node(o);
      typeof r.rank != "number" && (r.rank = 0), r.order = i + n, (r.selfEdges || []).forEach((s) => {
        sn(e, "selfedge", { width: s.label.width, height: s.label.height, rank: r.rank, order: i + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete r.selfEdges;
    });
  });
}
function v_(e) {
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
function wi(e, t) {
  return jo(zo(e, t), Number);
}
function _i(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, o]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = o;
  }), t;
}
function m_(e) {
  let t = Yn(e), n = new je({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((o) => {
    n.setNode(o, { label: o }), n.setParent(o, "layer" + e.node(o).rank);
  }), e.edges().forEach((o) => n.setEdge(o.v, o.w, {}, o.name)), t.forEach((o, i) => {
    let r = "layer" + i;
    n.setNode(r, { rank: "same" }), o.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var y_ = { graphlib: Ll, version: T1, layout: jw, debug: m_, util: { time: C1, notime: jl } }, js = y_;
const w_ = {
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
}, Qs = {
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
}, Js = ["#26a69a", "#7e57c2", "#ec407a", "#ffa726", "#5c6bc0", "#9ccc65", "#8d6e63"];
function __(e) {
  return String(e || "").split("[")[0].trim();
}
function wn(e) {
  const t = __(e);
  if (Qs[t]) return Qs[t];
  let n = 0;
  for (const o of t) n = n * 31 + o.charCodeAt(0) >>> 0;
  return Js[n % Js.length];
}
function qi(e) {
  return w_[e] || "#607d8b";
}
const b_ = ["data-node-id", "data-block-type", "title"], E_ = { class: "gc-node-id" }, x_ = { class: "gc-node-type" }, $_ = { class: "gc-node-body" }, N_ = ["data-port"], k_ = { class: "gc-port-name" }, S_ = {
  key: 1,
  class: "gc-port gc-in"
}, C_ = ["data-port"], M_ = { class: "gc-port-name" }, I_ = {
  key: 3,
  class: "gc-port gc-out"
}, T_ = {
  key: 0,
  class: "gc-summary"
}, O_ = {
  key: 1,
  class: "gc-node-error"
}, D_ = {
  __name: "BlockNode",
  props: {
    id: { type: String, required: !0 },
    data: { type: Object, required: !0 },
    selected: { type: Boolean, default: !1 }
  },
  setup(e) {
    const t = e, n = ue(() => qi(t.data.kind)), o = Ct("gcWiring", { handleHint: () => "", keyWire: () => {
    } });
    function i(a, u) {
      const l = o.handleHint(t.id, a, u);
      return l ? `gc-${l}` : "";
    }
    function r(a, u, l) {
      a.key !== "Enter" && a.key !== " " || (a.preventDefault(), a.stopPropagation(), o.keyWire(t.id, u, l));
    }
    const s = ue(() => Math.max(t.data.inputs.length, t.data.outputs.length));
    return (a, u) => (J(), le("div", {
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
        $e("span", E_, Pe(e.id), 1),
        $e("span", x_, Pe(e.data.title), 1)
      ], 4),
      $e("div", $_, [
        (J(!0), le(Ve, null, rn(s.value, (l) => (J(), le("div", {
          key: l,
          class: "gc-row"
        }, [
          e.data.inputs[l - 1] ? (J(), le("div", {
            key: 0,
            class: "gc-port gc-in",
            "data-port": `${e.id}.${e.data.inputs[l - 1].name}`
          }, [
            Be(q(Jt), {
              type: "target",
              id: e.data.inputs[l - 1].name,
              position: q(se).Left,
              class: Fe(["gc-handle", [{ "gc-required": e.data.inputs[l - 1].required }, i(e.data.inputs[l - 1].name, "target")]]),
              tabindex: "0",
              role: "button",
              "aria-label": `input ${e.id}.${e.data.inputs[l - 1].name}, takes ${e.data.inputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.inputs[l - 1].name, "target"),
              style: Ae({ background: q(wn)(e.data.inputs[l - 1].types[0]) }),
              "data-port": `${e.id}.${e.data.inputs[l - 1].name}`,
              title: `${e.data.inputs[l - 1].name}: ${e.data.inputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"]),
            $e("span", k_, Pe(e.data.inputs[l - 1].name), 1),
            $e("span", {
              class: "gc-port-type",
              style: Ae({ color: q(wn)(e.data.inputs[l - 1].types[0]) })
            }, Pe(e.data.inputs[l - 1].label), 5)
          ], 8, N_)) : (J(), le("div", S_)),
          e.data.outputs[l - 1] ? (J(), le("div", {
            key: 2,
            class: "gc-port gc-out",
            "data-port": `${e.id}.${e.data.outputs[l - 1].name}`
          }, [
            $e("span", {
              class: "gc-port-type",
              style: Ae({ color: q(wn)(e.data.outputs[l - 1].type) })
            }, Pe(e.data.outputs[l - 1].label), 5),
            $e("span", M_, Pe(e.data.outputs[l - 1].name), 1),
            Be(q(Jt), {
              type: "source",
              id: e.data.outputs[l - 1].name,
              position: q(se).Right,
              class: Fe(["gc-handle", i(e.data.outputs[l - 1].name, "source")]),
              tabindex: "0",
              role: "button",
              "aria-label": `output ${e.id}.${e.data.outputs[l - 1].name}, gives ${e.data.outputs[l - 1].label}`,
              onKeydown: (c) => r(c, e.data.outputs[l - 1].name, "source"),
              style: Ae({ background: q(wn)(e.data.outputs[l - 1].type) }),
              "data-port": `${e.id}.${e.data.outputs[l - 1].name}`,
              title: `${e.data.outputs[l - 1].name}: ${e.data.outputs[l - 1].label}`
            }, null, 8, ["id", "position", "class", "aria-label", "onKeydown", "style", "data-port", "title"])
          ], 8, C_)) : (J(), le("div", I_))
        ]))), 128)),
        e.data.summary ? (J(), le("div", T_, Pe(e.data.summary), 1)) : Se("", !0),
        e.data.invalid ? (J(), le("div", O_, Pe(e.data.messages[0]), 1)) : Se("", !0)
      ])
    ], 10, b_));
  }
}, P_ = {
  key: 0,
  class: "gc-empty"
}, A_ = {
  key: 1,
  class: "gc-key-wire",
  role: "status"
}, z_ = {
  key: 0,
  class: "gc-quick-note"
}, R_ = {
  class: "gc-quick-list",
  role: "listbox",
  "aria-label": "Blocks"
}, B_ = ["aria-selected", "data-quick-block", "onMouseenter", "onClick"], V_ = { class: "gc-quick-title" }, L_ = { class: "gc-quick-type" }, H_ = {
  key: 0,
  class: "gc-quick-none"
}, ea = "application/x-gancanvas-block", Y_ = {
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
    const o = e, i = n, r = Me(o.flowId), s = { block: _n(D_) }, a = Ie(null), u = Ie(!1), l = ue(() => {
      const T = {}, R = {};
      for (const X of o.issues || []) {
        const H = String(X.path || "").split(".");
        H[0] === "nodes" && H[1] && (T[H[1]] ||= []).push(X.message), H[0] === "edges" && H[1] !== void 0 && (R[H[1]] ||= []).push(X.message);
      }
      return { byNode: T, byEdge: R };
    });
    function c(T, R) {
      return o.shapes[T] || R;
    }
    function d(T) {
      return Object.entries(T || {}).slice(0, 3).map(([X, H]) => `${X}=${JSON.stringify(H)}`).join("  ");
    }
    function f() {
      const T = new Set(o.selection?.nodes || []), R = o.graph.layout || {};
      return (o.graph.nodes || []).map((X, H) => {
        const Q = o.catalog[X.type], ge = l.value.byNode[X.id] || [], we = R[X.id] || [40 + H % 5 * 260, 40 + Math.floor(H / 5) * 200];
        return {
          id: X.id,
          type: "block",
          position: { x: we[0], y: we[1] },
          selected: T.has(X.id),
          data: {
            blockType: X.type,
            kind: Q ? Q.kind : X.type.split(".")[0],
            title: Q ? Q.title : `${X.type} (unknown)`,
            unknown: !Q,
            invalid: ge.length > 0,
            messages: ge,
            summary: d(X.params),
            inputs: (Q ? Q.inputs : []).map((ke) => {
              const lt = ke.accepts && ke.accepts.length ? ke.accepts : [ke.type];
              return { ...ke, types: lt, label: c(`${X.id}.${ke.name}`, lt.join("|")) };
            }),
            outputs: (Q ? Q.outputs : []).map((ke) => ({
              ...ke,
              label: c(`${X.id}.${ke.name}`, ke.type)
            }))
          }
        };
      });
    }
    function g(T, R) {
      const X = (o.graph.nodes || []).find((ge) => ge.id === T), H = X && o.catalog[X.type], Q = H && H.outputs.find((ge) => ge.name === R);
      return Q ? Q.type : "";
    }
    function y() {
      const T = new Set(o.selection?.edges || []);
      return (o.graph.edges || []).map((R, X) => {
        const [H, ...Q] = R.from.split("."), [ge, ...we] = R.to.split("."), ke = l.value.byEdge[String(X)] || [], lt = ke.length ? "#e53935" : wn(g(H, Q.join(".")));
        return {
          id: `e${X}:${R.from}->${R.to}`,
          source: H,
          target: ge,
          sourceHandle: Q.join("."),
          targetHandle: we.join("."),
          selected: T.has(X),
          class: ke.length ? "gc-edge-invalid" : "",
          style: { stroke: lt, strokeWidth: ke.length ? 3 : 2 },
          markerEnd: { type: $o.ArrowClosed, color: lt },
          label: ke.length ? "!" : void 0,
          data: { index: X, messages: ke, from: R.from, to: R.to }
        };
      });
    }
    const w = Ie([]), x = Ie([]);
    function b() {
      w.value = f(), x.value = y(), Ge(() => r.updateNodeInternals(w.value.map((T) => T.id)));
    }
    xe(() => [o.graph, o.catalog, o.issues, o.selection, o.shapes], b, {
      deep: !0,
      immediate: !0
    });
    const m = bi({ from: null, tip: "", x: 0, y: 0, keyboard: !1 });
    let v = !1, E = { x: 0, y: 0, inside: !1 };
    function A(T) {
      const R = (o.graph.nodes || []).find((X) => X.id === T);
      return R ? o.catalog[R.type] : null;
    }
    function B(T, R, X) {
      const H = A(T);
      return H && (X === "source" ? H.outputs : H.inputs).find((Q) => Q.name === R) || null;
    }
    function L(T) {
      return T.accepts && T.accepts.length ? T.accepts : [T.type];
    }
    function z(T, R, X, H) {
      if (!T) return "";
      const Q = `${T.node}.${T.handle}`, ge = `${R}.${X}`;
      if (T.type === H)
        return `${Q} and ${ge} are both ${H === "target" ? "inputs" : "outputs"}: a wire runs from an output (right side) to an input (left side)`;
      const we = T.type === "source" ? T : { node: R, handle: X }, ke = T.type === "source" ? { node: R, handle: X } : T;
      if (we.node === ke.node) return "a block cannot be wired to itself";
      const lt = B(we.node, we.handle, "source"), Xn = B(ke.node, ke.handle, "target");
      if (!lt || !Xn) return "";
      const Jo = `${we.node}.${we.handle}`, an = `${ke.node}.${ke.handle}`;
      if (!L(Xn).includes(lt.type)) return `${an} takes ${L(Xn).join(" or ")}, not ${lt.type} (${Jo})`;
      const $r = o.graph.edges || [];
      return $r.some((ln) => ln.from === Jo && ln.to === an) ? `${Jo} is already wired to ${an}` : !Xn.multiple && $r.some((ln) => ln.to === an) ? `${an} already has a wire (it takes one)` : "";
    }
    function U(T, R, X) {
      const H = m.from;
      return H ? H.node === T && H.handle === R && H.type === X ? "from" : z(H, T, R, X) ? "unfit" : "fit" : "";
    }
    function Y(T, R, X) {
      const Q = r.findNode(T)?.handleBounds || {}, ge = (Q.source || []).some((ke) => ke.id === R), we = (Q.target || []).some((ke) => ke.id === R);
      return ge && !we ? "source" : we && !ge || X === "source" ? "target" : "source";
    }
    function V(T) {
      const R = m.from;
      if (!R) return !0;
      const X = R.type === "source" ? [T.target, T.targetHandle] : [T.source, T.sourceHandle], H = z(R, X[0], X[1], Y(X[0], X[1], R.type));
      return m.tip = H, !H;
    }
    function k({ nodeId: T, handleId: R, handleType: X }) {
      v = !1, m.keyboard = !1, m.tip = "", m.from = { node: T, handle: R, type: X };
    }
    function G(T) {
      const R = a.value?.getBoundingClientRect();
      if (R && (E = { x: T.clientX - R.left, y: T.clientY - R.top, inside: !0, cx: T.clientX, cy: T.clientY }), !m.from || m.keyboard) return;
      m.x = E.x, m.y = E.y, document.elementFromPoint(T.clientX, T.clientY)?.closest?.(".vue-flow__handle") || (m.tip = "");
    }
    function h(T) {
      v = !0, i("connect", { source: `${T.source}.${T.sourceHandle}`, target: `${T.target}.${T.targetHandle}` });
    }
    function $(T) {
      const R = m.from, X = m.tip;
      if (m.from = null, m.tip = "", v || !R || m.keyboard) return;
      if (X) {
        i("refused", { reason: X });
        return;
      }
      const H = T?.clientX ?? E.cx, Q = T?.clientY ?? E.cy, ge = document.elementFromPoint(H, Q);
      ge?.closest?.(".vue-flow__node, .vue-flow__handle, .vue-flow__controls, .vue-flow__minimap") || ge?.closest?.(".vue-flow") && F(H, Q, R);
    }
    function p(T, R, X) {
      const H = m.from;
      if (!H || !m.keyboard) {
        m.from = { node: T, handle: R, type: X }, m.keyboard = !0, m.tip = "";
        return;
      }
      if (m.from = null, m.keyboard = !1, H.node === T && H.handle === R && H.type === X) return;
      const Q = z(H, T, R, X);
      if (Q) {
        i("refused", { reason: Q });
        return;
      }
      const ge = `${H.node}.${H.handle}`, we = `${T}.${R}`;
      i("connect", H.type === "source" ? { source: ge, target: we } : { source: we, target: ge });
    }
    Nt("gcWiring", { handleHint: U, keyWire: p, wiring: m });
    const S = bi({ open: !1, x: 0, y: 0, flowX: 0, flowY: 0, text: "", index: 0, wire: null }), M = Ie(null);
    function P(T, R) {
      if (!R) return !0;
      if (R.type === "source") {
        const H = B(R.node, R.handle, "source");
        return !!H && T.inputs.some((Q) => L(Q).includes(H.type));
      }
      const X = B(R.node, R.handle, "target");
      return !!X && T.outputs.some((H) => L(X).includes(H.type));
    }
    const O = ue(() => {
      if (!S.open) return [];
      const T = S.text.toLowerCase().split(/\s+/).filter(Boolean), R = [];
      for (const [X, H] of Object.entries(o.catalog)) {
        if (!P(H, S.wire)) continue;
        const Q = `${X} ${H.title} ${H.kind}`.toLowerCase();
        T.every((ge) => Q.includes(ge)) && R.push({ type: X, title: H.title, kind: H.kind });
      }
      return R.slice(0, 40);
    });
    function F(T, R, X = null) {
      const H = a.value.getBoundingClientRect(), Q = r.screenToFlowCoordinate({ x: T, y: R });
      Object.assign(S, {
        open: !0,
        x: Math.min(Math.max(T - H.left, 4), Math.max(H.width - 330, 4)),
        y: Math.min(Math.max(R - H.top, 4), Math.max(H.height - 330, 4)),
        flowX: Math.round(Q.x),
        flowY: Math.round(Q.y),
        text: "",
        index: 0,
        wire: X
      }), Ge(() => M.value?.focus());
    }
    function Z() {
      S.open = !1, S.wire = null, a.value?.focus();
    }
    function oe(T) {
      if (!T) return;
      const R = S.wire ? { port: `${S.wire.node}.${S.wire.handle}`, side: S.wire.type } : null;
      i("add", { type: T.type, x: S.flowX, y: S.flowY, wire: R }), Z();
    }
    function re(T) {
      const R = O.value.length;
      if (T.key === "Escape") Z();
      else if (T.key === "ArrowDown") S.index = R ? (S.index + 1) % R : 0;
      else if (T.key === "ArrowUp") S.index = R ? (S.index - 1 + R) % R : 0;
      else if (T.key === "Enter") oe(O.value[S.index]);
      else return;
      T.preventDefault(), T.stopPropagation();
    }
    xe(() => S.text, () => S.index = 0);
    function W(T) {
      T.target?.closest?.(".vue-flow__node, .vue-flow__edge, .vue-flow__controls, .vue-flow__minimap, .gc-quick") || F(T.clientX, T.clientY);
    }
    function K(T, R) {
      for (const X of document.elementsFromPoint(T, R)) {
        const H = X.closest?.(".vue-flow__edge");
        if (!H) continue;
        const Q = /^e(\d+):/.exec(H.getAttribute("data-id") || "");
        if (Q) return Number(Q[1]);
      }
      return null;
    }
    function ee(T) {
      return (o.graph.edges || []).some((R) => R.from.split(".")[0] === T || R.to.split(".")[0] === T);
    }
    function fe(T) {
      const R = {};
      for (const H of T.nodes || [T.node])
        R[H.id] = [Math.round(H.position.x), Math.round(H.position.y)];
      i("move", { positions: R });
      const X = T.nodes || [T.node];
      if (X.length === 1 && !ee(X[0].id)) {
        const Q = a.value?.querySelector(`.vue-flow__node[data-id="${X[0].id}"]`)?.getBoundingClientRect(), ge = Q ? K(Q.left + Q.width / 2, Q.top + Q.height / 2) : null;
        ge !== null && i("insert", { node: X[0].id, edge: ge });
      }
    }
    function ye() {
      return {
        nodes: r.getSelectedNodes.value.map((T) => T.id),
        edges: r.getSelectedEdges.value.map((T) => T.data.index)
      };
    }
    function pe({ node: T }) {
      i("select", { nodes: [T.id], edges: [] });
    }
    function _e({ edge: T }) {
      i("select", { nodes: [], edges: [T.data.index] });
    }
    function ce() {
      S.open && Z(), i("select", { nodes: [], edges: [] });
    }
    function he() {
      Ge(() => i("select", ye()));
    }
    function N(T) {
      if (T.defaultPrevented) return;
      const R = T.target, X = R && R.tagName || "";
      if (["INPUT", "TEXTAREA", "SELECT"].includes(X) || R?.isContentEditable || R?.closest && R.closest(".q-dialog, .q-menu")) return;
      const H = T.ctrlKey || T.metaKey, Q = T.key.toLowerCase();
      if (Q === "escape" && m.keyboard) {
        m.from = null, m.keyboard = !1;
        return;
      }
      if (!H && (Q === "/" || Q === " ") && !R?.closest?.(".vue-flow__handle, button, a")) {
        T.preventDefault();
        const we = a.value.getBoundingClientRect(), ke = E.inside && E.cx >= we.left && E.cx <= we.right && E.cy >= we.top && E.cy <= we.bottom;
        F(ke ? E.cx : we.left + we.width / 2, ke ? E.cy : we.top + we.height / 3);
        return;
      }
      if (!H && Q.startsWith("arrow") && _(Q, T.shiftKey ? 50 : 10)) {
        T.preventDefault();
        return;
      }
      let ge = null;
      if (Q === "delete" || Q === "backspace" ? ge = "delete" : H && Q === "z" && !T.shiftKey ? ge = "undo" : H && (Q === "y" || Q === "z" && T.shiftKey) ? ge = "redo" : H && Q === "c" ? ge = "copy" : H && Q === "v" ? ge = "paste" : H && Q === "x" ? ge = "cut" : H && Q === "d" ? ge = "duplicate" : H && Q === "a" ? ge = "select_all" : H && Q === "s" ? ge = "save" : !H && Q === "f" ? ge = "fit" : !H && Q === "l" && (ge = "layout"), !!ge) {
        if (T.preventDefault(), ge === "fit") return j();
        if (ge === "layout") return ae();
        if (ge === "select_all") {
          i("select", { nodes: (o.graph.nodes || []).map((we) => we.id), edges: [] });
          return;
        }
        i("shortcut", { action: ge, ...ye() });
      }
    }
    function _(T, R) {
      const X = r.getSelectedNodes.value;
      if (!X.length) return !1;
      const H = T === "arrowleft" ? -R : T === "arrowright" ? R : 0, Q = T === "arrowup" ? -R : T === "arrowdown" ? R : 0, ge = {};
      for (const we of X)
        we.position = { x: Math.round(we.position.x + H), y: Math.round(we.position.y + Q) }, ge[we.id] = [we.position.x, we.position.y];
      return i("move", { positions: ge }), !0;
    }
    mt(() => {
      document.addEventListener("keydown", N), document.addEventListener("mousemove", G);
    }), Zi(() => {
      document.removeEventListener("keydown", N), document.removeEventListener("mousemove", G);
    });
    function C(T) {
      T.preventDefault();
      const R = Array.from(T.dataTransfer?.types || []);
      u.value = R.includes(ea) || R.includes("Files"), T.dataTransfer && (T.dataTransfer.dropEffect = R.includes("Files") ? "copy" : "move");
    }
    function D() {
      u.value = !1;
    }
    async function I(T) {
      T.preventDefault(), u.value = !1;
      const R = T.dataTransfer;
      if (!R) return;
      const X = R.getData(ea);
      if (X) {
        const Q = r.screenToFlowCoordinate({ x: T.clientX, y: T.clientY }), ge = K(T.clientX, T.clientY);
        i("add", { type: X, x: Math.round(Q.x), y: Math.round(Q.y), edge: ge });
        return;
      }
      const H = R.files && R.files[0];
      if (H) {
        const Q = H.size > 5e6 ? "" : await H.text();
        i("file", { name: H.name, text: Q, size: H.size });
      }
    }
    function j() {
      r.fitView({ padding: 0.15, duration: 0 });
    }
    function ne(T) {
      const R = new Set(T), X = r.getNodes.value.filter((H) => R.has(H.id));
      X.length && r.fitView({ nodes: X.map((H) => H.id), padding: 0.6, maxZoom: 1.2, duration: 200 });
    }
    function ae() {
      const T = new js.graphlib.Graph();
      T.setGraph({ rankdir: "LR", nodesep: 30, ranksep: 70, marginx: 20, marginy: 20 }), T.setDefaultEdgeLabel(() => ({}));
      for (const X of r.getNodes.value) {
        const H = X.dimensions || {};
        T.setNode(X.id, { width: H.width || 220, height: H.height || 120 });
      }
      for (const X of r.getEdges.value) T.setEdge(X.source, X.target);
      js.layout(T);
      const R = {};
      for (const X of r.getNodes.value) {
        const H = T.node(X.id), Q = X.dimensions || {};
        R[X.id] = [Math.round(H.x - (Q.width || 220) / 2), Math.round(H.y - (Q.height || 120) / 2)];
      }
      return i("layout", { positions: R }), setTimeout(j, 50), R;
    }
    function ie() {
      return r.getViewport();
    }
    function de() {
      j(), window.__gancanvasPaneReady = performance.now(), w.value.length || (window.__gancanvasReady = window.__gancanvasPaneReady);
    }
    function ve() {
      const T = window.__gancanvasReady === void 0;
      window.__gancanvasReady = performance.now(), window.__gancanvasNodes = r.getNodes.value.length, T && (j(), i("ready", { t: window.__gancanvasReady, nodes: window.__gancanvasNodes }));
    }
    t({ fitView: j, focus: ne, autoLayout: ae, getViewport: ie });
    const be = ue(() => ({ stroke: "#90a4ae", strokeWidth: 2 })), Qe = (T) => qi(T.data?.kind);
    return (T, R) => (J(), le("div", {
      ref_key: "root",
      ref: a,
      class: Fe(["gc-canvas", { "gc-drop-active": u.value }]),
      tabindex: "0",
      onDragover: C,
      onDragleave: D,
      onDrop: I,
      onDblclick: W
    }, [
      Be(q(Cp), {
        id: e.flowId,
        nodes: w.value,
        edges: x.value,
        "node-types": s,
        "delete-key-code": null,
        "selection-key-code": "Shift",
        "multi-selection-key-code": "Control",
        "connection-line-style": be.value,
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
        onNodeDragStop: fe,
        onNodeClick: pe,
        onEdgeClick: _e,
        onPaneClick: ce,
        onSelectionEnd: he,
        onPaneReady: de,
        onNodesInitialized: ve
      }, {
        default: tt(() => [
          Be(q(zp), {
            "pattern-color": "#cfd8dc",
            gap: 18
          }),
          Be(q(hv), { "show-interactive": !1 }),
          Be(q(Zy), {
            pannable: "",
            zoomable: "",
            width: 170,
            height: 110,
            "node-color": Qe
          }),
          (e.graph.nodes || []).length ? Se("", !0) : (J(), le("div", P_, [...R[4] || (R[4] = [
            Ei(" Drag blocks here from the palette, or drop a graph JSON file.", -1),
            $e("br", null, null, -1),
            Ei(" Double-click (or press /) to search for a block. ", -1)
          ])]))
        ]),
        _: 1
      }, 8, ["id", "nodes", "edges", "connection-line-style"]),
      m.from && m.tip && !m.keyboard ? (J(), le("div", {
        key: 0,
        class: "gc-wire-tip",
        role: "status",
        style: Ae({ left: `${m.x + 16}px`, top: `${m.y + 14}px` })
      }, Pe(m.tip), 5)) : Se("", !0),
      m.keyboard && m.from ? (J(), le("div", A_, " Wiring from " + Pe(m.from.node) + "." + Pe(m.from.handle) + ": focus a port (Tab) and press Enter · Esc cancels ", 1)) : Se("", !0),
      S.open ? (J(), le("div", {
        key: 2,
        class: "gc-quick",
        role: "dialog",
        "aria-label": "Add a block",
        style: Ae({ left: `${S.x}px`, top: `${S.y}px` }),
        onMousedown: R[1] || (R[1] = ei(() => {
        }, ["stop"])),
        onDblclick: R[2] || (R[2] = ei(() => {
        }, ["stop"])),
        onWheel: R[3] || (R[3] = ei(() => {
        }, ["stop"]))
      }, [
        _u($e("input", {
          ref_key: "quickInput",
          ref: M,
          "onUpdate:modelValue": R[0] || (R[0] = (X) => S.text = X),
          class: "gc-quick-input",
          placeholder: "Search blocks…",
          "aria-label": "Search blocks",
          "data-testid": "quick-add-input",
          onKeydown: re
        }, null, 544), [
          [bu, S.text]
        ]),
        S.wire ? (J(), le("div", z_, " blocks that fit " + Pe(S.wire.node) + "." + Pe(S.wire.handle), 1)) : Se("", !0),
        $e("div", R_, [
          (J(!0), le(Ve, null, rn(O.value, (X, H) => (J(), le("div", {
            key: X.type,
            class: Fe(["gc-quick-item", { "gc-active": H === S.index }]),
            role: "option",
            "aria-selected": H === S.index,
            "data-quick-block": X.type,
            onMouseenter: (Q) => S.index = H,
            onClick: (Q) => oe(X)
          }, [
            $e("span", {
              class: "gc-quick-dot",
              style: Ae({ background: q(qi)(X.kind) })
            }, null, 4),
            $e("span", V_, Pe(X.title), 1),
            $e("span", L_, Pe(X.type), 1)
          ], 42, B_))), 128)),
          O.value.length ? Se("", !0) : (J(), le("div", H_, "no block matches"))
        ])
      ], 36)) : Se("", !0)
    ], 34));
  }
};
export {
  Y_ as GanCanvas,
  w_ as KIND_COLORS,
  qi as kindColor,
  wn as typeColor
};
