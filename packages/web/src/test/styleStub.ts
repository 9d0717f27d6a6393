// Stylesheets mean nothing to jsdom; CSS modules read as no class names.
export default {};
