// NiceGUI component for the gancanvas node editor. The editor itself (Vue Flow + dagre + our
// Vue components) lives in the prebuilt ES module "gancanvas-flow" (built from frontend/),
// which imports `vue` from NiceGUI's import map, so it shares the page's Vue instance.
import { GanCanvas } from "gancanvas-flow";

const cssUrl = import.meta.resolve("gancanvas-flow/index.css");
if (!document.querySelector(`link[data-gancanvas-css]`)) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = cssUrl;
  link.dataset.gancanvasCss = "1";
  document.head.appendChild(link);
}

// Dropped pictures. The bundled editor reads a dropped file as text (right for graph JSON), which
// would mangle a PNG; a sample picture carries its graph in PNG text chunks, so a dropped image
// is caught here first (capture phase, before the editor sees it) and sent whole, as base64, in
// the same `file` event: {name, data, size}. Python reads the graph out of it (schemas.png).
const MAX_BYTES = 5_000_000;

function isPicture(file) {
  return !!file && (/^image\//.test(file.type) || /\.png$/i.test(file.name));
}

function readBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

async function onPictureDrop(event) {
  const host = event.target instanceof Element ? event.target.closest(".gc-canvas") : null;
  const file = event.dataTransfer?.files?.[0];
  if (!host || !host.id || !isPicture(file)) return;
  event.preventDefault();
  event.stopPropagation();
  host.dispatchEvent(new DragEvent("dragleave", { bubbles: true })); // clears the drop highlight
  const data = file.size > MAX_BYTES ? "" : await readBase64(file);
  const element = getElement(host.id.replace(/^c/, ""));
  element?.$emit("file", { name: file.name, data, text: "", size: file.size });
}

if (!window.__gancanvasPictureDrop) {
  window.__gancanvasPictureDrop = true;
  document.addEventListener("drop", onPictureDrop, true);
}

export default GanCanvas;
