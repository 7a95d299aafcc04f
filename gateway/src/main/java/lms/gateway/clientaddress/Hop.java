package lms.gateway.clientaddress;

import java.net.InetAddress;

/**
 * One hop a forwarding header names: the address a proxy received the request from
 * ({@code null} when the header said something that is not an address) and the scheme it
 * was received over ({@code null} when not said).
 */
record Hop(InetAddress address, String proto) {

}
