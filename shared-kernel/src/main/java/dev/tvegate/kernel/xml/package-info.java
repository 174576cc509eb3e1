/** XXE-safe XML parsing and XML text escaping. */
package dev.tvegate.kernel.xml;
