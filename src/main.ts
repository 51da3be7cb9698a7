// Placeholder entry; replaced by the widget bootstrap.
export {};
