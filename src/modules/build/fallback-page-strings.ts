// Words of the two pages a build adds that no document describes: 404 and offline. Same
// language fallback as the renderer's UI strings (language subtag, else English).

export type FallbackPageKind = 'not-found' | 'offline';

export type FallbackPageStrings = { title: string; text: string; home: string };

type Table = Record<FallbackPageKind, FallbackPageStrings>;

const en: Table = {
  'not-found': { title: 'Page not found', text: 'The page you are looking for does not exist or has moved.', home: 'Go to the home page' },
  offline: {
    title: 'You are offline',
    text: 'This page is not available without a connection. Check your connection and try again.',
    home: 'Go to the home page',
  },
};

const byLanguage: Record<string, Table> = {
  en,
  pt: {
    'not-found': {
      title: 'Página não encontrada',
      text: 'A página que você procura não existe ou mudou de endereço.',
      home: 'Ir para a página inicial',
    },
    offline: {
      title: 'Você está offline',
      text: 'Esta página não está disponível sem conexão. Verifique sua conexão e tente novamente.',
      home: 'Ir para a página inicial',
    },
  },
  es: {
    'not-found': {
      title: 'Página no encontrada',
      text: 'La página que buscas no existe o ha cambiado de dirección.',
      home: 'Ir a la página de inicio',
    },
    offline: {
      title: 'Sin conexión',
      text: 'Esta página no está disponible sin conexión. Comprueba tu conexión e inténtalo de nuevo.',
      home: 'Ir a la página de inicio',
    },
  },
  fr: {
    'not-found': {
      title: 'Page introuvable',
      text: "La page que vous cherchez n'existe pas ou a été déplacée.",
      home: "Aller à la page d'accueil",
    },
    offline: {
      title: 'Vous êtes hors ligne',
      text: "Cette page n'est pas disponible sans connexion. Vérifiez votre connexion et réessayez.",
      home: "Aller à la page d'accueil",
    },
  },
  de: {
    'not-found': {
      title: 'Seite nicht gefunden',
      text: 'Die gesuchte Seite gibt es nicht oder sie ist umgezogen.',
      home: 'Zur Startseite',
    },
    offline: {
      title: 'Sie sind offline',
      text: 'Diese Seite ist ohne Verbindung nicht verfügbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      home: 'Zur Startseite',
    },
  },
};

export function fallbackPageStrings(locale: string, kind: FallbackPageKind): FallbackPageStrings {
  const table = byLanguage[locale.split('-')[0].toLowerCase()] ?? en;
  return table[kind];
}
