// Entry of the gancanvas-flow bundle: the canvas component plus Vue Flow's and our CSS.
import '@vue-flow/core/dist/style.css'
import '@vue-flow/core/dist/theme-default.css'
import '@vue-flow/controls/dist/style.css'
import '@vue-flow/minimap/dist/style.css'
import './canvas.css'

export { default as GanCanvas } from './GanCanvas.vue'
export { KIND_COLORS, kindColor, typeColor } from './colors.js'
