// Preloaded into the real bot (`node --import …/loopback-only.mjs dist/main.js`): the bot listens on
// every interface by default, and the bench must only ever listen on loopback. Plain JavaScript, so
// that preloading it costs start-up nothing measurable.
import net from 'node:net';

const LOOPBACK = '127.0.0.1';
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const hasHost = typeof args[1] === 'string';
    args.splice(1, hasHost ? 1 : 0, LOOPBACK);
  } else if (
    first &&
    typeof first === 'object' &&
    !('path' in first) &&
    !('fd' in first) &&
    !('handle' in first) &&
    !('_handle' in first)
  ) {
    args[0] = { ...first, host: LOOPBACK };
  }
  return listen.apply(this, args);
};
