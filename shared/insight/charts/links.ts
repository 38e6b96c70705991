/** The only links a chart carries: the screen's own, to the stories behind a mark ("#insight-link/<n>"). */
export const LINK_PREFIX = '#insight-link/';
