// Colours for block kinds (node headers) and port types (handles, edges).

export const KIND_COLORS = {
  data: '#2e7d32',
  latent: '#6a1b9a',
  generator: '#1565c0',
  discriminator: '#c62828',
  augmenter: '#00838f',
  regularizer: '#ef6c00',
  loss: '#ad1457',
  optimizer: '#4e342e',
  scheduler: '#9e9d24',
  metric: '#37474f',
  subgraph: '#455a64',
}

const TYPE_COLORS = {
  Samples: '#1e88e5',
  Latent: '#8e24aa',
  Timestep: '#00acc1',
  Labels: '#43a047',
  Generator: '#3949ab',
  Critic: '#e53935',
  Features: '#d81b60',
  Optimizer: '#6d4c41',
  Params: '#6d4c41',
  Control: '#fdd835',
  Loss: '#f4511e',
  Metric: '#546e7a',
}

const FALLBACK = ['#26a69a', '#7e57c2', '#ec407a', '#ffa726', '#5c6bc0', '#9ccc65', '#8d6e63']

/** Base type name of a port type string: `Samples[1,28,28]` -> `Samples`. */
export function baseType(type) {
  return String(type || '').split('[')[0].trim()
}

/** Stable colour for a port type (known types fixed, others hashed). */
export function typeColor(type) {
  const base = baseType(type)
  if (TYPE_COLORS[base]) return TYPE_COLORS[base]
  let hash = 0
  for (const ch of base) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0
  return FALLBACK[hash % FALLBACK.length]
}

export function kindColor(kind) {
  return KIND_COLORS[kind] || '#607d8b'
}
