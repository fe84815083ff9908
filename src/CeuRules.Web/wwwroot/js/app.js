// The page's few calls into the browser. Nothing here sends data anywhere: files are saved from memory.
window.ceurules = {
  // ?lang=es or ?lang=en in the address, then the remembered choice, then the browser's languages.
  startLanguage() {
    const asked = new URLSearchParams(window.location.search).get("lang");
    if (asked) return asked;
    try {
      const remembered = window.localStorage.getItem("ceurules-language");
      if (remembered) return remembered;
    } catch (e) { /* storage off: fall back to the browser's languages */ }
    return (navigator.languages && navigator.languages[0]) || navigator.language || "en";
  },
  useLanguage(code, remember) {
    document.documentElement.lang = code;
    if (remember) {
      try { window.localStorage.setItem("ceurules-language", code); } catch (e) { /* not remembered, still used */ }
    }
  },
  download(fileName, mediaType, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  },
  print(frameId) {
    const frame = document.getElementById(frameId);
    if (frame && frame.contentWindow) {
      frame.contentWindow.focus();
      frame.contentWindow.print();
    }
  },
};
