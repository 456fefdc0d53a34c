// The gate page's browser side: keep the scan field focused for the keyboard-wedge scanner, remember the gate,
// beep the verdict, and read QR codes from the rear camera with the bundled zxing-wasm (served by the app itself).
const storageKey = "techconnect.checkin.gate";
const libraryBase = "/lib/zxing-wasm/";

export function focusScanInput(input) {
    if (input && document.activeElement !== input) {
        input.focus({ preventScroll: true });
    }
}

export function storedGate() {
    try {
        return localStorage.getItem(storageKey);
    } catch {
        return null;
    }
}

export function storeGate(code) {
    try {
        localStorage.setItem(storageKey, code);
    } catch {
        // Private browsing may refuse storage; the gate stays in the URL.
    }
}

let audio = null;
const tones = { green: [880, 0.12, 1], amber: [660, 0.12, 2], red: [220, 0.35, 1] };

export function beep(kind) {
    const [frequency, seconds, count] = tones[kind] ?? tones.red;
    try {
        audio ??= new AudioContext();
        for (let i = 0; i < count; i++) {
            const start = audio.currentTime + i * (seconds + 0.06);
            const oscillator = audio.createOscillator();
            const gain = audio.createGain();
            oscillator.frequency.value = frequency;
            oscillator.type = kind === "red" ? "square" : "sine";
            gain.gain.setValueAtTime(0.2, start);
            gain.gain.exponentialRampToValueAtTime(0.001, start + seconds);
            oscillator.connect(gain).connect(audio.destination);
            oscillator.start(start);
            oscillator.stop(start + seconds);
        }
    } catch {
        // No audio output: the verdict is still on screen and announced.
    }
}

let readerReady = null;

function loadReader() {
    readerReady ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = libraryBase + "zxing-reader.iife.js";
        script.onload = () => {
            // The library fetches its .wasm from a CDN unless told otherwise: point it at the app's own copy.
            globalThis.ZXingWASM.prepareZXingModule({
                overrides: {
                    locateFile: (path, prefix) => path.endsWith(".wasm") ? libraryBase + path : prefix + path,
                },
            });
            resolve(globalThis.ZXingWASM);
        };
        script.onerror = () => {
            readerReady = null;
            reject(new Error("reader"));
        };
        document.head.appendChild(script);
    });
    return readerReady;
}

let camera = null;

/** Opens the rear camera into the video element and reports each new code to .NET; returns "started" or why not. */
export async function startCamera(video, dotNet) {
    stopCamera();
    if (!navigator.mediaDevices?.getUserMedia) {
        return "unsupported";
    }
    let stream;
    try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: "environment" } }, audio: false });
    } catch (error) {
        return error?.name === "NotAllowedError" || error?.name === "SecurityError" ? "denied"
            : error?.name === "NotFoundError" || error?.name === "OverconstrainedError" ? "unsupported" : "failed";
    }
    let reader;
    try {
        reader = await loadReader();
    } catch {
        stream.getTracks().forEach(t => t.stop());
        return "failed";
    }
    video.srcObject = stream;
    video.setAttribute("playsinline", "");
    await video.play().catch(() => { });
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    const state = { stream, stopped: false, last: "", lastAt: 0 };
    camera = state;
    const tick = async () => {
        if (state.stopped) {
            return;
        }
        if (video.readyState >= 2 && video.videoWidth > 0) {
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            context.drawImage(video, 0, 0);
            try {
                const results = await reader.readBarcodes(context.getImageData(0, 0, canvas.width, canvas.height),
                    { formats: ["QRCode"], maxNumberOfSymbols: 1, tryHarder: false });
                const text = results.find(r => r.isValid)?.text;
                const now = Date.now();
                // The same badge stays in front of the lens for a while: report it once, not on every frame.
                if (text && !state.stopped && (text !== state.last || now - state.lastAt > 3000)) {
                    state.last = text;
                    state.lastAt = now;
                    await dotNet.invokeMethodAsync("OnCameraCode", text);
                }
            } catch {
                // A frame that fails to decode is simply skipped.
            }
        }
        setTimeout(tick, 150);
    };
    tick();
    return "started";
}

export function stopCamera() {
    if (camera) {
        camera.stopped = true;
        camera.stream.getTracks().forEach(t => t.stop());
        camera = null;
    }
}
