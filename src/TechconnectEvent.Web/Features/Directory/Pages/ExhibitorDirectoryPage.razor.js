// The plan is the heaviest part of the directory, and on a phone it is far below the fold: fetch it from its own
// cached page only when the visitor scrolls near it. Without JavaScript the slot's link opens that page instead.
import { attachAll } from "../../FloorPlan/Components/FloorPlan.razor.js";

export function loadPlanOnDemand() {
    document.querySelectorAll("[data-plan-src]").forEach(slot => {
        if (slot.dataset.planState) {
            return;
        }
        slot.dataset.planState = "waiting";
        const load = async () => {
            slot.dataset.planState = "loading";
            const response = await fetch(slot.dataset.planSrc, { headers: { Accept: "text/html" } });
            const page = new DOMParser().parseFromString(await response.text(), "text/html");
            const plan = response.ok ? page.querySelector("[data-floorplan]") : null;
            if (!plan) {
                slot.dataset.planState = "failed";
                return;
            }
            slot.replaceChildren(document.importNode(plan, true));
            slot.dataset.planState = "loaded";
            attachAll();
        };
        if (!("IntersectionObserver" in window)) {
            load();
            return;
        }
        const observer = new IntersectionObserver(entries => {
            if (entries.some(entry => entry.isIntersecting)) {
                observer.disconnect();
                load();
            }
        }, { rootMargin: "400px" });
        observer.observe(slot);
    });
}
