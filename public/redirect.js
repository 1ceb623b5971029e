// Old article addresses: go to the new one and keep the #fragment, so a quotation link still lands.
const target = document.querySelector('link[rel="canonical"]');
if (target) location.replace(target.href + location.hash);
