import { mount } from './Panel';

// Entry of dist/DataImportPanel.html: the sidebar's launcher evaluates this bundle, which registers the
// panel on window for it to mount.
window.KpiKitDataImportPanel = { mount };
