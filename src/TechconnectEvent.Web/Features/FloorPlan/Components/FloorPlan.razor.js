// Zoom and pan for the floor plan by changing the SVG's viewBox: no library, pointer events for mouse, pen and
// touch. Works on the interactive organiser page (attached from .NET) and on the static directory (attachAll).
const maxZoom = 12;
const step = 1.4;

export function attachAll() {
    document.querySelectorAll("[data-floorplan]").forEach(attach);
}

export function attach(root) {
    if (!root || root.dataset.zoomReady === "1") {
        return;
    }
    const svg = root.querySelector("svg.tc-plan-svg");
    if (!svg) {
        return;
    }
    root.dataset.zoomReady = "1";
    const home = svg.viewBox.baseVal;
    const base = { x: home.x, y: home.y, w: home.width, h: home.height };
    let view = { ...base };
    let drag = null;
    let suppressClick = false;

    const clamp = (value, min, max) => Math.min(Math.max(value, min), max);
    const apply = () => {
        view.x = clamp(view.x, base.x, base.x + base.w - view.w);
        view.y = clamp(view.y, base.y, base.y + base.h - view.h);
        svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
        // Only a zoomed plan takes touch gestures; otherwise the page scrolls as usual on a phone.
        svg.style.touchAction = view.w < base.w ? "none" : "";
    };
    const toPlan = (clientX, clientY) => {
        const box = svg.getBoundingClientRect();
        return { x: view.x + (clientX - box.left) / box.width * view.w, y: view.y + (clientY - box.top) / box.height * view.h };
    };
    const zoom = (factor, centre) => {
        const w = clamp(view.w / factor, base.w / maxZoom, base.w);
        const scale = w / view.w;
        const c = centre ?? { x: view.x + view.w / 2, y: view.y + view.h / 2 };
        view = { x: c.x - (c.x - view.x) * scale, y: c.y - (c.y - view.y) * scale, w, h: view.h * scale };
        apply();
    };

    root.querySelectorAll("[data-zoom]").forEach(button => button.addEventListener("click", () => {
        const action = button.dataset.zoom;
        if (action === "in") { zoom(step); } else if (action === "out") { zoom(1 / step); } else { view = { ...base }; apply(); }
    }));
    const toolbar = root.querySelector(".tc-plan-toolbar");
    if (toolbar) {
        toolbar.hidden = false;
    }

    svg.addEventListener("wheel", e => {
        e.preventDefault();
        zoom(e.deltaY < 0 ? 1.2 : 1 / 1.2, toPlan(e.clientX, e.clientY));
    }, { passive: false });

    svg.addEventListener("pointerdown", e => {
        if (e.button === 0) {
            drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false, view: { ...view } };
        }
    });
    svg.addEventListener("pointermove", e => {
        if (!drag || drag.id !== e.pointerId) {
            return;
        }
        const dx = e.clientX - drag.x;
        const dy = e.clientY - drag.y;
        if (!drag.moved && Math.hypot(dx, dy) < 4) {
            return;
        }
        if (!drag.moved) {
            // Captured only once it is a drag: capturing at pointerdown would retarget the click off the booth.
            drag.moved = true;
            svg.setPointerCapture(e.pointerId);
        }
        const box = svg.getBoundingClientRect();
        view.x = drag.view.x - dx / box.width * view.w;
        view.y = drag.view.y - dy / box.height * view.h;
        apply();
    });
    const endDrag = e => {
        if (drag && drag.id === e.pointerId) {
            suppressClick = drag.moved;
            drag = null;
        }
    };
    svg.addEventListener("pointerup", endDrag);
    svg.addEventListener("pointercancel", endDrag);
    // A drag must not end as a click that selects the booth under the pointer.
    svg.addEventListener("click", e => {
        if (suppressClick) {
            suppressClick = false;
            e.stopPropagation();
            e.preventDefault();
        }
    }, true);

    // A directory search: start zoomed onto the booths found, so a phone shows them at a readable size.
    const hits = [...svg.querySelectorAll(".tc-booth--hit rect")];
    if (hits.length > 0) {
        const boxes = hits.map(hit => hit.getBBox());
        const left = Math.min(...boxes.map(b => b.x));
        const top = Math.min(...boxes.map(b => b.y));
        const right = Math.max(...boxes.map(b => b.x + b.width));
        const bottom = Math.max(...boxes.map(b => b.y + b.height));
        const w = clamp(Math.max(right - left, (bottom - top) * base.w / base.h) + 16, base.w / 6, base.w);
        const h = w * base.h / base.w;
        view = { x: (left + right) / 2 - w / 2, y: (top + bottom) / 2 - h / 2, w, h };
        apply();
    }

    root.addEventListener("keydown", e => {
        const pan = view.w / 10;
        const keys = {
            "+": () => zoom(step), "=": () => zoom(step), "-": () => zoom(1 / step), "0": () => { view = { ...base }; apply(); },
            "ArrowLeft": () => { view.x -= pan; apply(); }, "ArrowRight": () => { view.x += pan; apply(); },
            "ArrowUp": () => { view.y -= pan; apply(); }, "ArrowDown": () => { view.y += pan; apply(); },
        };
        const action = keys[e.key];
        if (action && (e.key.length === 1 || view.w < base.w)) {
            e.preventDefault();
            action();
        }
    });
}
