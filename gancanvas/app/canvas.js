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

export default GanCanvas;
