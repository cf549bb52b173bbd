// The presenter's browser side: keeps the keyboard on the slide, stops arrows and Space from scrolling, and enters
// or leaves full screen. The fullscreen API needs a user gesture, so the button and the F key act here, not over the circuit.
const handled = new Set([" ", "ArrowLeft", "ArrowRight", "PageUp", "PageDown"]);

export function attach(root) {
  const onKey = (e) => {
    if (handled.has(e.key)) e.preventDefault();
    if ((e.key === "f" || e.key === "F") && !e.ctrlKey && !e.metaKey && !e.altKey) toggleFullscreen();
  };
  const onButton = (e) => {
    if (e.target.closest("[data-presenter-fullscreen]")) toggleFullscreen();
  };
  const refocus = () => root.focus({ preventScroll: true });
  root.addEventListener("keydown", onKey);
  root.addEventListener("click", onButton);
  document.addEventListener("fullscreenchange", refocus);
  refocus();
  root._presenterDetach = () => {
    root.removeEventListener("keydown", onKey);
    root.removeEventListener("click", onButton);
    document.removeEventListener("fullscreenchange", refocus);
  };
}

export function focus(root) {
  if (root && document.activeElement !== root && !root.contains(document.activeElement)) root.focus({ preventScroll: true });
}

export function detach(root) {
  if (root && root._presenterDetach) root._presenterDetach();
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

function toggleFullscreen() {
  if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => {});
  } else {
    document.documentElement.requestFullscreen().catch(() => {});
  }
}
