const layout = { clientHeight: 640, clientWidth: 280, offsetHeight: 112 };

/**
 * jsdom lays nothing out: for the tests of this file, columns get a browser's size (640 px high)
 * and cards theirs (112 px), so that the virtualised columns draw what a browser would.
 */
export function withColumnLayout() {
  const originals = Object.fromEntries(
    Object.keys(layout).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]),
  );
  beforeAll(() => {
    const sized = (role: string, key: keyof typeof layout) => ({
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('role') === role ? layout[key] : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', sized('list', 'clientHeight'));
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', sized('list', 'clientWidth'));
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', sized('listitem', 'offsetHeight'));
  });
  afterAll(() => {
    for (const [key, descriptor] of Object.entries(originals)) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
    }
  });
}
