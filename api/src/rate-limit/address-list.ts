import { BlockList, isIP } from 'node:net';

/** Names Express also understands in `trust proxy`, as ranges. */
const NAMED: Record<string, Array<[string, number, 'ipv4' | 'ipv6']>> = {
  loopback: [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']],
  linklocal: [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']],
  uniquelocal: [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['fc00::', 7, 'ipv6']],
};

/**
 * A list of addresses from `loopback, 10.0.0.0/8, 203.0.113.7` (empty or `none`: no address).
 * IPv4 addresses mapped into IPv6 (`::ffff:127.0.0.1`, as Node reports IPv4 clients on a dual
 * stack) are checked as IPv4.
 */
export function addressList(spec: string): (address: string) => boolean {
  const list = new BlockList();
  let empty = true;
  for (const part of spec.split(',').map((p) => p.trim()).filter((p) => p !== '' && p !== 'none')) {
    empty = false;
    const named = NAMED[part];
    if (named) {
      for (const [net, prefix, type] of named) list.addSubnet(net, prefix, type);
      continue;
    }
    const [net = '', prefix] = part.split('/');
    const type = isIP(net);
    if (type === 0) throw new Error(`Not an address or range: "${part}"`);
    const family = type === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(net, family);
    else list.addSubnet(net, Number(prefix), family);
  }
  return (address) => {
    if (empty || !address) return false;
    const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (v4) return list.check(v4, 'ipv4');
    const type = isIP(address);
    return type !== 0 && list.check(address, type === 4 ? 'ipv4' : 'ipv6');
  };
}
