declare namespace App {
	interface Locals {
		/** Citation markers rendered so far on the current page; numbers their tooltip ids. */
		citeCount?: number;
	}
}
